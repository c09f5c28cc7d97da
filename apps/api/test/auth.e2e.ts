import { Client, startTestApp, TestApp } from './support/app';
import { graphql } from './gql';
import { DEMO_PASSWORD } from '../src/modules/auth';

const SIGN_IN = graphql(`
  mutation TestSignIn($email: String!, $password: String!) {
    signIn(input: { email: $email, password: $password }) {
      user {
        id
        email
      }
      role
      activeOrganization {
        id
        shortCode
      }
    }
  }
`);
const ME = graphql(`
  query TestMe {
    me {
      user {
        email
        displayName
        isPlatformAdmin
      }
      role
      activeOrganization {
        shortCode
      }
      permissions
      memberships {
        role
        organization {
          shortCode
        }
      }
    }
  }
`);
const COUNT = graphql(`
  query TestOrganizationCount {
    organizations {
      totalCount
    }
  }
`);
const SIGN_OUT = graphql(`
  mutation TestSignOut {
    signOut
  }
`);
const SIGN_OUT_EVERYWHERE = graphql(`
  mutation TestSignOutEverywhere {
    signOutEverywhere
  }
`);
const CHANGE = graphql(`
  mutation TestChangePassword($c: String!, $n: String!) {
    changePassword(input: { currentPassword: $c, newPassword: $n })
  }
`);
const SWITCH = graphql(`
  mutation TestSwitchOrganization($id: ID!) {
    switchOrganization(organizationId: $id) {
      role
      activeOrganization {
        shortCode
      }
    }
  }
`);
const INVITE = graphql(`
  mutation TestInviteStaff($o: ID!) {
    inviteMember(input: { organizationId: $o, email: "x@y.kr", role: STAFF }) {
      acceptUrl
    }
  }
`);

