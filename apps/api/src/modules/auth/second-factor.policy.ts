import type { EntityManager } from 'typeorm';
import { MEMBERSHIP_ROLES, Permission, permissionsFor, type MembershipRole } from '@lalaland/shared';

/** The roles that handle personal data (or administer an organization): they sign in with a second factor where required. */
export const HANDLER_ROLES: readonly MembershipRole[] = MEMBERSHIP_ROLES.filter((r) => {
  const p = permissionsFor(r, false);
  return p.includes(Permission.ParticipantManage) || p.includes(Permission.MemberManage);
});

export type SecondFactorStep = 'VERIFY' | 'ENROL';

/**
 * What a person owes after their password: VERIFY when they have a factor (whoever enrolled one is always asked for
 * it), ENROL when an organization where they handle personal data requires one (its own choice, else the platform's
 * default, which also binds platform admins), nothing otherwise. One statement.
 */
export async function secondFactorStep(em: EntityManager, userId: string, defaultRequired: boolean): Promise<SecondFactorStep | null> {
  const [row] = (await em.query(
    `SELECT EXISTS (SELECT 1 FROM second_factor f WHERE f.user_id = u.id) AS enrolled,
            (u.is_platform_admin AND $2) OR EXISTS (
              SELECT 1 FROM membership m LEFT JOIN second_factor_policy p ON p.organization_id = m.organization_id
               WHERE m.user_id = u.id AND m.role = ANY($3) AND coalesce(p.required, $2)) AS required
       FROM app_user u WHERE u.id = $1`,
    [userId, defaultRequired, HANDLER_ROLES],
  )) as Array<{ enrolled: boolean; required: boolean }>;
  return row?.enrolled ? 'VERIFY' : row?.required ? 'ENROL' : null;
}
