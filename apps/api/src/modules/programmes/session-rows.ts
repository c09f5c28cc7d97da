import { DataSource } from 'typeorm';
import { RequestContext, groupByIds } from '../../core/context/request-context';
import { ProgrammeSession } from './programme-session.entity';
import type { Programme } from './programme.entity';

/*
 * Sessions as plain rows, not hydrated entities: a list of 50 programmes carries 500 sessions, and entity hydration
 * cost more than the query. One column list serves the batched loader and the programme list's single statement.
 */
export const SESSION_COLUMNS: ReadonlyArray<readonly [keyof ProgrammeSession, string]> = [
  ['id', 'id'],
  ['createdAt', 'created_at'],
  ['updatedAt', 'updated_at'],
  ['programmeId', 'programme_id'],
  ['title', 'title'],
  ['startsAt', 'starts_at'],
  ['endsAt', 'ends_at'],
  ['venueId', 'venue_id'],
  ['onlineUrl', 'online_url'],
  ['instructorId', 'instructor_id'],
  ['seriesId', 'series_id'],
  ['checkInCode', 'check_in_code'],
  ['cancelledAt', 'cancelled_at'],
];
const TIMES = ['createdAt', 'updatedAt', 'startsAt', 'endsAt', 'cancelledAt'] as const;

/** Sessions per programme id, in time order: one query for every programme of a list (or primed by that list). */
export function sessionsByProgramme(ctx: RequestContext, db: DataSource) {
  return ctx.loader<ProgrammeSession[]>('session.byProgramme', async (ids) => {
    const rows: ProgrammeSession[] = await db.query(
      `SELECT ${SESSION_COLUMNS.map(([prop, col]) => `${col} AS "${prop}"`).join(', ')} FROM programme_session WHERE programme_id = ANY($1::uuid[]) ORDER BY starts_at, id`,
      [[...ids]],
    );
    return groupByIds(ids, rows, (r) => r.programmeId);
  });
}

/* The programme list fetches its sessions in its own statement, as one compact JSON array per programme, with only
   the columns the query asks for (plus what the session's relations need); timestamps travel as epoch milliseconds. */
const ALWAYS: ReadonlyArray<keyof ProgrammeSession> = ['id', 'startsAt', 'endsAt', 'venueId', 'instructorId'];
/* Kept on the programme object itself: a WeakMap keyed by per-request objects makes them survive young-generation GC
   (measured: scavenges of ~30 ms instead of ~3 under load). */
const PREFETCHED = Symbol('prefetchedSessions');
type WithPrefetched = { [PREFETCHED]?: { props: ReadonlySet<string>; rows: ProgrammeSession[] } };

/** The session columns to fetch for the GraphQL fields a query selects on sessions. */
export function sessionProps(selected: ReadonlySet<string>): Array<keyof ProgrammeSession> {
  return SESSION_COLUMNS.filter(([prop]) => prop !== 'programmeId' && (ALWAYS.includes(prop) || selected.has(prop))).map(([prop]) => prop);
}

/** SQL: the sessions of the programme aliased `alias`, in time order, as one JSON array of arrays of `props`. */
export function sessionsJson(alias: string, props: ReadonlyArray<keyof ProgrammeSession>): string {
  const col = new Map(SESSION_COLUMNS);
  const values = props.map((prop) =>
    (TIMES as readonly string[]).includes(prop) ? `(extract(epoch FROM s.${col.get(prop)}) * 1000)::float8` : `s.${col.get(prop)}`,
  );
  return `(SELECT COALESCE(json_agg(json_build_array(${values.join(', ')}) ORDER BY s.starts_at, s.id), '[]') FROM programme_session s WHERE s.programme_id = ${alias}.id)`;
}

/** Keeps the sessions fetched with a programme, for its `sessions` field to use when they carry what it selects. */
export function prefetchSessions(programme: { id: string }, props: ReadonlyArray<keyof ProgrammeSession>, arrays: unknown[][]): void {
  const rows = arrays.map((values) => {
    const row: Record<string, unknown> = { programmeId: programme.id };
    props.forEach(
      (prop, i) =>
        (row[prop] = (TIMES as readonly string[]).includes(prop) && values[i] !== null ? new Date(values[i] as number) : values[i]),
    );
    return row as unknown as ProgrammeSession;
  });
  (programme as WithPrefetched)[PREFETCHED] = { props: new Set(props), rows };
}

/** The prefetched sessions of a programme, if they carry every field selected; otherwise undefined. */
export function prefetchedSessions(programme: object, selected: ReadonlySet<string>): ProgrammeSession[] | undefined {
  const hit = (programme as WithPrefetched)[PREFETCHED];
  if (!hit) return undefined;
  for (const field of selected) if (SESSION_COLUMNS.some(([prop]) => prop === field) && !hit.props.has(field)) return undefined;
  return hit.rows;
}

const VISIBLE_PROGRAMME = Symbol('visibleProgramme');
type WithVisibleProgramme = { [VISIBLE_PROGRAMME]?: Programme };

/** A session read through the programme rule carries its programme as checked (set only where that rule filtered the query). */
export function markVisible(session: ProgrammeSession, programme: Programme): void {
  (session as WithVisibleProgramme)[VISIBLE_PROGRAMME] = programme;
}

/** The session's programme when the query that read the session already applied the programme rule; else undefined. */
export function visibleProgrammeOf(session: ProgrammeSession): Programme | undefined {
  return (session as WithVisibleProgramme)[VISIBLE_PROGRAMME];
}
