import { Client, startTestApp, TestApp } from './app';
import { graphql } from '../gql';
import type {
  ConsentInput,
  CreateProgrammeInput,
  ProgrammeStatus,
  TestCreateProgrammeMutation,
  TestRegisterMutation,
} from '../gql/graphql';

/** The learn modules' test operations (typed documents) and fixture (programmes, participants and enrolments tests share them). */
graphql(`
  fragment TestProgrammeFields on Programme {
    id
    titleKo
    status
    seatsTaken
    capacity
    canRun
    canDecide
    host {
      shortCode
    }
    cohosts {
      shortCode
    }
    enrolmentCounts {
      enrolled
      waitlisted
      applied
      completed
    }
  }
`);
export const CREATE = graphql(`
  mutation TestCreateProgramme($i: CreateProgrammeInput!) {
    createProgramme(input: $i) {
      ...TestProgrammeFields
    }
  }
`);
export const UPDATE = graphql(`
  mutation TestUpdateProgramme($i: UpdateProgrammeInput!) {
    updateProgramme(input: $i) {
      ...TestProgrammeFields
    }
  }
`);
export const STATUS = graphql(`
  mutation TestProgrammeStatus($id: ID!, $s: ProgrammeStatus!, $c: String) {
    changeProgrammeStatus(id: $id, status: $s, comment: $c) {
      id
      status
      statusComment
    }
  }
`);
export const PROGRAMME = graphql(`
  query TestProgramme($id: ID!) {
    programme(id: $id) {
      ...TestProgrammeFields
      sessions {
        id
        startsAt
        endsAt
        checkInCode
        venue {
          name
        }
      }
      enrolments(limit: 100) {
        totalCount
        items {
          id
          status
          ageBand
          participant {
            pseudonymKey
            heldByMe
            personal {
              name
              phone
            }
          }
        }
      }
    }
  }
`);
export const LIST = graphql(`
  query TestProgrammes($a: ID, $s: String, $p: Pillar, $st: [ProgrammeStatus!]) {
    programmes(streamId: $a, search: $s, pillar: $p, status: $st, limit: 100) {
      totalCount
      items {
        id
        titleKo
        status
        sessions {
          id
        }
        enrolmentCounts {
          enrolled
          completed
          notCompleted
        }
        children {
          titleKo
        }
      }
    }
  }
`);
export const SERIES = graphql(`
  mutation TestSessionSeries($i: SessionSeriesInput!) {
    createSessionSeries(input: $i) {
      id
      startsAt
      endsAt
      seriesId
      checkInCode
    }
  }
`);
export const UPDATE_SESSION = graphql(`
  mutation TestUpdateSession($i: UpdateSessionInput!) {
    updateSession(input: $i) {
      id
      startsAt
    }
  }
`);
export const REGISTER = graphql(`
  mutation TestRegister($i: RegisterParticipantInput!) {
    registerParticipant(input: $i) {
      id
      pseudonymKey
      personal {
        name
        phone
        birthYear
      }
      consents {
        id
        purpose
        items
      }
    }
  }
`);
export const PARTICIPANT = graphql(`
  query TestReadParticipant($id: ID!) {
    participant(id: $id) {
      id
      pseudonymKey
      personal {
        name
        phone
      }
    }
  }
`);
export const ENROL = graphql(`
  mutation TestEnrol($p: ID!, $x: ID!) {
    enrol(programmeId: $p, participantId: $x) {
      id
      status
      ageBand
      districtCode
    }
  }
`);
export const consent: ConsentInput = {
  given: true,
  items: ['NAME', 'PHONE', 'BIRTH_YEAR', 'GENDER', 'DISTRICT'],
  retentionUntil: '2030-12-31',
};

export interface LearnFixture {
  t: TestApp;
  saha: Client; // STAFF, Saha-gu (member of LA-LA LAnd)
  city: Client; // ORG_ADMIN, Busan City (lead of LA-LA LAnd)
  univ: Client; // STAFF, sample university (partner in LA-LA LAnd)
  yeonje: Client; // STAFF, Yeonje-gu (not in LA-LA LAnd)
  ministry: Client; // VIEWER, Ministry of Education
  initiative: string;
  /** An initiative of the stream's next year (2026-03-01 – 2028-02-29), for classes still to come. */
  nextYear: string;
  venue: string;
  /** A Saha-gu programme co-hosted by the university, taken through its life. */
  programme: string;
  count(sql: string, params?: unknown[]): Promise<number>;
  newProgramme(c: Client, extra?: Partial<CreateProgrammeInput>): Promise<TestCreateProgrammeMutation['createProgramme']>;
  /** Straight to RECRUITING through the legal path. */
  recruiting(id: string): Promise<void>;
  register(c: Client, name: string, phone?: string | null): Promise<TestRegisterMutation['registerParticipant']>;
}

