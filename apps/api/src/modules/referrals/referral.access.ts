import type { AccessPolicy, PolicyScope } from '../../core/access/access-policy';

/** A referral: seen by the organization that sent it and the one that received it; nobody else (NOT_FOUND). */
export const REFERRAL_ACCESS: AccessPolicy<{ sender: boolean; recipient: boolean }> = {
  name: 'referral',
  table: 'referral',
  notFound: 'REFERRAL_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) => {
    if (ctx.isPlatformAdmin) return null;
    if (!ctx.activeOrganizationId) return 'false';
    const o = bind(ctx.activeOrganizationId);
    return `(${alias}.from_organization_id = ${o} OR ${alias}.to_organization_id = ${o})`;
  },
  capabilities: ({ ctx, alias, bind }: PolicyScope) => {
    if (!ctx.activeOrganizationId) return { sender: 'false', recipient: 'false' };
    const o = bind(ctx.activeOrganizationId);
    return { sender: `(${alias}.from_organization_id = ${o})`, recipient: `(${alias}.to_organization_id = ${o})` };
  },
};
