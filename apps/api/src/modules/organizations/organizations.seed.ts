import type { EntityManager } from 'typeorm';
import { SEED_ORGANIZATIONS } from './demo-organizations';

/** The consortium's organizations (real partners and marked samples); idempotent by short code. */
export async function seedOrganizations(em: EntityManager): Promise<void> {
  for (const o of SEED_ORGANIZATIONS) {
    await em.query(
      `INSERT INTO organization (kind, name_ko, name_en, short_code, admin_code, parent_id, is_sample, contact_email, address, active_from)
         VALUES ($1, $2, $3, $4, $5, (SELECT id FROM organization WHERE short_code = $6), $7, $8, $9, DATE '2025-01-01')
         ON CONFLICT (short_code) DO NOTHING`,
      [
        o.kind,
        o.nameKo,
        o.nameEn,
        o.shortCode,
        o.adminCode ?? null,
        o.parent ?? null,
        o.isSample ?? false,
        o.contactEmail ?? null,
        o.address ?? null,
      ],
    );
  }
}
