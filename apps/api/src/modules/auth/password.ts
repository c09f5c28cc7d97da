import * as argon2 from 'argon2';
import { passwordProblems } from '@lalaland/shared';
import { AppError } from '../../core/errors/app-error';

const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, OPTIONS);

/** A hash of a random password, verified against when the e-mail is unknown so timing does not reveal accounts. */
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('not-a-real-password-0');
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}

export function assertPasswordPolicy(password: string): void {
  if (passwordProblems(password).length > 0) throw new AppError('PASSWORD_POLICY', { details: { problems: passwordProblems(password) } });
}
