import { EntityManager } from 'typeorm';
import { ageBandOf, seoulInstant } from '@lalaland/shared';
import { RequestContext } from '../core/context/request-context';
import { PiiCipher } from '../modules/participants';
import { seriesDates, Programme } from '../modules/programmes';
import { EnrolmentRules } from '../modules/enrolments';
import type { Transactions } from '../core/database/transaction';
import { randomCode } from '../core/random-code';
import {
  FAMILY_NAMES,
  GIVEN_NAMES,
  SEED_INITIATIVES,
  SEED_INSTRUCTORS,
  SEED_PROGRAMMES,
  SEED_VENUES,
  SEED_YEONJE_FIELDS,
} from './learn-data';

/** Small deterministic generator, so every fresh database gets the same demo people. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DISTRICT_OF: Record<string, string> = { NAM: '26290', YEONJE: '26470', SAHA: '26380', BWFLE: '26230' };
const PEOPLE_PER_HOST = 45;

/**
 * Learn demo data, once (when the LA-LA LAnd initiative does not exist yet): initiatives, Yeonje-gu's fields, venues,
 * instructors, programmes with weekly sessions, participants of several generations with consent, enrolments,
 * attendance, and completions with certificates. Every generated row is marked sample.
 */
export async function seedLearn(em: EntityManager, cipher: PiiCipher, rules: EnrolmentRules, tx: Transactions): Promise<void> {
  const done: unknown[] = await em.query("SELECT 1 FROM initiative WHERE code = 'LALALAND'");
  if (done.length) return;
  const org = async (short: string) =>
    ((await em.query('SELECT id FROM organization WHERE short_code = $1', [short])) as Array<{ id: string }>)[0]!.id;
  const streamOf = async (code: string) =>
    ((await em.query('SELECT id FROM funding_stream WHERE code = $1', [code])) as Array<{ id: string }>)[0]?.id;

  const initiatives = new Map<string, { id: string; streamId: string }>();
  for (const i of SEED_INITIATIVES) {
    const streamId = await streamOf(i.stream);
    if (!streamId) return; // funding not seeded (should not happen)
    const [row] = (await em.query('INSERT INTO initiative (stream_id, code, name_ko, name_en) VALUES ($1, $2, $3, $4) RETURNING id', [
      streamId,
      i.code,
      i.nameKo,
      i.nameEn,
    ])) as Array<{ id: string }>;
    initiatives.set(i.code, { id: row!.id, streamId });
  }
  const yeonje = initiatives.get('YEONJE-DX')!.streamId;
  const fields = new Map<string, string>();
  for (const [n, [code, ko, en]] of SEED_YEONJE_FIELDS.entries()) {
    const [row] = (await em.query(
      'INSERT INTO stream_field (stream_id, code, name_ko, name_en, sort_order) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [yeonje, code, ko, en, n + 1],
    )) as Array<{
      id: string;
    }>;
    fields.set(code, row!.id);
  }
  const venues: string[] = [];
  for (const [short, name, address, capacity] of SEED_VENUES) {
    const [row] = (await em.query(
      'INSERT INTO venue (organization_id, name, address, capacity, is_sample) VALUES ($1, $2, $3, $4, true) RETURNING id',
      [await org(short), name, address, capacity],
    )) as Array<{ id: string }>;
    venues.push(row!.id);
  }
  const instructors = new Map<string, string>();
  for (const [stream, short, name, subjects, districts] of SEED_INSTRUCTORS) {
    const [row] = (await em.query(
      'INSERT INTO instructor (stream_id, organization_id, name, fields, districts, is_sample) VALUES ($1, $2, $3, $4, $5, true) RETURNING id',
      [await streamOf(stream), await org(short), name, subjects, districts],
    )) as Array<{ id: string }>;
    instructors.set(name.split(' ')[0]!, row!.id);
  }

  // Participants of several generations, registered by each host with consent.
  const rnd = prng(2025);
  const people = new Map<string, string[]>();
  for (const short of ['NAM', 'YEONJE', 'SAHA', 'BWFLE']) {
    const orgId = await org(short);
    const ids: string[] = [];
    for (let n = 0; n < PEOPLE_PER_HOST; n++) {
      const name = FAMILY_NAMES[Math.floor(rnd() * FAMILY_NAMES.length)]! + GIVEN_NAMES[Math.floor(rnd() * GIVEN_NAMES.length)]!;
      const birthYear = 1940 + Math.floor(rnd() * 68);
      const phone = `010${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`;
      const key = `P${randomCode(7)}`;
      const [row] = (await em.query(
        `INSERT INTO participant (organization_id, pseudonym_key, name, phone_encrypted, phone_hash, birth_year, gender, district_code, is_sample)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true) RETURNING id`,
        [
          orgId,
          key,
          name,
          cipher.encrypt(phone, key),
          cipher.hash(phone),
          birthYear,
          rnd() < 0.62 ? 'FEMALE' : 'MALE',
          rnd() < 0.85 ? DISTRICT_OF[short] : '26260',
        ],
      )) as Array<{ id: string }>;
      await em.query(
        `INSERT INTO consent (participant_id, organization_id, purpose, items, retention_until, given_at, method) VALUES ($1, $2, 'PROGRAMME_OPERATION', '{NAME,PHONE,BIRTH_YEAR,GENDER,DISTRICT}', DATE '2028-12-31', TIMESTAMPTZ '2025-04-01 10:00+09', 'WRITTEN')`,
        [row!.id, orgId],
      );
      ids.push(row!.id);
    }
    people.set(short, ids);
  }

  const keys = new Map<string, string>();
  const ctx = RequestContext.system('seed');
  for (const [index, s] of SEED_PROGRAMMES.entries()) {
    const initiative = initiatives.get(s.initiative)!;
    const hostId = await org(s.host);
    const [row] = (await em.query(
      `INSERT INTO programme (initiative_id, stream_id, parent_id, title_ko, title_en, pillar, domain, field_id, host_organization_id, target_audience, age_bands, format, capacity,
                              target_participants, target_completions, completion_rate, starts_on, ends_on, status, is_sample)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::age_band[], $12, $13, $14, $15, 80, $16, $17, $18, true) RETURNING id`,
      [
        initiative.id,
        initiative.streamId,
        s.parent ? keys.get(s.parent) : null,
        s.titleKo,
        s.titleEn,
        s.pillar,
        s.domain,
        s.field ? fields.get(s.field) : null,
        hostId,
        s.audience,
        s.ageBands,
        s.format,
        s.capacity,
        s.targets[0],
        s.targets[1],
        s.sessions?.first ?? '2025-04-01',
        '2026-02-28',
        s.status,
      ],
    )) as Array<{ id: string }>;
    const programmeId = row!.id;
    keys.set(s.key, programmeId);
    for (const c of s.cohosts ?? [])
      await em.query('INSERT INTO programme_cohost (programme_id, organization_id) VALUES ($1, $2)', [programmeId, await org(c)]);

    const sessionIds: Array<{ id: string; minutes: number }> = [];
    if (s.sessions) {
      const t = s.sessions;
      const yeonjeSlot = s.initiative === 'YEONJE-DX' ? index : -1; // Yeonje's classes share a room: stagger their hours
      const start = yeonjeSlot >= 0 ? `${String(9 + (yeonjeSlot % 4) * 2).padStart(2, '0')}:00` : t.start;
      const end = yeonjeSlot >= 0 ? `${String(11 + (yeonjeSlot % 4) * 2).padStart(2, '0')}:00` : t.end;
      for (const d of seriesDates(t.first, t.weekdays, t.count)) {
        const [sr] = (await em.query(
          `INSERT INTO programme_session (programme_id, starts_at, ends_at, venue_id, online_url, instructor_id, check_in_code) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [
            programmeId,
            seoulInstant(d, start),
            seoulInstant(d, end),
            t.venue === null ? null : venues[t.venue],
            t.venue === null ? 'https://meet.example.test/lalaland' : null,
            t.instructor ? instructors.get(t.instructor) : null,
            randomCode(6),
          ],
        )) as Array<{ id: string }>;
        sessionIds.push({ id: sr!.id, minutes: (Date.parse(`2025-01-01T${end}:00Z`) - Date.parse(`2025-01-01T${start}:00Z`)) / 60000 });
      }
    }

    const roster = (people.get(s.host) ?? []).slice((index * 7) % 10, ((index * 7) % 10) + (s.enrol ?? 0));
    const enrolled: string[] = [];
    for (const [n, participantId] of roster.entries()) {
      const [p] = (await em.query('SELECT birth_year, district_code FROM participant WHERE id = $1', [participantId])) as Array<{
        birth_year: number;
        district_code: string | null;
      }>;
      const status = s.status === 'APPROVED' ? 'APPLIED' : n < s.capacity ? 'ENROLLED' : 'WAITLISTED';
      const [er] = (await em.query(
        `INSERT INTO enrolment (programme_id, participant_id, organization_id, status, age_band, district_code, applied_at, status_changed_at, is_sample)
         VALUES ($1, $2, $3, $4, $5, $6, TIMESTAMPTZ '2025-04-15 09:00+09' + make_interval(mins => $7), now(), true) RETURNING id`,
        [programmeId, participantId, hostId, status, ageBandOf(p!.birth_year, 2025), p!.district_code, n],
      )) as Array<{ id: string }>;
      if (status === 'ENROLLED') enrolled.push(er!.id);
    }

    // Attendance of every session that has ended: mostly present, some late, excused or absent.
    const past = sessionIds.filter((_, n) => s.status === 'COMPLETED' || n < Math.ceil(sessionIds.length * 0.6));
    for (const session of past) {
      const marks = enrolled.map(() => {
        const r = rnd();
        return r < 0.82 ? 'PRESENT' : r < 0.88 ? 'LATE' : r < 0.92 ? 'EXCUSED' : 'ABSENT';
      });
      await em.query(
        `INSERT INTO attendance (session_id, enrolment_id, status, minutes, marked_at) SELECT $1, x.e, x.s, CASE WHEN x.s IN ('PRESENT', 'LATE') THEN $4 ELSE 0 END, now()
           FROM unnest($2::uuid[], $3::attendance_status[]) AS x(e, s)`,
        [session.id, enrolled, marks, session.minutes],
      );
    }
    if (s.status === 'COMPLETED') {
      const programme = await em.findOneByOrFail(Programme, { id: programmeId });
      await tx.within(ctx, em, () => rules.complete(ctx, em, programme));
      // The sample year's results are dated the day the programme ended (its last session), not the day of seeding.
      await em.query(
        `UPDATE enrolment SET status_changed_at = (SELECT max(ends_at) FROM programme_session WHERE programme_id = $1) WHERE programme_id = $1 AND status IN ('COMPLETED', 'NOT_COMPLETED')`,
        [programmeId],
      );
    }
  }
}
