import { orAdmin, type AccessPolicy, type PolicyScope } from '../../core/access/access-policy';
import { streamVisibleSql } from '../funding';

/**
 * An activity: its supporting organization runs it; the members of its stream (and the ministry) see it as they see the
 * stream's programmes. Who takes part (people) is the supporting organization's alone.
 */
export const ACTIVITY_ACCESS: AccessPolicy<{ runs: boolean; canRun: boolean }> = {
  name: 'activity',
  table: 'activity',
  notFound: 'ACTIVITY_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) => {
    const stream = streamVisibleSql(ctx, bind, `${alias}.stream_id`);
    if (stream === null) return null;
    if (!ctx.activeOrganizationId) return 'false';
    return `(${alias}.organization_id = ${bind(ctx.activeOrganizationId)} OR (${alias}.stream_id IS NOT NULL AND ${stream}))`;
  },
  capabilities: ({ ctx, alias, bind }: PolicyScope) => {
    const runs = ctx.activeOrganizationId ? `(${alias}.organization_id = ${bind(ctx.activeOrganizationId)})` : 'false';
    return { runs, canRun: orAdmin(ctx, runs) };
  },
};
