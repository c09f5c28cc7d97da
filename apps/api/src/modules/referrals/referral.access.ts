import { orAdmin, type AccessPolicy, type PolicyScope } from '../../core/access/access-policy';

/** A referral: seen by the organization that sent it and the one that received it; nobody else (NOT_FOUND). */
export const REFERRAL_ACCESS: AccessPolicy<{ sender: boolean; recipient: boolean; canAddTo: boolean; canAudit: boolean }> = {
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
    if (!ctx.activeOrganizationId)
      return { sender: 'false', recipient: 'false', canAddTo: orAdmin(ctx, 'false'), canAudit: orAdmin(ctx, 'false') };
    const o = bind(ctx.activeOrganizationId);
    const sender = `(${alias}.from_organization_id = ${o})`;
    const recipient = `(${alias}.to_organization_id = ${o})`;
    // adds documents and comments: either side, or a platform admin; reads the provision log: the sender, or an admin
    return { sender, recipient, canAddTo: orAdmin(ctx, `(${sender} OR ${recipient})`), canAudit: orAdmin(ctx, sender) };
  },
};
