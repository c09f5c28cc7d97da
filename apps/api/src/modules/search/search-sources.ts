import { Permission, SEARCH_KINDS, type SearchKind } from '@lalaland/shared';
import type { AccessPolicy } from '../../core/access/access-policy';
import type { RequestContext } from '../../core/context/request-context';
import { PROGRAMME_ACCESS, VENUE_ACCESS } from '../programmes';
import { TASK_ACCESS } from '../tasks';
import { ANNOUNCEMENT_ACCESS } from '../announcements';
import { MEETING_ACCESS } from '../meetings';
import { ACTIVITY_ACCESS } from '../activities';
import { OPENING_ACCESS } from '../openings';
import { PARTICIPANT_ACCESS } from '../participants';
import { MENTOR_ACCESS } from '../mentors';
import { REFERRAL_ACCESS } from '../referrals';

export { SEARCH_KINDS, type SearchKind };

/**
 * What one source is given: the caller, the SQL of its module's access rule for an alias, and the query's parameters:
 * `$1` the words (their bigrams are looked up in the index), `$2` the words as ILIKE patterns (each must occur), `$3` the
 * whole query lower-cased, `$4` it as a prefix pattern, `$5` a pseudonymous key (or null).
 */
export interface SourceScope {
  ctx: RequestContext;
  visible(policy: AccessPolicy, alias: string): string;
  capability(policy: AccessPolicy, alias: string, name: string): string;
  bind(value: unknown): string;
  key: string | null;
}

/** Text found through the bigram index (the same expression as the index of migration SearchGrams), every word checked. */
export const matches = (text: string) => `(search_grams(${text}) @> search_grams($1) AND (${text}) ILIKE ALL($2::text[]))`;
/** Exact title, title starting with the query, every word in the title, words found elsewhere only. */
const rank = (title: string) =>
  `CASE WHEN lower(${title}) = $3 THEN 3 WHEN lower(${title}) LIKE $4 THEN 2 WHEN ${title} ILIKE ALL($2::text[]) THEN 1 ELSE 0 END`;

/** One part of the search: its rows' kind, id, title, detail, link, time and rank, or null where the caller may not look. */
type Source = (s: SourceScope) => string | null;

/** A hit's columns; `person` names the participant whose name the title shows (a logged read), else NULL. */
const recordOf = (kind: SearchKind, alias: string, title: string, detail: string, link: string, at: string, person = 'NULL::uuid') =>
  `SELECT '${kind}'::text AS kind, ${alias}.id, ${title} AS title, ${detail} AS detail, ${link} AS link, ${at} AS at, ${person} AS person, ${rank(title)} AS rank`;

const orgName = (column: string) => `(SELECT o.name_ko FROM organization o WHERE o.id = ${column})`;

/**
 * Each module's records, filtered by the module's own access rule. People are found only where the caller works with
 * personal data: a participant by name in the organization holding them, by pseudonymous key wherever the caller meets
 * them (a referral, a mentor shared across a stream). A referral's documents from the other side are personal data
 * shared under a consent that may be withdrawn: their names are found on the referral's page, never by search.
 */
