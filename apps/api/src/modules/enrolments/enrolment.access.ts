import { type AccessPolicy, type PolicyScope } from '../../core/access/access-policy';

/**
 * An enrolment: the organization that holds the participant sees it; the programme's host and co-hosts (and platform
 * admins) see every enrolment of it — the rule of `seesRoster` in the programmes module. Another organization's
 * enrolment answers ENROLMENT_NOT_FOUND.
 */
export const ENROLMENT_ACCESS: AccessPolicy<{ holds: boolean }> = {
  name: 'enrolment',
  table: 'enrolment',
  notFound: 'ENROLMENT_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) => {
    if (ctx.isPlatformAdmin) return null;
    if (!ctx.activeOrganizationId) return 'false';
    const o = bind(ctx.activeOrganizationId);
    return `(${alias}.organization_id = ${o}
      OR EXISTS (SELECT 1 FROM programme ep WHERE ep.id = ${alias}.programme_id AND ep.host_organization_id = ${o})
      OR EXISTS (SELECT 1 FROM programme_cohost ec WHERE ec.programme_id = ${alias}.programme_id AND ec.organization_id = ${o}))`;
  },
  capabilities: ({ ctx, alias, bind }: PolicyScope) => ({
    holds: ctx.activeOrganizationId ? `(${alias}.organization_id = ${bind(ctx.activeOrganizationId)})` : 'false',
  }),
};
