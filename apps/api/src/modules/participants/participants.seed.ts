import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../core/config';
import { prng } from '../../core/prng';
import { randomCode } from '../../core/random-code';
import { FAMILY_NAMES, GIVEN_NAMES } from './demo-people';
import { PiiCipher } from './pii-cipher';
import { ORGANIZATIONS } from '../organizations';

const DISTRICT_OF: Record<string, string> = { NAM: '26290', YEONJE: '26470', SAHA: '26380', BWFLE: '26230' };
/** Demo people each host registers; the enrolments' seed takes its rosters from them in registration order. */
const DEMO_HOSTS = ['NAM', 'YEONJE', 'SAHA', 'BWFLE'] as const;
const PEOPLE_PER_HOST = 45;

/**
 * Participants of several generations, registered by each host with consent to run programmes (once: when no host has
 * sample participants yet). Every row is marked sample; registration times are spread over a morning of March 2025.
 */
export async function seedParticipants(em: EntityManager, config: AppConfig): Promise<void> {
  const done: unknown[] = await em.query(
    `SELECT 1 FROM participant p JOIN ${ORGANIZATIONS} o ON o.id = p.organization_id WHERE p.is_sample AND o.short_code = 'NAM' LIMIT 1`,
  );
  if (done.length) return;
  const cipher = new PiiCipher(config);
  const org = async (short: string) =>
    ((await em.query(`SELECT id FROM ${ORGANIZATIONS} o WHERE short_code = $1`, [short])) as Array<{ id: string }>)[0]!.id;
  // Participants of several generations, registered by each host with consent.
  const rnd = prng(2025);
  for (const short of DEMO_HOSTS) {
    const orgId = await org(short);
    for (let n = 0; n < PEOPLE_PER_HOST; n++) {
      const name = FAMILY_NAMES[Math.floor(rnd() * FAMILY_NAMES.length)]! + GIVEN_NAMES[Math.floor(rnd() * GIVEN_NAMES.length)]!;
      const birthYear = 1940 + Math.floor(rnd() * 68);
      const phone = `010${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`;
      const key = `P${randomCode(7)}`;
      const [row] = (await em.query(
        `INSERT INTO participant (organization_id, pseudonym_key, name, phone_encrypted, phone_hash, birth_year, gender, district_code, is_sample, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, TIMESTAMPTZ '2025-03-20 09:00+09' + make_interval(mins => $9)) RETURNING id`,
        [
          orgId,
          key,
          name,
          cipher.encrypt(phone, key),
          cipher.hash(phone),
          birthYear,
          rnd() < 0.62 ? 'FEMALE' : 'MALE',
          rnd() < 0.85 ? DISTRICT_OF[short] : '26260',
          n,
        ],
      )) as Array<{ id: string }>;
      await em.query(
        `INSERT INTO consent (participant_id, organization_id, purpose, items, retention_until, given_at, method) VALUES ($1, $2, 'PROGRAMME_OPERATION', '{NAME,PHONE,BIRTH_YEAR,GENDER,DISTRICT}', DATE '2028-12-31', TIMESTAMPTZ '2025-04-01 10:00+09', 'WRITTEN')`,
        [row!.id, orgId],
      );
    }
  }
}

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
