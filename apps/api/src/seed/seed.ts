import { DataSource } from 'typeorm';
import { hashPassword } from '../modules/auth/password';
import { DEMO_PASSWORD, SEED_ORGANIZATIONS, SEED_USERS } from './demo-data';

/** Idempotent: inserts what is missing, never overwrites what staff changed. */
export async function seedDemoData(db: DataSource): Promise<{ organizations: number; users: number }> {
  return db.transaction(async (em) => {
    let organizations = 0;
    for (const o of SEED_ORGANIZATIONS) {
      const rows: unknown[] = await em.query(
        `INSERT INTO organization (kind, name_ko, name_en, short_code, admin_code, parent_id, is_sample, contact_email, address, active_from)
         VALUES ($1, $2, $3, $4, $5, (SELECT id FROM organization WHERE short_code = $6), $7, $8, $9, DATE '2025-01-01')
         ON CONFLICT (short_code) DO NOTHING RETURNING id`,
        [o.kind, o.nameKo, o.nameEn, o.shortCode, o.adminCode ?? null, o.parent ?? null, o.isSample ?? false, o.contactEmail ?? null, o.address ?? null],
      );
      organizations += rows.length;
    }
    let users = 0;
    for (const u of SEED_USERS) {
      const exists: unknown[] = await em.query('SELECT 1 FROM app_user WHERE email = $1', [u.email]);
      if (exists.length === 0) {
        await em.query('INSERT INTO app_user (email, display_name, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4)', [u.email, u.displayName, await hashPassword(DEMO_PASSWORD), u.isPlatformAdmin ?? false]);
        users++;
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
    return { organizations, users };
  });
}
