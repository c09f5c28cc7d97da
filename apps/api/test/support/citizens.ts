import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { graphql } from '../gql';
import type { ApplicationsFixture } from './applications';

export const SELF_CHECK_IN = graphql(`
  query TestSelfCheckIn($id: ID!) {
    session(id: $id) {
      id
      selfCheckIn {
        url
        refreshAt
      }
    }
  }
`);
export const CHECK_IN_SHEET = graphql(`
  query TestSelfCheckInSheet($id: ID!) {
    attendanceSheet(sessionId: $id) {
      rows {
        enrolment {
          id
        }
        status
        selfCheckedIn
      }
    }
  }
`);
export const PRIVACY_REQUESTS = graphql(`
  query TestPrivacyRequests($open: Boolean!) {
    privacyRequests(open: $open) {
      id
      number
      kind
      detail
      channel
      dueOn
      daysLeft
      participantId
      status
      answer
      legalBasis
    }
    privacyRequestCounts {
      open
      overdue
    }
  }
`);
export const ANSWER_REQUEST = graphql(`
  mutation TestAnswerPrivacyRequest($i: AnswerPrivacyRequestInput!) {
    answerPrivacyRequest(input: $i) {
      id
      status
      answer
      legalBasis
    }
  }
`);
export const RECORD_REQUEST = graphql(`
  mutation TestRecordPrivacyRequest($i: RecordPrivacyRequestInput!) {
    recordPrivacyRequest(input: $i) {
      id
      number
      kind
      channel
      status
    }
  }
`);

export interface Answer {
  status: number;
  text: string;
  location: string | null;
  type: string | null;
  bytes: Buffer;
}

/** A citizen's browser without script: a cookie jar, forms posted as a form would be, redirects not followed. */
export function citizen(w: ApplicationsFixture) {
  let cookie = '';
  const go = async (path: string, form?: Record<string, string>): Promise<Answer> => {
    const r = await fetch(`${w.f.t.url}${path}`, {
      method: form ? 'POST' : 'GET',
      headers: { ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}), ...(cookie ? { cookie } : {}) },
      body: form ? new URLSearchParams(form).toString() : undefined,
      redirect: 'manual',
    });
    const set = r.headers.get('set-cookie');
    if (set) cookie = /lalaland_citizen=([^;]*)/.exec(set)?.[1] ? `lalaland_citizen=${/lalaland_citizen=([^;]*)/.exec(set)![1]}` : cookie;
    const bytes = Buffer.from(await r.arrayBuffer());
    return {
      status: r.status,
      text: bytes.toString('utf8'),
      location: r.headers.get('location'),
      type: r.headers.get('content-type'),
      bytes,
    };
  };
  /** The token every form of the signed-in page carries. */
  const token = (html: string) => /name="t" value="([0-9a-f]{32})"/.exec(html)?.[1] ?? '';
  const codeFor = async (phone: string, before: number) => {
    const digits = phone.replace(/\D/g, '');
    const codes = () => w.sms.sent.filter((m) => m.to === digits && m.text.includes('내 학습 로그인 인증번호'));
    for (let i = 0; i < 100 && codes().length === before; i++) await new Promise((r) => setTimeout(r, 50));
    return /인증번호 (\d{6})/.exec(codes()[before]?.text ?? '')?.[1] ?? null;
  };
  const signIn = async (phone: string, next = '/my') => {
    const digits = phone.replace(/\D/g, '');
    const before = w.sms.sent.filter((m) => m.to === digits && m.text.includes('내 학습 로그인 인증번호')).length;
    const step = await go('/my/sign-in', { phone, next });
    const id = /name="id" value="([0-9a-f-]{36})"/.exec(step.text)![1]!;
    const code = await codeFor(phone, before);
    return go('/my/sign-in/confirm', { id, code: code ?? '000000' });
  };
  return { go, token, signIn, codeFor, hasCookie: () => !!cookie };
}
export const ASK_FOLLOW_UP = graphql(`
  mutation TestAskFollowUp($id: ID!) {
    askFollowUp(id: $id) {
      id
      status
    }
  }
`);
export const ATTENDANCE_LIVE = graphql(`
  subscription TestAttendanceMarked($id: ID!) {
    attendanceMarked(sessionId: $id) {
      sessionId
      enrolmentId
      status
      selfCheckedIn
    }
  }
`);

/** A graphql-ws subscription held as `cookie`'s session: what arrives, and the first error (a refusal). */
export async function subscribe<T>(url: string, cookie: string, query: string, variables: Record<string, unknown>) {
  const ws = createClient({
    url: url.replace('http', 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(u: string, protocols: string[]) {
        super(u, protocols, { headers: { cookie } });
      }
    },
  });
  const received: T[] = [];
  let error: unknown = null;
  await new Promise<void>((resolve) => {
    ws.on('connected', () => setTimeout(resolve, 200));
    ws.subscribe<T>(
      { query, variables },
      {
        next: (v) => void (v.data && received.push(v.data as T)),
        error: (e) => {
          error = e;
          resolve();
        },
        complete: () => undefined,
      },
    );
  });
  return { received, error: () => error, close: () => ws.dispose() };
}
