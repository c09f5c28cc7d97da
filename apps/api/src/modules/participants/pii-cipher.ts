import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../core/config';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { APP_CONFIG } from '../../core/config';
import { resolvePiiKey } from '../../core/pii-key';

/**
 * Encryption of contact details at rest (AES-256-GCM, random IV) and a keyed hash to find the same phone number
 * again without decrypting. Separate sub-keys are derived from the one configured key.
 */
@Injectable()
export class PiiCipher {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const key = resolvePiiKey(config);
    this.encKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'lalaland pii enc v1', 32));
    this.macKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'lalaland pii mac v1', 32));
  }

  /**
   * v2: the ciphertext is bound to its row by authenticated data (the participant's pseudonymous key, fixed for
   * life), so a value copied onto another participant's row does not decrypt. v1 (no binding) is still read, and
   * rewritten as v2 at start (upgradeParticipantPhones).
   */
  encrypt(plain: string, boundTo: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    cipher.setAAD(Buffer.from(`participant:${boundTo}`, 'utf8'));
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v2', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  }

  decrypt(stored: string, boundTo: string): string {
    const [version, iv, tag, data] = stored.split('.');
    if ((version !== 'v1' && version !== 'v2') || !iv || !tag || data === undefined) throw new Error('unknown ciphertext format');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    if (version === 'v2') decipher.setAAD(Buffer.from(`participant:${boundTo}`, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  hash(plain: string): string {
    return createHmac('sha256', this.macKey).update(plain).digest('hex');
  }
}

/** Rewrites phones stored as v1 (not bound to their row) as v2, in batches; run after migrations, before serving. */
export async function upgradeParticipantPhones(ds: DataSource, cipher: PiiCipher): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = (await ds.query(
      "SELECT id, pseudonym_key, phone_encrypted FROM participant WHERE phone_encrypted LIKE 'v1.%' LIMIT 1000",
    )) as Array<{
      id: string;
      pseudonym_key: string;
      phone_encrypted: string;
    }>;
    if (!rows.length) return done;
    await ds.transaction(async (em) => {
      for (const r of rows)
        await em.query('UPDATE participant SET phone_encrypted = $2 WHERE id = $1', [
          r.id,
          cipher.encrypt(cipher.decrypt(r.phone_encrypted, r.pseudonym_key), r.pseudonym_key),
        ]);
    });
    done += rows.length;
  }
}

/**
 * Moves every phone from one key to another (PII_KEY rotation, docs/operations.md): per batch of 1,000 participants in
 * one transaction, decrypts with `from`, encrypts with `to` and recomputes the search hash with `to`. Safe to run again
 * after an interruption: a phone that already opens with `to` is left as it is. One that opens with neither is counted
 * and left untouched (never overwritten).
 */
export async function rotateParticipantPhones(
  ds: DataSource,
  from: PiiCipher,
  to: PiiCipher,
): Promise<{ rotated: number; already: number; unreadable: string[] }> {
  const result = { rotated: 0, already: 0, unreadable: [] as string[] };
  const opens = (cipher: PiiCipher, stored: string, key: string) => {
    try {
      return cipher.decrypt(stored, key);
    } catch {
      return null;
    }
  };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const done = await ds.transaction(async (em) => {
      const rows = (await em.query(
        'SELECT id, pseudonym_key, phone_encrypted FROM participant WHERE phone_encrypted IS NOT NULL AND id > $1 ORDER BY id LIMIT 1000 FOR UPDATE',
        [after],
      )) as Array<{
        id: string;
        pseudonym_key: string;
        phone_encrypted: string;
      }>;
      for (const r of rows) {
        const plain = opens(from, r.phone_encrypted, r.pseudonym_key);
        if (plain === null) {
          if (opens(to, r.phone_encrypted, r.pseudonym_key) !== null) result.already++;
          else result.unreadable.push(r.pseudonym_key);
          continue;
        }
        await em.query('UPDATE participant SET phone_encrypted = $2, phone_hash = $3 WHERE id = $1', [
          r.id,
          to.encrypt(plain, r.pseudonym_key),
          to.hash(plain),
        ]);
        result.rotated++;
      }
      if (rows.length) after = rows[rows.length - 1]!.id;
      return rows.length < 1000;
    });
    if (done) return result;
  }
}
