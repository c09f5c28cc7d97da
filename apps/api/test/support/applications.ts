import { graphql } from '../gql';
import { solapiServer } from '../../bench/solapi-sink';
import { SAVE_OFFER } from './catalogue';
import { learnFixture, mondayAhead, type LearnFixture } from './learn';

/** The applications tests' operations (typed documents). */
export const APPLICATIONS = graphql(`
  query TestApplications($id: ID!) {
    programme(id: $id) {
      id
      applications {
        id
        number
        status
        enrolmentId
        resident
        drawRank
        reason
        participantKey
        enrolmentStatus
      }
      draw {
        seedHash
        seed
        drawnAt
      }
    }
  }
`);
export const RECENT = graphql(`
  query TestRecentApplications {
    recentApplications {
      programmeId
      title
      newThisWeek
      pending
    }
  }
`);
export const DRAW = graphql(`
  mutation TestDrawApplications($id: ID!) {
    drawApplications(programmeId: $id) {
      seedHash
      seed
    }
  }
`);
export const DECIDE = graphql(`
  mutation TestDecideApplication($id: ID!, $accept: Boolean!, $reason: String) {
    decideApplication(id: $id, accept: $accept, reason: $reason) {
      id
      status
      reason
    }
  }
`);
export const MESSAGE_USAGE = graphql(`
  query TestMessageUsage($org: ID!) {
    messageUsage(organizationId: $org) {
      month
      sent
      overBudget
      monthlyLimit
    }
  }
`);
export const SET_BUDGET = graphql(`
  mutation TestSetMessageBudget($org: ID!, $n: Int!) {
    setMessageBudget(organizationId: $org, monthlyLimit: $n) {
      monthlyLimit
    }
  }
`);

/** The applications tests' world: a test app texting a local Solapi server, and the citizen's steps on the public door. */
export async function applicationsFixture(): Promise<ApplicationsFixture> {
  const sms = await solapiServer();
  const f = await learnFixture({
    ...sms.env,
    APPLY_PER_ADDRESS_PER_HOUR: '1000',
    // The day-before reminder goes as 카카오 알림톡 (its template approved); every other text as SMS.
    KAKAO_PF_ID: 'KA01PF-busan-learning',
    KAKAO_TEMPLATES: 'session_reminder:KA01TP-reminder',
  });
  let n = 0;
  const html = async (path: string, form?: Record<string, string>) => {
    const r = await fetch(`${f.t.url}${path}`, {
      method: form ? 'POST' : 'GET',
      headers: form ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
      body: form ? new URLSearchParams(form).toString() : undefined,
      redirect: 'manual',
    });
    return { status: r.status, text: await r.text(), cache: r.headers.get('cache-control') };
  };
  const programme = async (title: string, offer: Record<string, unknown>, capacity = 2, startsOn = mondayAhead(21)) => {
    const p = await f.newProgramme(f.saha, { initiativeId: f.nextYear, titleKo: title, startsOn, capacity });
    await f.recruiting(p.id);
    const r = await f.saha.gql(SAVE_OFFER, {
      i: {
        programmeId: p.id,
        published: true,
        applyFrom: new Date(Date.now() - 3_600_000).toISOString(),
        applyUntil: new Date(Date.now() + 86_400_000).toISOString(),
        selection: 'FIRST_COME',
        feeWon: 0,
        districts: [],
        ...offer,
      },
    });
    expect(r.errors).toBeUndefined();
    return p.id;
  };
  const draftOf = async (id: string, person: { name: string; phone: string; birthYear?: string; district?: string }) => {
    const codes = () => sms.sent.filter((m) => m.to === person.phone.replace(/\D/g, '') && m.text.includes('인증번호'));
    const before = codes().length;
    const step1 = await html(`/apply/${id}`, {
      name: person.name,
      phone: person.phone,
      birthYear: person.birthYear ?? '1960',
      district: person.district ?? '',
      consent: 'yes',
    });
    expect(step1.status).toBe(200);
    const draft = /name="draft" value="([0-9a-f-]{36})"/.exec(step1.text)![1]!;
    for (let i = 0; i < 100 && codes().length === before; i++) await new Promise((r) => setTimeout(r, 50));
    return { draft, code: /인증번호 (\d{6})/.exec(codes()[before]!.text)![1]! };
  };
  const confirm = async (id: string, d: { draft: string; code: string }) => {
    const done = await html(`/apply/${id}/confirm`, d);
    const link = /\/apply\/status\/([A-Za-z0-9_-]{43})/.exec(done.text)?.[1];
    return { ...done, token: link, number: Number(/<dt>접수번호<\/dt><dd>(\d+)/.exec(done.text)?.[1]) };
  };
  const apply = async (id: string, person: { name: string; phone: string; birthYear?: string; district?: string }) =>
    confirm(id, await draftOf(id, person));
  return {
    f,
    sms,
    html,
    programme,
    draftOf,
    confirm,
    apply,
    phone: () => `010-7${String(++n).padStart(3, '0')}-${String(5000 + n)}`,
    close: async () => {
      await f.t.close();
      await sms.close();
    },
  };
}

export interface ApplicationsFixture {
  f: LearnFixture;
  sms: Awaited<ReturnType<typeof solapiServer>>;
  /** A public page, or a form posted to it. */
  html(path: string, form?: Record<string, string>): Promise<{ status: number; text: string; cache: string | null }>;
  /** A recruiting programme of the host (Saha-gu), listed with this offer. */
  programme(title: string, offer: Record<string, unknown>, capacity?: number, startsOn?: string): Promise<string>;
  /** A citizen's first step: the form; the draft it answers with and the code texted to the number. */
  draftOf(
    id: string,
    person: { name: string; phone: string; birthYear?: string; district?: string },
  ): Promise<{ draft: string; code: string }>;
  /** The second step: the code sent back; the page, its link and receipt number. */
  confirm(
    id: string,
    d: { draft: string; code: string },
  ): Promise<{ status: number; text: string; cache: string | null; token: string | undefined; number: number }>;
  /** A citizen applies: both steps. */
  apply(
    id: string,
    person: { name: string; phone: string; birthYear?: string; district?: string },
  ): Promise<{ status: number; text: string; cache: string | null; token: string | undefined; number: number }>;
  /** A fresh mobile number. */
  phone(): string;
  close(): Promise<void>;
}
