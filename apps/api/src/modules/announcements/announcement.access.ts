import { orAdmin, type AccessPolicy, type PolicyScope } from '../../core/access/access-policy';
import { inStreamSql } from '../funding';
import { PROGRAMMES } from '../programmes';

/** The organization runs (hosts) a programme of one of the announcement's pillars in its stream: the pillar's audience. */
export function pillarMemberSql(organizationSql: string, alias: string): string {
  return `EXISTS (SELECT 1 FROM ${PROGRAMMES} ap WHERE ap.stream_id = ${alias}.stream_id AND ap.host_organization_id = ${organizationSql} AND ap.pillar::text = ANY(${alias}.audience_pillars))`;
}

/**
 * An announcement: the organization that posted it; and, in its stream, the member organizations it addresses (all, the
 * chosen ones, or those running programmes of the chosen pillars) for people in the chosen roles (all, or those). Another organization's id answers NOT_FOUND.
 */
export const ANNOUNCEMENT_ACCESS: AccessPolicy<{ sent: boolean; canEdit: boolean }> = {
  name: 'announcement',
  table: 'announcement',
  notFound: 'ANNOUNCEMENT_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) => {
    if (ctx.isPlatformAdmin) return null;
    const org = ctx.activeOrganizationId;
    if (!org) return 'false';
    const o = bind(org);
    const role = ctx.role ? bind(ctx.role) : 'NULL';
    return `(${alias}.organization_id = ${o} OR (
      ${inStreamSql(`${alias}.stream_id`, o)}
      AND (cardinality(${alias}.audience_organization_ids) = 0 OR ${o}::uuid = ANY(${alias}.audience_organization_ids))
      AND (cardinality(${alias}.audience_pillars) = 0 OR ${pillarMemberSql(o, alias)})
      AND (cardinality(${alias}.audience_roles) = 0 OR ${role}::text = ANY(${alias}.audience_roles))))`;
  },
  capabilities: ({ ctx, alias, bind }: PolicyScope) => {
    const sent = ctx.activeOrganizationId ? `(${alias}.organization_id = ${bind(ctx.activeOrganizationId)})` : 'false';
    return { sent, canEdit: orAdmin(ctx, sent) };
  },
};
