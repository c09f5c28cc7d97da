import type { AccessPolicy, PolicyScope } from '../../core/access/access-policy';
import { isMinistrySql } from '../funding';

/**
 * An organization's figures (its dashboard): its own people, unsuppressed; a ministry or platform admin (every stream
 * it is in), or the lead of a stream it is a member of (those streams only), suppressed. Any other organization's id
 * answers NOT_FOUND: a member never sees another member's figures below stream level.
 */
export const ORGANIZATION_FIGURES_ACCESS: AccessPolicy<{ own: boolean; everyStream: boolean }> = {
  name: 'organizationFigures',
  table: 'organization',
  notFound: 'KPI_ORGANIZATION_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) => {
    if (ctx.isPlatformAdmin) return null;
    const org = ctx.activeOrganizationId;
    if (!org) return 'false';
    const o = bind(org);
    return `(${alias}.id = ${o} OR ${isMinistrySql(ctx, bind)} OR EXISTS (SELECT 1 FROM stream_member fm JOIN stream_member fl ON fl.stream_id = fm.stream_id AND fl.role = 'LEAD' AND fl.organization_id = ${o} WHERE fm.organization_id = ${alias}.id))`;
  },
  capabilities: ({ ctx, alias, bind }: PolicyScope) => {
    const org = ctx.activeOrganizationId;
    return {
      own: org ? `(${alias}.id = ${bind(org)})` : 'false',
      everyStream: ctx.isPlatformAdmin ? 'true' : `(${isMinistrySql(ctx, bind)})`,
    };
  },
};