describe('sign-in, sessions and passwords', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in with e-mail and password, sets an HttpOnly SameSite cookie, and me shows the active organization', async () => {
    const c = t.client();
    const r = await c.gql(SIGN_IN, { email: 'NAM.ADMIN@lalaland.test', password: 'lalaland2025' });
    expect(r.errors).toBeUndefined();
    expect(r.headers.get('set-cookie')).toMatch(/lalaland_session=.+; .*HttpOnly.*SameSite=Lax/i);
    const me = await c.gql(ME, {});
    expect(me.data!.me).toMatchObject({
      user: { email: 'nam.admin@lalaland.test' },
      role: 'ORG_ADMIN',
      activeOrganization: { shortCode: 'NAM' },
    });
    expect(me.data!.me!.memberships.map((m) => m.organization.shortCode).sort()).toEqual(['NAM', 'SAMPLE_LC_NAM']);
    expect(me.data!.me!.permissions).toContain('member:manage');
  });

  it('me is null when signed out; protected operations answer UNAUTHENTICATED in Korean by default and English on request', async () => {
    expect((await t.client().gql(ME, {})).data!.me).toBeNull();
    const ko = await t.client().gql(COUNT, {});
    expect(Client.code(ko)).toBe('UNAUTHENTICATED');
    expect(ko.errors![0]!.message).toBe('로그인이 필요합니다.');
    const en = await t.client('en').gql(COUNT, {});
    expect(en.errors![0]!.message).toBe('Please sign in.');
    expect(en.status).toBe(200);
  });

  it('a wrong password or unknown e-mail answers INVALID_CREDENTIALS; validation errors name the field', async () => {
    expect(Client.code(await t.client().gql(SIGN_IN, { email: 'nam.staff@lalaland.test', password: 'nope' }))).toBe('INVALID_CREDENTIALS');
    expect(Client.code(await t.client().gql(SIGN_IN, { email: 'nobody@lalaland.test', password: 'nope' }))).toBe('INVALID_CREDENTIALS');
    const bad = await t.client().gql(SIGN_IN, { email: 'not-an-email', password: 'x' });
    expect(Client.code(bad)).toBe('VALIDATION_FAILED');
    expect(bad.errors![0]!.extensions.fields![0]!.field).toBe('email');
  });

  it('slows an account down after 3 failures in a row (2 s, 4 s …) with the same message, and does not even check passwords inside the wait', async () => {
    const wrong = () => t.client().gql(SIGN_IN, { email: 'yeonje.staff@lalaland.test', password: 'wrong-password-1' });
    for (let i = 0; i < 3; i++) expect(Client.code(await wrong())).toBe('INVALID_CREDENTIALS');
    const fourth = await wrong();
    expect(Client.code(fourth)).toBe('INVALID_CREDENTIALS');
    const [row] = await t.db.query(
      "SELECT failed_login_count, extract(epoch FROM locked_until - now()) AS wait FROM app_user WHERE email = 'yeonje.staff@lalaland.test'",
    );
    expect(row.failed_login_count).toBe(4);
    expect(Number(row.wait)).toBeGreaterThan(1);
    expect(Number(row.wait)).toBeLessThanOrEqual(2);
    // Inside the wait, the right password is not checked: same answer, and the count does not move.
    const right = await t.client().gql(SIGN_IN, { email: 'yeonje.staff@lalaland.test', password: DEMO_PASSWORD });
    expect(right.errors![0]).toEqual(fourth.errors![0]);
    expect(
      (await t.db.query("SELECT failed_login_count FROM app_user WHERE email = 'yeonje.staff@lalaland.test'"))[0].failed_login_count,
    ).toBe(4);
    const audit = await t.db.query(
      "SELECT action FROM audit_event WHERE entity_id = (SELECT id FROM app_user WHERE email = 'yeonje.staff@lalaland.test') ORDER BY occurred_at",
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'auth.sign_in_failed',
      'auth.sign_in_failed',
      'auth.sign_in_failed',
      'auth.sign_in_slowed',
    ]);
    // After the wait the right password works and the count starts again.
    await t.db.query("UPDATE app_user SET locked_until = now() - interval '1 second' WHERE email = 'yeonje.staff@lalaland.test'");
    expect((await t.client().gql(SIGN_IN, { email: 'yeonje.staff@lalaland.test', password: DEMO_PASSWORD })).data!.signIn.user.email).toBe(
      'yeonje.staff@lalaland.test',
    );
    expect(
      (await t.db.query("SELECT failed_login_count FROM app_user WHERE email = 'yeonje.staff@lalaland.test'"))[0].failed_login_count,
    ).toBe(0);
  });

  it('40 parallel guesses: each is counted before its password is checked, so at most 4 are checked', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => t.client().gql(SIGN_IN, { email: 'nam.admin@lalaland.test', password: `guess-${i}-password` })),
    );
    expect(new Set(results.map((r) => Client.code(r)))).toEqual(new Set(['INVALID_CREDENTIALS']));
    const checked = await t.db.query(
      "SELECT count(*)::int AS n FROM audit_event WHERE action IN ('auth.sign_in_failed', 'auth.sign_in_slowed') AND entity_id = (SELECT id FROM app_user WHERE email = 'nam.admin@lalaland.test')",
    );
    expect(checked[0].n).toBe(4);
    await t.db.query("UPDATE app_user SET locked_until = NULL, failed_login_count = 0 WHERE email = 'nam.admin@lalaland.test'");
  });

  it('ends a session after 30 idle minutes', async () => {
    const c = await t.as('nam.staff@lalaland.test');
    expect((await c.gql(ME, {})).data!.me).not.toBeNull();
    await t.db.query(
      "UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = (SELECT id FROM app_user WHERE email = 'nam.staff@lalaland.test')",
    );
    const r = await c.gql(COUNT, {});
    expect(Client.code(r)).toBe('SESSION_EXPIRED');
    expect((await c.gql(ME, {})).data!.me).toBeNull();
  });

  it('signs out, and signs out everywhere', async () => {
    const a = await t.as('city.admin@lalaland.test');
    const b = await t.as('city.admin@lalaland.test');
    const cookieA = a.cookie;
    expect((await a.gql(SIGN_OUT, {})).data!.signOut).toBe(true);
    const replay = new Client(t.url);
    replay.cookie = cookieA;
    expect((await replay.gql(ME, {})).data!.me).toBeNull();
    const c = await t.as('city.admin@lalaland.test');
    const n = await b.gql(SIGN_OUT_EVERYWHERE, {});
    expect(n.data!.signOutEverywhere).toBe(2);
    expect((await c.gql(ME, {})).data!.me).toBeNull();
  });

  it('changes the password: checks the current one and the policy, ends the other sessions', async () => {
    const a = await t.as('viewer@lalaland.test');
    const other = await t.as('viewer@lalaland.test');
    expect(Client.code(await a.gql(CHANGE, { c: 'wrong', n: 'newpassword1' }))).toBe('WRONG_PASSWORD');
    expect(Client.code(await a.gql(CHANGE, { c: 'lalaland2025', n: 'short' }))).toBe('PASSWORD_POLICY');
    expect((await a.gql(CHANGE, { c: 'lalaland2025', n: 'newpassword1' })).data!.changePassword).toBe(true);
    expect((await other.gql(ME, {})).data!.me).toBeNull();
    expect((await a.gql(ME, {})).data!.me!.user.email).toBe('viewer@lalaland.test');
    await t.as('viewer@lalaland.test', 'newpassword1');
  });

  it('switches the active organization only to one the user belongs to (others: NOT_FOUND)', async () => {
    const c = await t.as('nam.admin@lalaland.test');
    const lc = await c.gql(SWITCH, { id: await t.orgId('SAMPLE_LC_NAM') });
    expect(lc.data!.switchOrganization).toEqual({ role: 'STAFF', activeOrganization: { shortCode: 'SAMPLE_LC_NAM' } });
    expect(Client.code(await c.gql(SWITCH, { id: await t.orgId('YEONJE') }))).toBe('ORGANIZATION_NOT_FOUND');
    expect(Client.code(await c.gql(SWITCH, { id: 'not-a-uuid' }))).toBe('ORGANIZATION_NOT_FOUND');
    // As STAFF of the learning centre the user can no longer manage members anywhere.
    const invite = await c.gql(INVITE, { o: await t.orgId('NAM') });
    expect(Client.code(invite)).toBe('FORBIDDEN');
  });
});
