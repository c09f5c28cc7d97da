import { Logger } from 'nestjs-pino';
import { startTestApp, TestApp } from './support/app';

/** Known personal data and credentials that flows below handle: none may appear in the log. */
const NAME = '로그검사자';
const PHONE_DIGITS = '01098765432';

describe('logs hold no personal data and no credentials', () => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    t = await startTestApp([], { LOG_LEVEL: 'debug' }, { write: (line: string) => void lines.push(line) });
  });
  afterAll(() => t.close());

  it('after registering, searching, exporting, inviting and a failing query with parameters, the log names ids only', async () => {
    const saha = await t.as('saha.staff@lalaland.test');
    const reg = await saha.gql('mutation($i: RegisterParticipantInput!) { registerParticipant(input: $i) { id } }', {
      i: {
        name: NAME,
        phone: '010-9876-5432',
        birthYear: 1961,
        consent: { given: true, items: ['NAME', 'PHONE', 'BIRTH_YEAR'], retentionUntil: '2030-12-31' },
      },
    });
    expect(reg.errors).toBeUndefined();
    await saha.gql('query($s: String) { participants(search: $s) { items { personal { name phone } } } }', { s: NAME });
    await saha.gql('query($s: String) { participants(search: $s) { totalCount } }', { s: '010-9876-5432' });
    await t.client().gql('mutation { signIn(input: { email: "saha.staff@lalaland.test", password: "a-wrong-secret-9" }) { user { id } } }');
    const admin = await t.as('nam.admin@lalaland.test');
    const inv = await admin.gql(
      'mutation($o: ID!) { inviteMember(input: { organizationId: $o, email: "log.check@example.kr", role: STAFF }) { acceptUrl } }',
      { o: await t.orgId('NAM') },
    );
    const token = inv.data!.inviteMember.acceptUrl.split('/invitations/')[1] as string;
    // A database error carrying a name and a phone as SQL parameters, logged the way the error formatter logs.
    const failure = await t.db.query('SELECT $1::int', [`${NAME} ${PHONE_DIGITS}`]).catch((err: unknown) => err);
    t.app.get(Logger).error({ err: failure }, 'unexpected error in a GraphQL operation');

    const log = lines.join('');
    expect(log).toContain('invitation created');
    expect(log).toContain('unexpected error in a GraphQL operation');
    expect(log).toContain('22P02'); // the error is still there, by its code
    for (const secret of [NAME, PHONE_DIGITS, '010-9876-5432', token, 'a-wrong-secret-9', 'log.check@example.kr', 'lalaland2025', 'sid='])
      expect({ secret, found: log.includes(secret) }).toEqual({ secret, found: false });
  });
});
