import { orAdmin, type AccessPolicy, type PolicyScope } from '../../core/access/access-policy';
import { streamLeadSql } from '../funding';

/** A meeting: its convener, the organizations invited, and the lead of its stream. The convener runs it. */
export const MEETING_ACCESS: AccessPolicy<{ convenes: boolean; invited: boolean; canConvene: boolean }> = {
  name: 'meeting',
  table: 'meeting',
  notFound: 'MEETING_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) => {
    if (ctx.isPlatformAdmin) return null;
    const org = ctx.activeOrganizationId;
    if (!org) return 'false';
    const o = bind(org);
    return `(${alias}.organization_id = ${o} OR EXISTS (SELECT 1 FROM meeting_invitee mi WHERE mi.meeting_id = ${alias}.id AND mi.organization_id = ${o}) OR ${streamLeadSql(ctx, bind, `${alias}.stream_id`)})`;
  },
  capabilities: ({ ctx, alias, bind }: PolicyScope) => {
    const org = ctx.activeOrganizationId;
    if (!org) return { convenes: 'false', invited: 'false', canConvene: orAdmin(ctx, 'false') };
    const o = bind(org);
    const convenes = `(${alias}.organization_id = ${o})`;
    return {
      convenes,
      invited: `EXISTS (SELECT 1 FROM meeting_invitee mj WHERE mj.meeting_id = ${alias}.id AND mj.organization_id = ${o})`,
      canConvene: orAdmin(ctx, convenes),
    };
  },
};