/** A test app on its own database with the learn fixture (a university staff member, the demo clients, one programme). */
/** A Monday at least `days` days after today (Seoul), as YYYY-MM-DD: for classes still to come, whatever today is. */
export function mondayAhead(days: number): string {
  const d = new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000);
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * The demo's streams run 2025-03-01 – 2026-02-28 and a programme stays within its stream's period; for classes still
 * to come (mentors, cancellation, this week's home) the tests open the LA-LA LAnd stream's next year, the same members.
 */
export async function nextYearInitiative(t: TestApp): Promise<string> {
  const rows = (await t.db.query(
    `WITH s AS (INSERT INTO funding_stream (category_id, code, name_ko, name_en, recipient_organization_id, fiscal_year, period_start, period_end, national_amount)
                SELECT category_id, 'LALALAND-NEXT', name_ko || ' (다음 해)', name_en || ' (next year)', recipient_organization_id, 2026, DATE '2026-03-01', DATE '2028-02-29', national_amount
                  FROM funding_stream WHERE code = 'LALALAND-2025' RETURNING id),
          m AS (INSERT INTO stream_member (stream_id, organization_id, role, starts_on)
                SELECT s.id, sm.organization_id, sm.role, DATE '2026-03-01' FROM s, stream_member sm JOIN funding_stream f ON f.id = sm.stream_id WHERE f.code = 'LALALAND-2025')
     INSERT INTO initiative (stream_id, code, name_ko, name_en) SELECT s.id, 'LALALAND-NEXT', '내일을 꿈꾸는 LA-LA LAnd (다음 해)', 'LA-LA LAnd (next year)' FROM s RETURNING id`,
  )) as Array<{ id: string }>;
  return rows[0]!.id;
}

export async function learnFixture(env: Record<string, string> = {}): Promise<LearnFixture> {
  const f = {} as LearnFixture;
  const t = await startTestApp([], env);
  f.t = t;
  f.count = async (sql, params = []) => Number(((await t.db.query(sql, params)) as Array<{ n: string }>)[0]!.n);
  f.newProgramme = async (c, extra = {}) => {
    const r = await c.gql(CREATE, {
      i: {
        initiativeId: f.initiative,
        titleKo: '시험 과정',
        pillar: 'LEARN',
        domain: 'VOCATIONAL',
        format: 'OFFLINE',
        capacity: 10,
        startsOn: '2025-09-01',
        ...extra,
      },
    });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.createProgramme;
  };
  f.recruiting = async (id) => {
    for (const [c, s] of [
      [f.saha, 'PROPOSED'],
      [f.city, 'APPROVED'],
      [f.saha, 'RECRUITING'],
    ] as Array<[Client, ProgrammeStatus]>) {
      const r = await c.gql(STATUS, { id, s });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    }
  };
  f.register = async (c, name, phone = null) => {
    const r = await c.gql(REGISTER, { i: { name, phone, birthYear: 1958, districtCode: '26380', consent } });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.registerParticipant;
  };
  [f.saha, f.city, f.univ, f.yeonje, f.ministry] = (await Promise.all(
    ['saha.staff', 'city.admin', 'univ.staff', 'yeonje.staff', 'viewer'].map((u) => t.as(`${u}@lalaland.test`)),
  )) as [Client, Client, Client, Client, Client];
  f.initiative = ((await t.db.query("SELECT id FROM initiative WHERE code = 'LALALAND'")) as Array<{ id: string }>)[0]!.id;
  f.nextYear = await nextYearInitiative(t);
  f.venue = (
    (await t.db.query(
      "SELECT v.id FROM venue v JOIN organization o ON o.id = v.organization_id WHERE o.short_code = 'SAMPLE_LC_SAHA'",
    )) as Array<{ id: string }>
  )[0]!.id;
  f.programme = (
    await f.newProgramme(f.saha, { titleKo: '디지털 창업 실습', cohostIds: [await t.orgId('SAMPLE_UNIV_A')], capacity: 2 })
  ).id;
  return f;
}
