import { type AccessPolicy, type PolicyScope } from '../../core/access/access-policy';

/**
 * An organization: every signed-in caller sees the directory's public profile. Its own members (the caller acting for
 * it) and platform admins see its members, audit trail and storage; its admins (and platform admins) manage members.
 */
export const ORGANIZATION_ACCESS: AccessPolicy<{ actsFor: boolean; managesMembers: boolean }> = {
  name: 'organization',
  table: 'organization',
  notFound: 'ORGANIZATION_NOT_FOUND',
  visible: () => null,
  capabilities: ({ ctx, alias, bind }: PolicyScope) => {
    if (ctx.isPlatformAdmin) return { actsFor: 'true', managesMembers: 'true' };
    const own = ctx.activeOrganizationId ? `(${alias}.id = ${bind(ctx.activeOrganizationId)})` : 'false';
    return { actsFor: own, managesMembers: ctx.role === 'ORG_ADMIN' ? own : 'false' };
  },
};
