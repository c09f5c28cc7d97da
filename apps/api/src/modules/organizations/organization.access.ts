import { type AccessPolicy, type PolicyScope } from '../../core/access/access-policy';

/**
 * An organization: every signed-in caller sees the directory's public profile. Its own members (the caller acting for
 * it) and platform admins see its members, audit trail and storage; its admins (and platform admins) manage members and
 * its settings (the text-message budget).
 */
export const ORGANIZATION_ACCESS: AccessPolicy<{ actsFor: boolean; managesMembers: boolean; administers: boolean }> = {
  name: 'organization',
  table: 'organization',
  notFound: 'ORGANIZATION_NOT_FOUND',
  visible: () => null,
  capabilities: ({ ctx, alias, bind }: PolicyScope) => {
    if (ctx.isPlatformAdmin) return { actsFor: 'true', managesMembers: 'true', administers: 'true' };
    const own = ctx.activeOrganizationId ? `(${alias}.id = ${bind(ctx.activeOrganizationId)})` : 'false';
    const admin = ctx.role === 'ORG_ADMIN' ? own : 'false';
    return { actsFor: own, managesMembers: admin, administers: admin };
  },
};
