import * as OTPAuth from 'otpauth';
import { Client, startTestApp, TestApp } from './support/app';
import { graphql } from './gql';
import { DEMO_PASSWORD } from '../src/modules/auth';

const SIGN_IN = graphql(`
  mutation TestSignInStep($email: String!, $password: String!) {
    signIn(input: { email: $email, password: $password }) {
      secondFactor
      permissions
      user {
        id
      }
    }
  }
`);
const ME = graphql(`
  query TestMeStep {
    me {
      role
    }
  }
`);
const POLICY = graphql(`
  mutation TestSetSecondFactorRequired($required: Boolean!) {
    setSecondFactorRequired(required: $required) {
      required
      chosen
    }
  }
`);
const START = graphql(`
  mutation TestStartTotp {
    startTotpEnrolment {
      secret
      uri
    }
  }
`);
const ENROL = graphql(`
  mutation TestEnrolTotp($code: String!) {
    enrolTotp(code: $code, label: "휴대폰") {
      recoveryCodes
      viewer {
        role
      }
    }
  }
`);
const VERIFY = graphql(`
  mutation TestVerifySecondFactor($code: String!) {
    verifySecondFactor(code: $code) {
      role
    }
  }
`);
const MINE = graphql(`
  query TestMySecondFactors {
    mySecondFactors {
      factors {
        kind
        label
      }
      recoveryCodesLeft
      required
    }
  }
`);
const RESET = graphql(`
  mutation TestResetSecondFactor($userId: ID!) {
    resetSecondFactor(userId: $userId)
  }
`);

const code = (secret: string, at = Date.now()) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: at });

