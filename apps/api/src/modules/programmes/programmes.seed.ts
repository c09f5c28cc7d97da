import type { EntityManager } from 'typeorm';
import { seoulInstant } from '@lalaland/shared';
import { randomCode } from '../../core/random-code';
import { seriesDates } from './session-times';
import { SEED_INITIATIVES, SEED_INSTRUCTORS, SEED_PROGRAMMES, SEED_VENUES, SEED_YEONJE_FIELDS } from './demo-programmes';
import { FUNDING_STREAMS } from '../funding';
import { ORGANIZATIONS } from '../organizations';

/**
 * Learn's demo programmes, once (when the LA-LA LAnd initiative does not exist yet): initiatives, Yeonje-gu's fields,
 * venues, instructors, and programmes with their weekly sessions. Every generated row is marked sample. The people,
 * enrolments and attendance are the participants' and enrolments' seeds.
 */
export async function seedProgrammes(em: EntityManager): Promise<void> {
  const done: unknown[] = await em.query("SELECT 1 FROM initiative WHERE code = 'LALALAND'");
  if (done.length) return;
  const org = async (short: string) =>
    ((await em.query(`SELECT id FROM ${ORGANIZATIONS} o WHERE short_code = $1`, [short])) as Array<{ id: string }>)[0]!.id;
  const streamOf = async (code: string) =>
    ((await em.query(`SELECT id FROM ${FUNDING_STREAMS} s WHERE code = $1`, [code])) as Array<{ id: string }>)[0]?.id;

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

  const keys = new Map<string, string>();
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

    if (s.sessions) {
      const t = s.sessions;
      const yeonjeSlot = s.initiative === 'YEONJE-DX' ? index : -1; // Yeonje's classes share a room: stagger their hours
      const start = yeonjeSlot >= 0 ? `${String(9 + (yeonjeSlot % 4) * 2).padStart(2, '0')}:00` : t.start;
      const end = yeonjeSlot >= 0 ? `${String(11 + (yeonjeSlot % 4) * 2).padStart(2, '0')}:00` : t.end;
      for (const d of seriesDates(t.first, t.weekdays, t.count)) {
        await em.query(
          `INSERT INTO programme_session (programme_id, starts_at, ends_at, venue_id, online_url, instructor_id, check_in_code) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            programmeId,
            seoulInstant(d, start),
            seoulInstant(d, end),
            t.venue === null ? null : venues[t.venue],
            t.venue === null ? 'https://meet.example.test/lalaland' : null,
            t.instructor ? instructors.get(t.instructor) : null,
            randomCode(6),
          ],
        );
      }
    }
  }
}
