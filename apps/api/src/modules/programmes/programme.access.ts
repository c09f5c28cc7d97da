import { Permission } from '@lalaland/shared';
import { orAdmin, type AccessPolicy, type PolicyScope } from '../../core/access/access-policy';
import type { RequestContext } from '../../core/context/request-context';
import { overseesSql, streamVisibleSql, type StreamAccess } from '../funding';
import type { Programme } from './programme.entity';

type ProgrammeFacts = {
  /** The active organization hosts the programme. */
  host: boolean;
  /** The active organization co-hosts it. */
  cohost: boolean;
  /** Host, co-host or platform admin: sees the roster, exact counts and the survey's full results. */
  insider: boolean;
  /** Proposed in a stream the active organization leads (every stream for a platform admin): in the caller's approval queue. */
  awaitsMe: boolean;
};

/**
 * A programme: visible to the members of its stream (the stream rule, STREAM_ACCESS's), to ministries and platform
 * admins; a draft only to its host and co-hosts.
 */
export const PROGRAMME_ACCESS: AccessPolicy<ProgrammeFacts> = {
  name: 'programme',
  table: 'programme',
  notFound: 'PROGRAMME_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) => {
    const stream = streamVisibleSql(ctx, bind, `${alias}.stream_id`);
    if (stream === null) return null;
    const org = ctx.activeOrganizationId;
    if (!org) return 'false';
    const o = bind(org);
    return `${stream} AND (${alias}.status <> 'DRAFT' OR ${alias}.host_organization_id = ${o} OR EXISTS (SELECT 1 FROM programme_cohost vc WHERE vc.programme_id = ${alias}.id AND vc.organization_id = ${o}))`;
  },
  capabilities: ({ ctx, alias, bind }: PolicyScope) => {
    const org = ctx.activeOrganizationId;
    const awaitsMe = `(${alias}.status = 'PROPOSED' AND ${overseesSql(ctx, bind, `${alias}.stream_id`)})`;
    if (!org) return { host: 'false', cohost: 'false', insider: orAdmin(ctx, 'false'), awaitsMe };
    const o = bind(org);
    const host = `(${alias}.host_organization_id = ${o})`;
    const cohost = `EXISTS (SELECT 1 FROM programme_cohost hc WHERE hc.programme_id = ${alias}.id AND hc.organization_id = ${o})`;
    return { host, cohost, insider: orAdmin(ctx, `(${host} OR ${cohost})`), awaitsMe };
  },
};

/** Sees every enrolment and exact counts: the host, co-hosts and platform admins. */
export function seesRoster(facts: ProgrammeFacts): boolean {
  return facts.insider;
}

/**
 * The organization a new programme is hosted by: the active one; only a platform admin names another (null when the
 * caller may not, so the service refuses with a field message).
 */
export function hostFor(ctx: RequestContext, requested: string | null | undefined): string | null {
  if (!requested) return ctx.activeOrganizationId;
  return ctx.isPlatformAdmin || requested === ctx.activeOrganizationId ? requested : null;
}

/** The largest count hidden from those who do not run the programme. */
const SMALL_COUNT = 4;

/** A count as shown to those who do not run the programme: 1–4 people are hidden (null), as in any figure leaving the host. */
export const outsideCount = (n: number): number | null => (n > 0 && n <= SMALL_COUNT ? null : n);

/** The same in SQL, for a count shown to the caller unless `insider` (SQL) holds. */
export const outsideCountSql = (count: string, insider: string): string =>
  `CASE WHEN ${insider} OR NOT (${count} BETWEEN 1 AND ${SMALL_COUNT}) THEN ${count} END`;

/** What the caller may do with one programme. Every capability the API checks and the portal shows is decided here. */
export interface ProgrammeAccess extends ProgrammeFacts {
  programme: Programme;
  stream: StreamAccess;
  /** Host staff (or a platform admin): edits, sessions, host transitions, attendance, completion. */
  runs: boolean;
  /** The stream lead's admins (or a platform admin): approve or return proposals. */
  approves: boolean;
  /** Sees every enrolment of the programme (host, co-hosts, platform admin); others see their own organization's. */
  seesRoster: boolean;
  /** Takes attendance and sees check-in codes: host and co-host staff who manage participants. */
  takesAttendance: boolean;
  /** Reads and adds to the partners' discussion and files (comments, documents): the stream's members and platform admins, not a ministry. */
  discusses: boolean;
  /** Adds comments and documents to it: host and co-host staff who write programmes, or a platform admin. */
  contributes: boolean;
}

export function programmeAccess(ctx: RequestContext, programme: Programme, stream: StreamAccess, facts: ProgrammeFacts): ProgrammeAccess {
  const admin = ctx.isPlatformAdmin;
  const runs = admin || (facts.host && ctx.can(Permission.ProgrammeWrite));
  return {
    programme,
    stream,
    host: facts.host,
    cohost: facts.cohost,
    insider: facts.insider,
    awaitsMe: facts.awaitsMe,
    runs,
    approves: admin || (stream.manages && ctx.can(Permission.ProgrammeApprove)),
    seesRoster: seesRoster(facts),
    discusses: stream.participates,
    contributes: admin || ((facts.host || facts.cohost) && ctx.can(Permission.ProgrammeWrite)),
    takesAttendance: admin || ((runs || facts.cohost) && ctx.can(Permission.ParticipantManage)),
  };
}

/**
 * A venue: a public place every signed-in organization sees (to book any partner's learning centre). Its owner (and a
 * platform admin) sees every booking of it, releases bookings and lets a programme book again.
 */
export const VENUE_ACCESS: AccessPolicy<{ owns: boolean }> = {
  name: 'venue',
  table: 'venue',
  notFound: 'VENUE_NOT_FOUND',
  visible: () => null,
  capabilities: ({ ctx, alias, bind }: PolicyScope) => ({
    owns: orAdmin(ctx, () => (ctx.activeOrganizationId ? `(${alias}.organization_id = ${bind(ctx.activeOrganizationId)})` : 'false')),
  }),
};
