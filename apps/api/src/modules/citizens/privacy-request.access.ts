import type { AccessPolicy, PolicyScope } from '../../core/access/access-policy';

/**
 * A privacy request as one organization must answer it (a row of privacy_request_answer): the organization holding the
 * person only, with staff who manage participants (the resolver's permission); anyone else gets NOT_FOUND.
 */
export const PRIVACY_REQUEST_ACCESS: AccessPolicy<{ held: boolean }> = {
  name: 'privacyRequest',
  table: 'privacy_request_answer',
  notFound: 'PRIVACY_REQUEST_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) =>
    ctx.activeOrganizationId ? `${alias}.organization_id = ${bind(ctx.activeOrganizationId)}` : 'false',
  capabilities: () => ({ held: 'true' }),
};
