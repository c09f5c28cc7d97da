import * as argon2 from 'argon2';
import { passwordProblems } from '@lalaland/shared';
import { AppError } from '../../core/errors/app-error';

const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * Password hashing runs on libuv's thread pool, which file reads (the portal's assets) share. At most `capacity`
 * hashes run at once and at most `capacity * 32` wait; past that the request is refused (429), so a sign-in flood
 * costs the thread pool two threads, never all of them.
 */
let capacity = 2;
let running = 0;
const waiting: Array<() => void> = [];

export function setHashingConcurrency(n: number): void {
  capacity = Math.max(1, n);
}

async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= capacity) {
    if (waiting.length >= capacity * 32) throw new AppError('TOO_MANY_REQUESTS', { params: { seconds: 5 }, status: 429 });
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export const hashPassword = (password: string) => limited(() => argon2.hash(password, OPTIONS));

/** A hash of a random password, verified against when the e-mail is unknown so timing does not reveal accounts. */
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('not-a-real-password-0');
    const dummy = await dummyHash;
    await limited(() => argon2.verify(dummy, password).catch(() => false));
    return false;
  }
  return limited(() => argon2.verify(hash, password).catch(() => false));
}

export function assertPasswordPolicy(password: string): void {
  if (passwordProblems(password).length > 0) throw new AppError('PASSWORD_POLICY', { details: { problems: passwordProblems(password) } });
}
