import { orAdmin, type AccessPolicy, type PolicyScope } from '../../core/access/access-policy';
import { streamLeadSql } from '../funding';

/**
 * A task: the organization that asked for it and the one that does it; the lead of its stream sees it too (the stream's
 * tasks by organization). The asker edits it and cancels it; the assignee moves it along; either completes it.
 */
export const TASK_ACCESS: AccessPolicy<{ asks: boolean; does: boolean; canAsk: boolean; canDo: boolean }> = {
  name: 'task',
  table: 'task',
  notFound: 'TASK_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) => {
    if (ctx.isPlatformAdmin) return null;
    const org = ctx.activeOrganizationId;
    if (!org) return 'false';
    const o = bind(org);
    return `(${alias}.organization_id = ${o} OR ${alias}.assignee_organization_id = ${o} OR (${alias}.stream_id IS NOT NULL AND ${streamLeadSql(ctx, bind, `${alias}.stream_id`)}))`;
  },
  capabilities: ({ ctx, alias, bind }: PolicyScope) => {
    const org = ctx.activeOrganizationId;
    if (!org) return { asks: 'false', does: 'false', canAsk: orAdmin(ctx, 'false'), canDo: orAdmin(ctx, 'false') };
    const o = bind(org);
    const asks = `(${alias}.organization_id = ${o})`;
    const does = `(${alias}.assignee_organization_id = ${o})`;
    return { asks, does, canAsk: orAdmin(ctx, asks), canDo: orAdmin(ctx, does) };
  },
};
