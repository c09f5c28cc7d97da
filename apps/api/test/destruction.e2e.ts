import { seoulDate } from '@lalaland/shared';
import { Client, startTestApp, TestApp } from './support/app';
import { graphql } from './gql';
import { RequestContext } from '../src/core/context/request-context';
import { ParticipantDestruction } from '../src/modules/participants';

const REGISTER = graphql(`
  mutation TestRegisterForDestruction($i: RegisterParticipantInput!) {
    registerParticipant(input: $i) {
      id
      pseudonymKey
      consents {
        id
      }
    }
  }
`);
const WITHDRAW = graphql(`
  mutation TestWithdrawForDestruction($id: ID!) {
    withdrawConsent(id: $id) {
      id
    }
  }
`);
const DUE = graphql(`
  query TestDestructionDue {
    destructionDue {
      pseudonymKey
      rule
      basisEnded
    }
  }
`);
const DESTROY = graphql(`
  mutation TestDestroyDueNow {
    destroyDueNow
  }
`);
const REGISTER_PAGE = graphql(`
  query TestDestructionRegister {
    destructionRegister(limit: 10) {
      totalCount
      items {
        pseudonymKey
        rule
        basisEnded
        items {
          item
          count
        }
      }
    }
  }
`);

describe('destruction when every basis has ended (파기): the dry run, the rollback, the register', () => {
  let t: TestApp;
  let admin: Client;
  let staff: Client;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.as('nam.admin@lalaland.test');
    staff = await t.as('nam.staff@lalaland.test');
  });
  afterAll(() => t.close());

  const withdrawn = async (name: string) => {
    const p = (
      await staff.gql(REGISTER, {
        i: {
          name,
          birthYear: 1961,
          phone: `010-7${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}-0${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`,
          consent: { given: true, items: ['NAME', 'PHONE', 'BIRTH_YEAR'], retentionUntil: '2030-12-31' },
        },
      })
    ).data!.registerParticipant;
    expect((await staff.gql(WITHDRAW, { id: p.consents![0]!.id })).errors).toBeUndefined();
    return p;
  };

  it("the dry run lists the organization's people whose every consent has ended and who have no open work; others' admins and staff see none", async () => {
    const gone = await withdrawn('파기대상');
    // Still enrolled somewhere: held until that work ends.
    const held = await withdrawn('진행중보류');
    const [programme] = await t.db.query(
      `SELECT p.id FROM programme p JOIN organization o ON o.id = p.host_organization_id WHERE o.short_code = 'NAM' AND p.status IN ('RECRUITING', 'RUNNING') LIMIT 1`,
    );
    await t.db.query(
      `INSERT INTO enrolment (programme_id, participant_id, organization_id, status, age_band) SELECT $1, p.id, p.organization_id, 'ENROLLED', 'AGE_40_64' FROM participant p WHERE p.id = $2`,
      [programme.id, held.id],
    );
    const due = (await admin.gql(DUE, {})).data!.destructionDue;
    expect(due.map((d) => d.pseudonymKey)).toContain(gone.pseudonymKey);
    expect(due.map((d) => d.pseudonymKey)).not.toContain(held.pseudonymKey);
    expect(due.find((d) => d.pseudonymKey === gone.pseudonymKey)).toMatchObject({ rule: 'CONSENT_ENDED', basisEnded: seoulDate() });
    expect(Client.code(await staff.gql(DUE, {}))).toBe('FORBIDDEN');
    expect((await (await t.as('yeonje.admin@lalaland.test')).gql(DUE, {})).data!.destructionDue.map((d) => d.pseudonymKey)).not.toContain(
      gone.pseudonymKey,
    );
  });

  it('a module that fails rolls the whole destruction back: the person, the register and the audit stay as they were', async () => {
    const p = await withdrawn('되돌림시험');
    await t.db.query(
      `INSERT INTO counselling_note (participant_id, organization_id, occurred_on, body) SELECT id, organization_id, current_date, '상담 내용' FROM participant WHERE id = $1`,
      [p.id],
    );
    await t.db.query(`CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await t.db.query('CREATE TRIGGER test_refuse BEFORE DELETE ON counselling_note FOR EACH ROW EXECUTE FUNCTION test_refuse()');
    try {
      await expect(t.app.get(ParticipantDestruction).destroy(RequestContext.system('test'), p.id, 'CONSENT_ENDED')).rejects.toThrow(
        /refused/,
      );
    } finally {
      await t.db.query('DROP TRIGGER test_refuse ON counselling_note');
      await t.db.query('DROP FUNCTION test_refuse()');
    }
    const [row] = await t.db.query('SELECT name, destroyed_at FROM participant WHERE id = $1', [p.id]);
    expect(row).toEqual({ name: '되돌림시험', destroyed_at: null });
    expect((await t.db.query('SELECT count(*)::int AS n FROM destruction_register WHERE participant_id = $1', [p.id]))[0].n).toBe(0);
    expect(
      (await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'participant.destroy'`, [p.id]))[0].n,
    ).toBe(0);
  });

  it('destroys the name, the phone and what other modules keep about them; the register says what, whose key, when and why; the log stays', async () => {
    const [{ id }] = await t.db.query(`SELECT id FROM participant WHERE name = '파기대상'`);
    const destroyed = (await admin.gql(DESTROY, {})).data!.destroyDueNow;
    expect(destroyed).toBeGreaterThanOrEqual(2);
    const [row] = await t.db.query('SELECT name, phone_encrypted, phone_hash, destroyed_at, birth_year FROM participant WHERE id = $1', [
      id,
    ]);
    expect(row).toMatchObject({ name: '(파기됨)', phone_encrypted: null, phone_hash: null, birth_year: 1961 });
    expect(row.destroyed_at).not.toBeNull();
    expect(
      (
        await t.db.query(
          'SELECT count(*)::int AS n FROM counselling_note WHERE participant_id IN (SELECT id FROM participant WHERE destroyed_at IS NOT NULL)',
        )
      )[0].n,
    ).toBe(0);
    const page = (await admin.gql(REGISTER_PAGE, {})).data!.destructionRegister;
    const entry = page.items.find((i) => i.items.some((x) => x.item === 'COUNSELLING_NOTES'))!;
    expect(entry).toMatchObject({ rule: 'CONSENT_ENDED', basisEnded: seoulDate() });
    expect(entry.items).toEqual(
      expect.arrayContaining([
        { item: 'NAME', count: 1 },
        { item: 'PHONE', count: 1 },
        { item: 'COUNSELLING_NOTES', count: 1 },
      ]),
    );
    expect((await admin.gql(DUE, {})).data!.destructionDue).toEqual([]);
    await expect(t.db.query(`DELETE FROM destruction_register`)).rejects.toMatchObject({ code: 'LA002' });
    const csv = await fetch(`${t.url}/exports/destruction-register.csv`, { headers: { cookie: admin.cookie! } });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain('파기 일시,식별번호,파기 사유,근거 종료일,파기 항목');
    expect(text).toContain(entry.pseudonymKey);
    expect(text).toContain('상담 기록 1건');
    expect((await fetch(`${t.url}/exports/destruction-register.csv`, { headers: { cookie: staff.cookie! } })).status).toBe(403);
    const [audit] = await t.db.query(`SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'participant.destroy'`, [id]);
    expect(audit.changes.rule).toEqual([null, 'CONSENT_ENDED']);
  });

  it('the nightly run is scheduled for 03:00 in Seoul, once however many replicas start', async () => {
    const nights = await t.db.query('SELECT night::text FROM destruction_night');
    expect(nights).toHaveLength(1);
    const [alarm] = await t.db.query(
      `SELECT to_char(available_at AT TIME ZONE 'Asia/Seoul', 'HH24:MI') AS at FROM outbox_message WHERE event = 'privacy.destruction_due'`,
    );
    expect(alarm.at).toBe('03:00');
  });
});
