import type { Bind } from '../../core/access/access-policy';
import { likePattern } from '../../core/graphql/pagination';
import type { ProgrammesArgs } from './programmes.dto';

/** The programme list's filters as SQL over a programme aliased `alias` (the list query and its one-statement read). */
export function programmeFilters(args: ProgrammesArgs, alias: string, bind: Bind): string[] {
  const where: string[] = [];
  if (args.streamId) where.push(`${alias}.stream_id = ${bind(args.streamId)}::uuid`);
  if (args.pillar) where.push(`${alias}.pillar = ${bind(args.pillar)}`);
  if (args.domain) where.push(`${alias}.domain = ${bind(args.domain)}`);
  if (args.status?.length) where.push(`${alias}.status::text = ANY(${bind(args.status)}::text[])`);
  if (args.organizationId) {
    const o = bind(args.organizationId);
    where.push(
      `(${alias}.host_organization_id = ${o}::uuid OR EXISTS (SELECT 1 FROM programme_cohost c2 WHERE c2.programme_id = ${alias}.id AND c2.organization_id = ${o}::uuid))`,
    );
  }
  if (args.topLevel) where.push(`${alias}.parent_id IS NULL`);
  const search = args.search?.trim();
  if (search) {
    const q = bind(likePattern(search));
    where.push(`(${alias}.title_ko ILIKE ${q} OR ${alias}.title_en ILIKE ${q})`);
  }
  return where;
}
