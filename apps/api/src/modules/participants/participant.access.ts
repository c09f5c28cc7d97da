import type { AccessPolicy, PolicyScope } from '../../core/access/access-policy';

/**
 * A participant's record (and its consents and enrolment history) belongs to the organization that registered them:
 * only that organization sees it as such. Others meet the person only as a roster line (pseudonymous key, and the
 * personal fields a consent shares with them, read through ParticipantService.personal).
 */
export const PARTICIPANT_ACCESS: AccessPolicy<{ held: boolean }> = {
  name: 'participant',
  table: 'participant',
  notFound: 'PARTICIPANT_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) =>
    ctx.activeOrganizationId ? `${alias}.organization_id = ${bind(ctx.activeOrganizationId)}` : 'false',
  capabilities: () => ({ held: 'true' }),
};