describe('a second factor for the people who handle personal data', () => {
  let t: TestApp;
  let secret = '';
  let recovery: string[] = [];
  let namAdmin: Client; // signed in before the organization turned it on: that session stays whole
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const signIn = async (email: string) => {
    const c = t.client();
    const r = await c.gql(SIGN_IN, { email, password: DEMO_PASSWORD });
    expect(r.errors).toBeUndefined();
    return { c, step: r.data!.signIn.secondFactor, signIn: r.data!.signIn };
  };

  it('only an organization admin turns it on, for their own organization (staff, viewers: FORBIDDEN)', async () => {
    for (const email of ['nam.staff@lalaland.test', 'viewer@lalaland.test'])
      expect(Client.code(await (await t.as(email)).gql(POLICY, { required: true }))).toBe('FORBIDDEN');
    namAdmin = await t.as('nam.admin@lalaland.test');
    const r = await namAdmin.gql(POLICY, { required: true });
    expect(r.data!.setSecondFactorRequired).toEqual({ required: true, chosen: true });
    const [row] = await t.db.query(
      `SELECT o.short_code FROM second_factor_policy p JOIN organization o ON o.id = p.organization_id WHERE p.required`,
    );
    expect(row.short_code).toBe('NAM');
    const audit = await t.db.query(`SELECT changes FROM audit_event WHERE action = 'auth.second_factor_policy'`);
    expect(audit[0].changes).toEqual({ required: [false, true] });
  });

  it("Nam-gu's staff enrol an authenticator app at their next sign-in; until then the session acts for nobody", async () => {
    const { c, step, signIn: viewer } = await signIn('nam.staff@lalaland.test');
    expect(step).toBe('ENROL');
    expect(viewer.permissions).toEqual([]);
    expect((await c.gql(ME, {})).data!.me).toBeNull();
    expect(Client.code(await c.gql(MINE, {}))).toBe('UNAUTHENTICATED');
    // Its admin too (next sign-in); another organization's staff and a viewer of Nam-gu's streams sign in as before.
    expect((await signIn('nam.admin@lalaland.test')).step).toBe('ENROL');
    expect((await signIn('yeonje.staff@lalaland.test')).step).toBeNull();
    expect((await signIn('viewer@lalaland.test')).step).toBeNull();
    // A code is refused before the enrolment starts; then a wrong code, then the app's.
    expect(Client.code(await c.gql(VERIFY, { code: '123456' }))).toBe('SECOND_FACTOR_EXPIRED');
    const start = (await c.gql(START, {})).data!.startTotpEnrolment;
    expect(start.uri).toMatch(/^otpauth:\/\/totp\/LA-LA%20LAnd:nam\.staff%40lalaland\.test\?/);
    secret = start.secret;
    const wrong = await c.gql(ENROL, { code: code(secret, Date.now() - 10 * 60_000) });
    expect(Client.code(wrong)).toBe('SECOND_FACTOR_INVALID');
    expect(wrong.errors![0]!.message).toMatch(/인증 코드가 맞지 않습니다/);
    const enrolled = (await c.gql(ENROL, { code: code(secret) })).data!.enrolTotp;
    expect(enrolled.viewer).toEqual({ role: 'STAFF' });
    expect(enrolled.recoveryCodes).toHaveLength(10);
    expect(new Set(enrolled.recoveryCodes).size).toBe(10);
    recovery = enrolled.recoveryCodes;
    expect((await c.gql(ME, {})).data!.me).toEqual({ role: 'STAFF' });
    expect((await c.gql(MINE, {})).data!.mySecondFactors).toEqual({
      factors: [{ kind: 'TOTP', label: '휴대폰' }],
      recoveryCodesLeft: 10,
      required: true,
    });
    // Kept encrypted; the recovery codes only as hashes.
    const [f] = await t.db.query(`SELECT encode(secret, 'escape') AS s FROM second_factor`);
    expect(f.s).not.toContain(secret);
    const hashes = await t.db.query('SELECT code_hash FROM second_factor_recovery');
    expect(hashes.map((h: { code_hash: string }) => h.code_hash)).not.toContain(recovery[0]);
  });

  it('the next sign-in asks for the code: a code already used is spent, a recovery code works once', async () => {
    const first = await signIn('nam.staff@lalaland.test');
    expect(first.step).toBe('VERIFY');
    // The code that enrolled the app (this 30-second step) cannot sign in again.
    const replay = await first.c.gql(VERIFY, { code: code(secret) });
    expect(Client.code(replay)).toBe('SECOND_FACTOR_INVALID');
    expect((await first.c.gql(VERIFY, { code: recovery[0]!.toLowerCase() })).data!.verifySecondFactor).toEqual({ role: 'STAFF' });
    const again = await signIn('nam.staff@lalaland.test');
    expect(Client.code(await again.c.gql(VERIFY, { code: recovery[0]! }))).toBe('SECOND_FACTOR_INVALID');
    expect((await again.c.gql(VERIFY, { code: code(secret, Date.now() + 30_000) })).data!.verifySecondFactor).toEqual({ role: 'STAFF' });
    const steps = await t.db.query(
      `SELECT changes->'kind'->>1 AS kind FROM audit_event WHERE action = 'auth.second_factor_verified' ORDER BY occurred_at`,
    );
    expect(steps.map((s: { kind: string }) => s.kind)).toEqual(['RECOVERY', 'TOTP']);
  });

  it('five wrong codes end the pending sign-in; it starts again from the password', async () => {
    const { c } = await signIn('nam.staff@lalaland.test');
    for (let i = 0; i < 4; i++) expect(Client.code(await c.gql(VERIFY, { code: '000000' }))).toBe('SECOND_FACTOR_INVALID');
    const fifth = await c.gql(VERIFY, { code: '000000' });
    expect(Client.code(fifth)).toBe('SECOND_FACTOR_LOCKED');
    expect(Client.code(await c.gql(VERIFY, { code: code(secret, Date.now() + 60_000) }))).toBe('SECOND_FACTOR_EXPIRED');
    const refused = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.second_factor_failed'`);
    expect(refused[0].n).toBeGreaterThanOrEqual(5);
  });

  it("a lost phone: the member's own admin resets it (audited, their sessions end); other organizations' admins and staff cannot", async () => {
    const staff = await signIn('nam.staff@lalaland.test');
    const userId = staff.signIn.user.id;
    expect(Client.code(await (await t.as('yeonje.admin@lalaland.test')).gql(RESET, { userId }))).toBe('MEMBERSHIP_NOT_FOUND');
    expect(Client.code(await (await t.as('yeonje.staff@lalaland.test')).gql(RESET, { userId }))).toBe('FORBIDDEN');
    expect((await namAdmin.gql(RESET, { userId })).data!.resetSecondFactor).toBe(true);
    expect(Client.code(await staff.c.gql(VERIFY, { code: code(secret, Date.now() + 90_000) }))).toBe('SECOND_FACTOR_EXPIRED');
    const [row] = await t.db.query(`SELECT changes FROM audit_event WHERE action = 'auth.second_factor_reset'`);
    expect(row.changes).toEqual({ factors: [1, 0] });
    expect((await signIn('nam.staff@lalaland.test')).step).toBe('ENROL');
  });
});

describe('a second factor by default (production)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp([], { SECOND_FACTOR_REQUIRED: 'true' });
  });
  afterAll(() => t.close());

  it('binds platform admins and everyone who handles personal data, not viewers; an organization may turn it off', async () => {
    const step = async (email: string) =>
      (await t.client().gql(SIGN_IN, { email, password: DEMO_PASSWORD })).data!.signIn.secondFactor ?? null;
    expect(await step('admin@lalaland.test')).toBe('ENROL');
    expect(await step('saha.staff@lalaland.test')).toBe('ENROL');
    expect(await step('viewer@lalaland.test')).toBeNull();
    await t.db.query(
      `INSERT INTO second_factor_policy (organization_id, required) SELECT id, false FROM organization WHERE short_code = 'SAHA'`,
    );
    expect(await step('saha.staff@lalaland.test')).toBeNull();
  });
});
