import type { EntityManager } from 'typeorm';

/**
 * The demo's public door: every sample programme that is recruiting or running is published, applications open for the
 * next two weeks, first come first served and free (once: offers already set are kept).
 */
export async function seedCatalogue(em: EntityManager): Promise<void> {
  await em.query(
    `INSERT INTO programme_offer (programme_id, published, apply_from, apply_until, selection, fee_won, contact_phone)
     SELECT p.id, true, now() - interval '1 day', now() + interval '14 days', 'FIRST_COME', 0, '051-888-0000'
       FROM programme p WHERE p.is_sample AND p.status IN ('RECRUITING', 'RUNNING')
     ON CONFLICT (programme_id) DO NOTHING`,
  );
}
