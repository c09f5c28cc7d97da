import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A second factor for the people who handle personal data (docs/adr/0016): their authenticator apps (TOTP, the secret
 * encrypted) and passkeys (WebAuthn public keys), one-time recovery codes (SHA-256 only), an organization's choice to
 * require them, and a session's pending step (VERIFY or ENROL) with its challenge and its failed tries.
 */
export class SecondFactor1796481300000 implements MigrationInterface {
  name = 'SecondFactor1796481300000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE second_factor (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      kind varchar(8) NOT NULL CHECK (kind IN ('TOTP', 'PASSKEY')),
      label varchar(100) NOT NULL,
      secret bytea,
      credential_id text UNIQUE,
      public_key bytea,
      counter bigint NOT NULL DEFAULT 0,
      transports text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      CHECK ((kind = 'TOTP') = (secret IS NOT NULL)),
      CHECK ((kind = 'PASSKEY') = (credential_id IS NOT NULL AND public_key IS NOT NULL)))`);
    await q.query('CREATE INDEX second_factor_user_idx ON second_factor (user_id)');
    await q.query(`CREATE TABLE second_factor_recovery (
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      code_hash char(64) NOT NULL,
      used_at timestamptz,
      PRIMARY KEY (user_id, code_hash))`);
    await q.query(`CREATE TABLE second_factor_policy (
      organization_id uuid PRIMARY KEY REFERENCES organization(id) ON DELETE CASCADE,
      required boolean NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`ALTER TABLE user_session
      ADD COLUMN second_factor varchar(6),
      ADD COLUMN second_factor_challenge text,
      ADD COLUMN second_factor_failures integer NOT NULL DEFAULT 0`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE user_session DROP COLUMN second_factor, DROP COLUMN second_factor_challenge, DROP COLUMN second_factor_failures',
    );
    await q.query('DROP TABLE second_factor_policy');
    await q.query('DROP TABLE second_factor_recovery');
    await q.query('DROP TABLE second_factor');
  }
}
