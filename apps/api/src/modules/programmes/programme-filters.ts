import type { Bind } from '../../core/access/access-policy';
import { likePattern } from '../../core/graphql/pagination';
import type { RequestContext } from '../../core/context/request-context';
import type { ProgrammesArgs } from './programmes.dto';
import type { CalendarArgs } from './programme-session.dto';

/** The programme list's filters as SQL over a programme aliased `alias` (the list query and its one-statement read). */
export function programmeFilters(args: ProgrammesArgs, alias: string, bind: Bind): string[] {
  const where: string[] = [];
  if (args.streamId) where.push(`${alias}.stream_id = ${bind(args.streamId)}::uuid`);
  if (args.pillar) where.push(`${alias}.pillar = ${bind(args.pillar)}`);
  if (args.domain) where.push(`${alias}.domain = ${bind(args.domain)}`);
  if (args.status?.length) where.push(`${alias}.status::text = ANY(${bind(args.status)}::text[])`);
  if (args.organizationId) where.push(hostOrCohostSql(alias, bind(args.organizationId)));
  if (args.topLevel) where.push(`${alias}.parent_id IS NULL`);
  const search = args.search?.trim();
  if (search) {
    const q = bind(likePattern(search));
    where.push(`(${alias}.title_ko ILIKE ${q} OR ${alias}.title_en ILIKE ${q})`);
  }
  return where;
}

/** The programme aliased `alias` is hosted or co-hosted by the organization `org` (a bound placeholder). */
const hostOrCohostSql = (alias: string, org: string): string =>
  `(${alias}.host_organization_id = ${org}::uuid OR EXISTS (SELECT 1 FROM programme_cohost hc2 WHERE hc2.programme_id = ${alias}.id AND hc2.organization_id = ${org}::uuid))`;

/** The calendar's filters over sessions `s` of programmes `p`: the window, a stream, the active organization's own. */
export function calendarFilters(ctx: RequestContext, args: CalendarArgs, bind: Bind): string[] {
  const where = [`s.starts_at < ${bind(args.to)} AND s.ends_at > ${bind(args.from)}`];
  if (args.streamId) where.push(`p.stream_id = ${bind(args.streamId)}::uuid`);
  if (args.mine) where.push(hostOrCohostSql('p', bind(ctx.activeOrganizationId ?? '00000000-0000-0000-0000-000000000000')));
  return where;
}
