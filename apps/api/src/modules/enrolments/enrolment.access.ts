import { type AccessPolicy, type PolicyScope } from '../../core/access/access-policy';
import { runsProgrammeSql } from '../programmes';

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
      OR ${runsProgrammeSql(`${alias}.programme_id`, o)})`;
  },
  capabilities: ({ ctx, alias, bind }: PolicyScope) => ({
    holds: ctx.activeOrganizationId ? `(${alias}.organization_id = ${bind(ctx.activeOrganizationId)})` : 'false',
  }),
};