export const SOURCES: Record<SearchKind, Source> = {
  PROGRAMME: (
    s,
  ) => `${recordOf('PROGRAMME', 'p', 'p.title_ko', orgName('p.host_organization_id'), `'/programmes/' || p.id`, `(p.starts_on::timestamp AT TIME ZONE 'Asia/Seoul')`)}
      FROM programme p
     WHERE ${matches(`p.title_ko || ' ' || coalesce(p.title_en, '') || ' ' || coalesce(p.description, '')`)} AND ${s.visible(PROGRAMME_ACCESS, 'p')}`,
  PARTICIPANT: (s) => {
    if (!s.ctx.permissions.has(Permission.ParticipantManage)) return null;
    return `${recordOf('PARTICIPANT', 'x', 'x.name', 'x.pseudonym_key', `'/participants/' || x.id`, 'x.created_at', 'x.id')}
      FROM participant x
     WHERE ${s.key ? `x.pseudonym_key = $5` : matches('x.name')} AND ${s.visible(PARTICIPANT_ACCESS, 'x')}`;
  },
  MENTOR: (s) => {
    const named = s.ctx.permissions.has(Permission.ParticipantManage) ? s.capability(MENTOR_ACCESS, 'm', 'held') : 'false';
    const found = s.key
      ? `mp.pseudonym_key = $5`
      : `((${named}) AND ${matches('mp.name')}) OR array_to_string(m.skills, ' ') ILIKE ALL($2::text[])`;
    return `${recordOf('MENTOR', 'm', `CASE WHEN ${named} THEN mp.name ELSE mp.pseudonym_key END`, `array_to_string(m.skills, ', ')`, `'/mentors/' || m.id`, 'm.created_at', `CASE WHEN ${named} THEN mp.id END`)}
      FROM mentor m JOIN participant mp ON mp.id = m.participant_id
     WHERE (${found}) AND ${s.visible(MENTOR_ACCESS, 'm')}`;
  },
  REFERRAL: (s) => {
    if (!s.key || !s.ctx.permissions.has(Permission.ParticipantManage)) return null;
    return `${recordOf('REFERRAL', 'r', `${orgName('r.from_organization_id')} || ' → ' || ${orgName('r.to_organization_id')}`, 'rp.pseudonym_key', `'/referrals/' || r.id`, 'r.created_at')}
      FROM referral r JOIN participant rp ON rp.id = r.participant_id
     WHERE rp.pseudonym_key = $5 AND ${s.visible(REFERRAL_ACCESS, 'r')}`;
  },
  ACTIVITY: (
    s,
  ) => `${recordOf('ACTIVITY', 'a', 'a.title', orgName('a.organization_id'), `'/activities/' || a.id`, `(a.starts_on::timestamp AT TIME ZONE 'Asia/Seoul')`)}
      FROM activity a
     WHERE ${matches(`a.title || ' ' || coalesce(a.description, '')`)} AND ${s.visible(ACTIVITY_ACCESS, 'a')}`,
  OPENING: (s) => `${recordOf('OPENING', 'op', 'op.title', orgName('op.organization_id'), `'/openings'`, 'op.created_at')}
      FROM opening op
     WHERE ${matches(`op.title || ' ' || coalesce(op.description, '')`)} AND ${s.visible(OPENING_ACCESS, 'op')}`,
  VENUE: (s) => `${recordOf('VENUE', 'v', 'v.name', `coalesce(v.address, ${orgName('v.organization_id')})`, `'/places'`, 'v.created_at')}
      FROM venue v
     WHERE ${matches(`v.name || ' ' || coalesce(v.address, '')`)} AND ${s.visible(VENUE_ACCESS, 'v')}`,
  ANNOUNCEMENT: (
    s,
  ) => `${recordOf('ANNOUNCEMENT', 'an', 'an.title', orgName('an.organization_id'), `'/announcements/' || an.id`, 'an.created_at')}
      FROM announcement an
     WHERE ${matches(`an.title || ' ' || an.body`)} AND ${s.visible(ANNOUNCEMENT_ACCESS, 'an')}`,
  TASK: (s) => `${recordOf('TASK', 't', 't.title', 'NULL', `'/tasks/' || t.id`, 't.created_at')}
      FROM task t
     WHERE ${matches(`t.title || ' ' || coalesce(t.description, '')`)} AND ${s.visible(TASK_ACCESS, 't')}`,
  MEETING: (s) => `${recordOf('MEETING', 'mt', 'mt.title', 'NULL', `'/meetings/' || mt.id`, 'mt.starts_at')}
      FROM meeting mt
     WHERE ${matches(`mt.title || ' ' || coalesce(mt.minutes, '')`)} AND ${s.visible(MEETING_ACCESS, 'mt')}`,
  DOCUMENT: (s) => {
    // Of a record the caller sees through its rule, or uploaded by the caller's organization (its expenditures' receipts).
    const own = s.ctx.activeOrganizationId ? `d.organization_id = ${s.bind(s.ctx.activeOrganizationId)}` : 'false';
    const of = (type: string, table: string, policy: AccessPolicy) =>
      `(d.record_type = '${type}' AND EXISTS (SELECT 1 FROM ${table} x2 WHERE x2.id = d.record_id AND ${s.visible(policy, 'x2')}))`;
    return `${recordOf('DOCUMENT', 'd', 'd.name', 'NULL', `'/documents/' || d.id`, 'd.created_at')}
      FROM document d
     WHERE ${matches('d.name')} AND (${own} OR ${of('TASK', 'task', TASK_ACCESS)} OR ${of('ANNOUNCEMENT', 'announcement', ANNOUNCEMENT_ACCESS)}
        OR ${of('MEETING', 'meeting', MEETING_ACCESS)} OR ${of('PROGRAMME', 'programme', PROGRAMME_ACCESS)})`;
  },
};
