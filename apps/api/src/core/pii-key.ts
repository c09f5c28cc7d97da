import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from './config';

function parseKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error('PII_KEY must be 32 bytes: 64 hex characters or base64');
  return key;
}

/** The configured key; outside production a random one is created once beside the embedded database. */
export function resolvePiiKey(config: AppConfig): Buffer {
  if (config.piiKey) return parseKey(config.piiKey);
  if (config.production) throw new Error('PII_KEY is required in production (32 bytes, hex or base64): personal data is encrypted with it');
  const file = join(config.dataDir, 'pii.key');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return parseKey(readFileSync(file, 'utf8'));
}

/** A sub-key of the configured key for one purpose (HKDF-SHA-256): each use of the key encrypts with its own. */
export function derivedKey(config: AppConfig, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', resolvePiiKey(config), Buffer.alloc(0), purpose, 32));
}
