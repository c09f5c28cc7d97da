import { Client, startTestApp, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { example, ExampleService } from './support/example-module';
import { graphql } from './gql';

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
 * Korean and English messages, its access policy, and the other modules' events — with nothing else edited.
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
    await expectAccess(t, Q, { id: saha }, { sahaStaff: 'ok', platformAdmin: 'ok', cityAdmin: 'EXAMPLE_NOT_FOUND', anonymous: 'UNAUTHENTICATED' });
    const r = await (await t.as('saha.staff@lalaland.test')).gql(Q, { id: saha });
    expect(r.data!.exampleCard).toEqual({ id: saha, admin: false });
    const en = new Client(t.url, 'en');
    await en.gql(SIGN_IN, { e: 'city.admin@lalaland.test', p: 'lalaland2025' });
    expect((await en.gql(Q, { id: saha })).errors![0]!.message).toBe('Example not found.');
  });

  it('hears the programmes module’s events without the programmes module knowing it', async () => {
    const saha = await t.as('saha.staff@lalaland.test');
    const [ini] = (await t.db.query("SELECT id FROM initiative WHERE code = 'LALALAND'")) as Array<{ id: string }>;
    const p = await saha.gql(CREATE, {
      i: { initiativeId: ini!.id, titleKo: '예시 과정', pillar: 'LEARN', domain: 'VOCATIONAL', format: 'OFFLINE', capacity: 5, startsOn: '2025-09-01' },
    });
    await saha.gql(PROPOSE, { id: p.data!.createProgramme.id });
    expect(t.app.get(ExampleService).seen).toContain('DRAFT→PROPOSED');
  });
});
