import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The citizen's own space: sign-in by a code texted to their phone (no password), short sessions, and their requests
 * under PIPA (열람·정정·삭제·처리정지) with each holding organization's answer and the legal deadline.
 */
export class CitizenSpace1796482100000 implements MigrationInterface {
  name = 'CitizenSpace1796482100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE citizen_session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      token_hash char(64) NOT NULL CONSTRAINT citizen_session_token_key UNIQUE,
      phone_hash char(64) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      ended_at timestamptz)`);
    await q.query(`CREATE TABLE citizen_sign_in (
      id uuid PRIMARY KEY,
      phone_hash char(64) NOT NULL,
      phone_encrypted varchar(300) NOT NULL,
      code_hash char(64),
      attempts smallint NOT NULL DEFAULT 0,
      next_path varchar(200),
      change_for_session uuid REFERENCES citizen_session(id) ON DELETE CASCADE,
      expires_at timestamptz NOT NULL,
      confirmed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query('CREATE INDEX citizen_sign_in_expiry_idx ON citizen_sign_in (expires_at)');
    await q.query(`CREATE TABLE privacy_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      number integer GENERATED ALWAYS AS IDENTITY CONSTRAINT privacy_request_number_key UNIQUE,
      kind varchar(10) NOT NULL CONSTRAINT privacy_request_kind_check CHECK (kind IN ('SEE', 'CORRECT', 'DELETE', 'STOP')),
      detail varchar(1000),
      channel varchar(10) NOT NULL CONSTRAINT privacy_request_channel_check CHECK (channel IN ('ONLINE', 'IN_PERSON', 'PHONE')),
      recorded_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      due_on date NOT NULL)`);
    await q.query(`CREATE TABLE privacy_request_answer (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL REFERENCES privacy_request(id) ON DELETE CASCADE,
      organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      participant_id uuid NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
      status varchar(10) NOT NULL DEFAULT 'PENDING' CONSTRAINT privacy_request_answer_status_check CHECK (status IN ('PENDING', 'DONE', 'PARTLY', 'REFUSED')),
      answer varchar(1000),
      legal_basis varchar(200),
      answered_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
      answered_at timestamptz,
      CONSTRAINT privacy_request_answer_person_key UNIQUE (request_id, participant_id))`);
    await q.query('CREATE INDEX privacy_request_answer_org_idx ON privacy_request_answer (organization_id, status)');
    await q.query('CREATE INDEX privacy_request_answer_participant_idx ON privacy_request_answer (participant_id)');
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE privacy_request_answer');
    await q.query('DROP TABLE privacy_request');
    await q.query('DROP TABLE citizen_session');
    await q.query('DROP TABLE citizen_sign_in');
  }
}
