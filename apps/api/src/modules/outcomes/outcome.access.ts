import type { AccessPolicy, PolicyScope } from '../../core/access/access-policy';
import type { ErrorCode } from '../../core/errors/error-codes';

/**
 * A record of a person's journey (note, goal, outcome, follow-up): the organization holding the person only, with
 * staff who manage participants; anyone else, another organization's staff and the ministry included, gets NOT_FOUND.
 */
function heldOnly(name: string, table: string, notFound: ErrorCode): AccessPolicy<{ held: boolean }> {
  return {
    name,
    table,
    notFound,
    visible: ({ ctx, alias, bind }: PolicyScope) =>
      ctx.activeOrganizationId ? `${alias}.organization_id = ${bind(ctx.activeOrganizationId)}` : 'false',
    capabilities: () => ({ held: 'true' }),
  };
}

export const COUNSELLING_NOTE_ACCESS = heldOnly('counsellingNote', 'counselling_note', 'COUNSELLING_NOTE_NOT_FOUND');
export const GOAL_ACCESS = heldOnly('goal', 'goal', 'GOAL_NOT_FOUND');
export const OUTCOME_ACCESS = heldOnly('outcome', 'outcome', 'OUTCOME_NOT_FOUND');
export const FOLLOW_UP_ACCESS = heldOnly('followUp', 'follow_up', 'FOLLOW_UP_NOT_FOUND');
