import type { EntityManager } from 'typeorm';

/**
 * Demo data helper for the modules that follow (a referral's sample): a consent to share these items with one
 * recipient for a year, given in writing — written here, where consents live. Returns its id.
 */
export async function seedSharingConsent(
  em: EntityManager,
  participantId: string,
  organizationId: string,
  recipientOrganizationId: string,
  items: readonly string[],
): Promise<string> {
  const [consent] = (await em.query(
    `INSERT INTO consent (participant_id, organization_id, purpose, recipient_organization_id, items, retention_until, given_at, method)
     VALUES ($1, $2, 'THIRD_PARTY_SHARING', $3, $4, (now() + interval '1 year')::date, now(), 'WRITTEN') RETURNING id`,
    [participantId, organizationId, recipientOrganizationId, items],
  )) as Array<{ id: string }>;
  return consent!.id;
}
