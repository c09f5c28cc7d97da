/* `npm run seed:scale`: adds a large, clearly marked data set to the configured database (DATABASE_URL, else the
   embedded PostgreSQL under DATA_DIR) for benchmarks: 500 programmes hosted by the 16 Gu/Gun and partners,
   5,000 sessions, 100,000 participants with consent, 100,000 enrolments and 1,000,000 attendance rows. */
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
    await db.query(`CREATE TEMP TABLE scale_p AS SELECT id, host_organization_id AS org, row_number() OVER (ORDER BY id) AS n, starts_on FROM programme WHERE title_ko LIKE '규모 시험 과정 %'`);
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
              pt.district_code, now(), now(), true
         FROM scale_p p JOIN participant pt ON pt.pseudonym_key BETWEEN 'S' || lpad(((p.n - 1) * ${SCALE.perProgramme} + 1)::text, 7, '0') AND 'S' || lpad((p.n * ${SCALE.perProgramme})::text, 7, '0')`,
    );
    await step(
      'attendance',
      `INSERT INTO attendance (session_id, enrolment_id, status, minutes, marked_at)
       SELECT s.id, e.id, CASE WHEN abs(hashtext(e.id::text || s.id::text)) % 10 < 8 THEN 'PRESENT' WHEN abs(hashtext(e.id::text || s.id::text)) % 10 = 8 THEN 'LATE' ELSE 'ABSENT' END::attendance_status,
              CASE WHEN abs(hashtext(e.id::text || s.id::text)) % 10 < 9 THEN 120 ELSE 0 END, now()
         FROM scale_p p JOIN programme_session s ON s.programme_id = p.id JOIN enrolment e ON e.programme_id = p.id`,
    );
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
