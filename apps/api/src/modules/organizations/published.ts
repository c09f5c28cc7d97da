import type { EntityManager } from 'typeorm';
import type { OrganizationKind } from '@lalaland/shared';
import { Organization } from './organization.entity';

/*
 * What other modules may read of this module's tables. The tables stay its own (src/core/module-tables.spec.ts refuses
 * another module's SQL or entity reads of them); these relations, predicates and functions are the published contract,
 * kept true here when the tables change. A relation is a subquery the planner inlines, like a view.
 */

/** The columns others may read: kind, codes, names and the parent (a district's centre under its Gu). */
export const ORGANIZATION_COLUMNS: ReadonlySet<string> = new Set([
  'id',
  'parent_id',
  'kind',
  'short_code',
  'admin_code',
  'name_ko',
  'name_en',
]);

/** Organizations as others see them (ORGANIZATION_COLUMNS). */
export const ORGANIZATIONS = `(SELECT ${[...ORGANIZATION_COLUMNS].join(', ')} FROM organization)`;

/** The organization `id` (an SQL expression) is of this kind. */
export const organizationIsSql = (id: string, kind: OrganizationKind) =>
  `EXISTS (SELECT 1 FROM organization ok WHERE ok.id = ${id} AND ok.kind = '${kind}')`;

/** One organization by id, or null. */
export function findOrganization(em: EntityManager, id: string): Promise<Organization | null> {
  return em.findOneBy(Organization, { id });
}
