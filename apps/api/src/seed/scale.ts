/* `npm run seed:scale`: adds a large, clearly marked data set to the configured database (DATABASE_URL, else the
   embedded PostgreSQL under DATA_DIR) for benchmarks: 500 programmes hosted by the 16 Gu/Gun and partners,
   5,000 sessions, 100,000 participants with consent, 100,000 enrolments and 1,000,000 attendance rows; and for the
   outcomes dashboards 10,000 employment and start-up outcomes, a satisfaction survey per programme (50,000 answers)
   and 100 multigenerational challenges with 2,000 people. The outcomes roll-ups are rebuilt once at the end (their
   triggers are off for the bulk load: one recount instead of 100,000 per-person look-ups). */
import 'reflect-metadata';
import { Client } from 'pg';
import { loadConfig } from '../core/config';
import { resolveDatabase } from '../core/database/database-url';
import { migrateAndSeed } from '../migrate';

export const SCALE = { programmes: 500, sessionsPer: 10, perProgramme: 200 };

export async function seedScale(url: string, say: (s: string) => void = console.log): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const done = await db.query("SELECT 1 FROM programme WHERE title_ko LIKE '규모 시험 과정 %' LIMIT 1");
    if (done.rowCount) {
      say('scale data already present');
      return;
    }
    const step = async (label: string, sql: string) => {
      const t = Date.now();
      const r = await db.query(sql);
      say(`  ${label.padEnd(34)} ${String(r.rowCount ?? 0).padStart(9)} rows  ${((Date.now() - t) / 1000).toFixed(1)} s`);
    };
    const started = Date.now();
    await db.query('BEGIN');
    await db.query('ALTER TABLE enrolment DISABLE TRIGGER kpi_enrolment_insert');
    await db.query('ALTER TABLE attendance DISABLE TRIGGER kpi_attendance_insert');
    // Hosts: the LA-LA LAnd members (districts, city, institute, partners), round-robin.
    await step(
      'programmes',
      `INSERT INTO programme (initiative_id, stream_id, title_ko, pillar, domain, host_organization_id, format, capacity, completion_rate, starts_on, status, is_sample)
       SELECT i.id, i.stream_id, '규모 시험 과정 ' || g, (ARRAY['LEARN','LINK','ACT'])[1 + g % 3]::pillar,
              (ARRAY['REMEDIAL','LITERACY','VOCATIONAL','LIBERAL_ARTS','CULTURE_ARTS','CIVIC'])[1 + g % 6]::education_domain,
              h.organization_id, 'ONLINE', ${SCALE.perProgramme}, 80, DATE '2025-04-01' + (g % 200), 'RUNNING', true
         FROM generate_series(1, ${SCALE.programmes}) g
         JOIN initiative i ON i.code = 'LALALAND'
         JOIN LATERAL (SELECT organization_id, row_number() OVER (ORDER BY organization_id) AS n, count(*) OVER () AS c FROM stream_member WHERE stream_id = i.stream_id) h ON h.n = 1 + g % h.c`,
    );
    await db.query(
      `CREATE TEMP TABLE scale_p AS SELECT id, host_organization_id AS org, row_number() OVER (ORDER BY id) AS n, starts_on FROM programme WHERE title_ko LIKE '규모 시험 과정 %'`,
    );
    await step(
      'sessions',
      `INSERT INTO programme_session (programme_id, starts_at, ends_at, online_url, check_in_code)
       SELECT p.id, (p.starts_on + s * 7)::timestamp AT TIME ZONE 'Asia/Seoul' + interval '10 hours', (p.starts_on + s * 7)::timestamp AT TIME ZONE 'Asia/Seoul' + interval '12 hours',
              'https://meet.example.test/scale', 'Z' || upper(lpad(to_hex(((p.n - 1) * ${SCALE.sessionsPer} + s)::int), 5, '0'))
         FROM scale_p p, generate_series(0, ${SCALE.sessionsPer - 1}) s`,
    );
    await step(
      'participants',
      `INSERT INTO participant (organization_id, pseudonym_key, name, birth_year, gender, district_code, is_sample)
       SELECT p.org, 'S' || lpad(((p.n - 1) * ${SCALE.perProgramme} + k)::text, 7, '0'), '시험참여자' || ((p.n - 1) * ${SCALE.perProgramme} + k), 1940 + (k * 7 + p.n) % 68,
              (ARRAY['FEMALE','MALE']::gender[])[1 + k % 2], '26380', true
         FROM scale_p p, generate_series(1, ${SCALE.perProgramme}) k`,
    );
    await step(
      'consents',
      `INSERT INTO consent (participant_id, organization_id, purpose, items, retention_until, given_at, method)
       SELECT id, organization_id, 'PROGRAMME_OPERATION', '{NAME,BIRTH_YEAR,GENDER,DISTRICT}', DATE '2028-12-31', now(), 'WRITTEN' FROM participant WHERE pseudonym_key LIKE 'S%' AND is_sample`,
    );
    await step(
      'enrolments',
      `INSERT INTO enrolment (programme_id, participant_id, organization_id, status, age_band, district_code, applied_at, status_changed_at, is_sample)
       SELECT p.id, pt.id, p.org, 'ENROLLED',
              CASE WHEN 2025 - pt.birth_year < 20 THEN 'UNDER_20' WHEN 2025 - pt.birth_year < 40 THEN 'AGE_20_39' WHEN 2025 - pt.birth_year < 65 THEN 'AGE_40_64' ELSE 'AGE_65_PLUS' END::age_band,
              pt.district_code, (p.starts_on - 7)::timestamp AT TIME ZONE 'Asia/Seoul', (p.starts_on - 7)::timestamp AT TIME ZONE 'Asia/Seoul', true
         FROM scale_p p JOIN participant pt ON pt.pseudonym_key BETWEEN 'S' || lpad(((p.n - 1) * ${SCALE.perProgramme} + 1)::text, 7, '0') AND 'S' || lpad((p.n * ${SCALE.perProgramme})::text, 7, '0')`,
    );
    await step(
      'attendance',
      `INSERT INTO attendance (session_id, enrolment_id, status, minutes, marked_at)
       SELECT s.id, e.id, CASE WHEN abs(hashtext(e.id::text || s.id::text)) % 10 < 8 THEN 'PRESENT' WHEN abs(hashtext(e.id::text || s.id::text)) % 10 = 8 THEN 'LATE' ELSE 'ABSENT' END::attendance_status,
              CASE WHEN abs(hashtext(e.id::text || s.id::text)) % 10 < 9 THEN 120 ELSE 0 END, now()
         FROM scale_p p JOIN programme_session s ON s.programme_id = p.id JOIN enrolment e ON e.programme_id = p.id`,
    );
    await step(
      'outcomes',
      `INSERT INTO outcome (participant_id, organization_id, kind, employment_type, occurred_on, source)
       SELECT pt.id, pt.organization_id, CASE WHEN n % 4 = 0 THEN 'STARTED_BUSINESS' ELSE 'EMPLOYED' END::outcome_kind,
              CASE WHEN n % 4 = 0 THEN NULL ELSE 'FULL_TIME' END::employment_type, DATE '2025-06-01' + (n % 180)::int, 'SELF_REPORTED'
         FROM (SELECT id, organization_id, row_number() OVER (ORDER BY id) AS n FROM participant WHERE pseudonym_key LIKE 'S%' AND is_sample) pt WHERE pt.n <= 10000`,
    );
    await step(
      'surveys',
      `INSERT INTO survey (programme_id, response_count, answered_count, item_sums) SELECT id, 100, 100, ARRAY[(420 + n % 60)::int, 410, 430, 400, 415] FROM scale_p`,
    );
    await step(
      'survey answers',
      `INSERT INTO survey_response (survey_id, answered_on, channel, scores, published)
       SELECT s.id, DATE '2025-10-01', 'ONLINE', ARRAY[4, 4, 4, 4, 4]::smallint[], true FROM survey s JOIN scale_p p ON p.id = s.programme_id, generate_series(1, 100)`,
    );
    await step(
      'challenges',
      `INSERT INTO activity (organization_id, stream_id, kind, title, starts_on)
       SELECT p.org, i.stream_id, 'CHALLENGE', '규모 시험 세대공감 챌린지 ' || p.n, DATE '2025-05-01' FROM scale_p p JOIN initiative i ON i.code = 'LALALAND' WHERE p.n <= 100`,
    );
    await step(
      'challenge participants',
      `INSERT INTO activity_participant (activity_id, participant_id, age_band, hours, joined_at)
       SELECT a.id, e.participant_id, e.age_band, 2, TIMESTAMPTZ '2025-05-10 10:00+09'
         FROM activity a JOIN scale_p p ON a.title = '규모 시험 세대공감 챌린지 ' || p.n
         JOIN LATERAL (SELECT participant_id, age_band FROM enrolment WHERE programme_id = p.id ORDER BY id LIMIT 20) e ON true`,
    );
    await db.query('ALTER TABLE enrolment ENABLE TRIGGER kpi_enrolment_insert');
    await db.query('ALTER TABLE attendance ENABLE TRIGGER kpi_attendance_insert');
    await step('outcomes roll-ups (one recount)', 'SELECT kpi_rebuild()');
    await db.query('COMMIT');
    await db.query('ANALYZE');
    say(`scale data added in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await db.end();
  }
}

async function main() {
  const config = loadConfig();
  const { ownerUrl: url, embedded } = await resolveDatabase(config, console.log);
  try {
    await migrateAndSeed(url, true, config);
    await seedScale(url);
  } finally {
    await embedded?.stop();
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
