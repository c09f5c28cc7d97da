import { ResponseCache } from '../src/core/graphql/response-cache';
import { Client, startTestApp, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { graphql } from './gql';

const PROGRAMME = graphql(`
  query TestProgrammeAccess($id: ID!) {
    programme(id: $id) {
      id
      canRun
      canTakeAttendance
      canDecide
    }
  }
`);
const CREATE = graphql(`
  mutation TestAccessCreateProgramme($i: CreateProgrammeInput!) {
    createProgramme(input: $i) {
      id
    }
  }
`);
const NESTED = graphql(`
  query TestProgrammeNested($id: ID!) {
    programme(id: $id) {
      id
      children {
        id
      }
      parent {
        id
      }
    }
  }
`);
const CONSENTS = graphql(`
  query TestParticipantConsents($id: ID!) {
    participant(id: $id) {
      id
      consents {
        id
      }
    }
  }
`);

/** The access layer (core/access): one SQL rule per kind of record, and faults that stay faults. */
describe('access layer', () => {
  let t: TestApp;
  let programme: string;
  let draft: string;
  let saha: Client;

  beforeAll(async () => {
    t = await startTestApp();
    saha = await t.as('saha.staff@lalaland.test');
    const rows = (await t.db.query(
      "SELECT p.id FROM programme p JOIN organization o ON o.id = p.host_organization_id WHERE o.short_code = 'SAHA' AND p.status <> 'DRAFT' ORDER BY p.created_at LIMIT 1",
    )) as Array<{ id: string }>;
    programme = rows[0]!.id;
    const [ini] = (await t.db.query('SELECT initiative_id FROM programme WHERE id = $1', [programme])) as Array<{ initiative_id: string }>;
    const created = await saha.gql(CREATE, {
      i: {
        initiativeId: ini!.initiative_id,
        titleKo: '접근 시험 초안',
        pillar: 'LEARN',
        domain: 'VOCATIONAL',
        format: 'OFFLINE',
        capacity: 5,
        startsOn: '2025-09-01',
      },
    });
    draft = created.data!.createProgramme.id;
  });
  afterAll(() => t.close());

  it('programmes: role × organization table (a draft only for its host; organizations of other streams NOT_FOUND; the ministry reads)', async () => {
    await expectAccess(
      t,
      PROGRAMME,
      { id: programme },
      {
        platformAdmin: 'ok',
        cityAdmin: 'ok',
        sahaStaff: 'ok',
        ministryViewer: 'ok',
        namStaff: 'PROGRAMME_NOT_FOUND',
        yeonjeStaff: 'PROGRAMME_NOT_FOUND',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    await expectAccess(
      t,
      PROGRAMME,
      { id: draft },
      {
        platformAdmin: 'ok',
        cityAdmin: 'PROGRAMME_NOT_FOUND',
        namStaff: 'PROGRAMME_NOT_FOUND',
        sahaStaff: 'ok',
        ministryViewer: 'PROGRAMME_NOT_FOUND',
        yeonjeStaff: 'PROGRAMME_NOT_FOUND',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    await expectAccess(
      t,
      PROGRAMME,
      { id: '00000000-0000-4000-8000-000000000000' },
      { sahaStaff: 'PROGRAMME_NOT_FOUND', platformAdmin: 'PROGRAMME_NOT_FOUND' },
    );
    await expectAccess(t, PROGRAMME, { id: 'not-a-uuid' }, { sahaStaff: 'PROGRAMME_NOT_FOUND' });
  });

  it('capability fields read the same policy the mutations check', async () => {
    const as = async (email: string) => (await (await t.as(email)).gql(PROGRAMME, { id: programme })).data!.programme;
    expect(await as('saha.staff@lalaland.test')).toMatchObject({ canRun: true, canTakeAttendance: true, canDecide: false });
    expect(await as('city.admin@lalaland.test')).toMatchObject({ canRun: false, canTakeAttendance: false, canDecide: true });
    expect(await as('viewer@lalaland.test')).toMatchObject({ canRun: false, canTakeAttendance: false, canDecide: false });
  });

  it('a database fault during an access check is a server error, never NOT_FOUND or a silent null', async () => {
    await t.db.query('ALTER TABLE programme_cohost RENAME TO programme_cohost_away');
    // A schema change is no data write (no signal): kept answers of the same data would still be served.
    t.app.get(ResponseCache).forget();
    try {
      const one = await saha.gql(PROGRAMME, { id: programme });
      expect(Client.code(one)).toBe('INTERNAL_SERVER_ERROR');
      const nested = await saha.gql(NESTED, { id: programme });
      expect(Client.code(nested)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await t.db.query('ALTER TABLE programme_cohost_away RENAME TO programme_cohost');
    }
    await t.db.query('ALTER TABLE consent RENAME TO consent_away');
    try {
      const [p] = (await t.db.query(
        "SELECT p.id FROM participant p JOIN organization o ON o.id = p.organization_id WHERE o.short_code = 'SAHA' LIMIT 1",
      )) as Array<{ id: string }>;
      const r = await saha.gql(CONSENTS, { id: p!.id });
      expect(Client.code(r)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await t.db.query('ALTER TABLE consent_away RENAME TO consent');
    }
    expect(Client.code(await saha.gql(PROGRAMME, { id: programme }))).toBeUndefined();
  });
});
