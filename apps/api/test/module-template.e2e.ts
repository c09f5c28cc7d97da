import { Client, startTestApp, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { example, ExampleService } from './support/example-module';
import { graphql } from './gql';
import { ResponseCache } from '../src/core/graphql/response-cache';
import { withModules } from '../src/modules';

const SIGN_IN = graphql(`
  mutation TestTemplateSignIn($e: String!, $p: String!) {
    signIn(input: { email: $e, password: $p }) {
      user {
        id
      }
    }
  }
`);
const CREATE = graphql(`
  mutation TestTemplateCreateProgramme($i: CreateProgrammeInput!) {
    createProgramme(input: $i) {
      id
    }
  }
`);
const PROPOSE = graphql(`
  mutation TestTemplatePropose($id: ID!) {
    changeProgrammeStatus(id: $id, status: PROPOSED) {
      status
    }
  }
`);

/**
 * The module template works as documented: a module declared in one folder (support/example-module) and added with one
 * line to the list of modules gets its GraphQL operations (deny by default still applies), its typed error codes with
 * Korean and English messages, its access policy, its own table through its own migration (core orders it among
 * everyone's and makes the table signal the response cache), and the other modules' events — with nothing else edited.
 */
describe('the module template: one folder, one line', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp([example]); // the one line (src/modules.ts for a real module)
  });
  afterAll(() => t.close());

  it('serves its operations with its access policy: the caller’s own organization only, others NOT_FOUND in its own code', async () => {
    const saha = await t.orgId('SAHA');
    const Q = 'query($id: ID!) { exampleCard(organizationId: $id) { id admin } }';
    await expectAccess(
      t,
      Q,
      { id: saha },
      { sahaStaff: 'ok', platformAdmin: 'ok', cityAdmin: 'EXAMPLE_NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
    );
    const r = await (await t.as('saha.staff@lalaland.test')).gql(Q, { id: saha });
    expect(r.data!.exampleCard).toEqual({ id: saha, admin: false });
    const en = new Client(t.url, 'en');
    await en.gql(SIGN_IN, { e: 'city.admin@lalaland.test', p: 'lalaland2025' });
    expect((await en.gql(Q, { id: saha })).errors![0]!.message).toBe('Example not found.');
  });

  it('owns its table: its migration ran in time order after everyone’s, the table signals the cache with nothing asked', async () => {
    const names = withModules([example]).migrations.map((m) => m.name);
    expect(names.at(-1)).toBe('ExampleNotes1799000000000');
    expect(names).toContain('Foundation1795553957124'); // core's history first
    const [ran] = await t.db.query("SELECT count(*)::int AS n FROM migrations WHERE name = 'ExampleNotes1799000000000'");
    expect(ran.n).toBe(1);
    expect(await t.app.get(ResponseCache).unsignalledTables()).toEqual([]);
  });

  it('its mutation writes the row and its audit row; the cached list shows the new note at once; others NOT_FOUND', async () => {
    const saha = await t.orgId('SAHA');
    const staff = await t.as('saha.staff@lalaland.test');
    const LIST = 'query($id: ID!) { exampleNotes(organizationId: $id) { text } }';
    const ADD = 'mutation($id: ID!, $text: String!) { addExampleNote(organizationId: $id, text: $text) { id text } }';
    expect((await staff.gql(LIST, { id: saha })).data!.exampleNotes).toEqual([]);
    const added = await staff.gql(ADD, { id: saha, text: '  다음 주 회의 준비  ' });
    expect(added.errors).toBeUndefined();
    expect((await staff.gql(LIST, { id: saha })).data!.exampleNotes).toEqual([{ text: '다음 주 회의 준비' }]);
    const [audit] = await t.db.query("SELECT count(*)::int AS n FROM audit_event WHERE action = 'example.note' AND entity_id = $1", [
      added.data!.addExampleNote.id,
    ]);
    expect(audit.n).toBe(1);
    // bounded text, with the field's message; another organization's id answers the module's NOT_FOUND
    expect(Client.code(await staff.gql(ADD, { id: saha, text: '가'.repeat(201) }))).toBe('VALIDATION_FAILED');
    const city = await t.as('city.admin@lalaland.test');
    expect(Client.code(await city.gql(ADD, { id: saha, text: '남의 기관' }))).toBe('EXAMPLE_NOT_FOUND');
    const [kept] = await t.db.query('SELECT count(*)::int AS n FROM example_note');
    expect(kept.n).toBe(1);
  });

  it('hears the programmes module’s events without the programmes module knowing it', async () => {
    const saha = await t.as('saha.staff@lalaland.test');
    const [ini] = (await t.db.query("SELECT id FROM initiative WHERE code = 'LALALAND'")) as Array<{ id: string }>;
    const p = await saha.gql(CREATE, {
      i: {
        initiativeId: ini!.id,
        titleKo: '예시 과정',
        pillar: 'LEARN',
        domain: 'VOCATIONAL',
        format: 'OFFLINE',
        capacity: 5,
        startsOn: '2025-09-01',
      },
    });
    await saha.gql(PROPOSE, { id: p.data!.createProgramme.id });
    expect(t.app.get(ExampleService).seen).toContain('DRAFT→PROPOSED');
  });
});
