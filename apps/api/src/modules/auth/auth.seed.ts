import type { EntityManager } from 'typeorm';
import { hashPassword } from './password';
import { DEMO_PASSWORD, SEED_USERS } from './demo-users';

/** One demo user per role with their memberships; a user already there is kept as it is (memberships added). */
export async function seedUsers(em: EntityManager): Promise<void> {
  for (const u of SEED_USERS) {
    const exists: unknown[] = await em.query('SELECT 1 FROM app_user WHERE email = $1', [u.email]);
    if (exists.length === 0) {
      await em.query('INSERT INTO app_user (email, display_name, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4)', [
        u.email,
        u.displayName,
        await hashPassword(DEMO_PASSWORD),
        u.isPlatformAdmin ?? false,
      ]);
    }
    for (const [shortCode, role] of u.memberships) {
      await em.query(
        `INSERT INTO membership (user_id, organization_id, role)
           SELECT u.id, o.id, $3 FROM app_user u, organization o WHERE u.email = $1 AND o.short_code = $2
           ON CONFLICT (user_id, organization_id) DO NOTHING`,
        [u.email, shortCode, role],
      );
    }
  }
}
