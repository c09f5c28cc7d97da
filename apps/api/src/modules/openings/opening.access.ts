import { orAdmin, type AccessPolicy, type PolicyScope } from '../../core/access/access-policy';
import { streamVisibleSql } from '../funding';

/** An opening: its poster runs it; the members of its stream (and the ministry) see it; nobody else. */
export const OPENING_ACCESS: AccessPolicy<{ runs: boolean; canRun: boolean }> = {
  name: 'opening',
  table: 'opening',
  notFound: 'OPENING_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) => {
    const stream = streamVisibleSql(ctx, bind, `${alias}.stream_id`);
    if (stream === null) return null;
    if (!ctx.activeOrganizationId) return 'false';
    return `(${alias}.organization_id = ${bind(ctx.activeOrganizationId)} OR ${stream})`;
  },
  capabilities: ({ ctx, alias, bind }: PolicyScope) => {
    const runs = ctx.activeOrganizationId ? `(${alias}.organization_id = ${bind(ctx.activeOrganizationId)})` : 'false';
    return { runs, canRun: orAdmin(ctx, runs) };
  },
};
