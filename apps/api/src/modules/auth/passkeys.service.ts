import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { APP_CONFIG } from '../../core/config';
import type { AppConfig } from '../../core/config';
import { RequestContext, type SessionInfo } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { Transactions } from '../../core/database/transaction';
import type { Viewer } from './auth.dto';
import { SecondFactorService } from './second-factor.service';

interface PasskeyRow {
  id: string;
  credentialId: string;
  publicKey: Buffer;
  counter: number;
  transports: AuthenticatorTransportFuture[];
}

/**
 * Passkeys (WebAuthn through @simplewebauthn/server): the relying party is the portal's public origin (PUBLIC_URL);
 * options carry a fresh challenge kept on the session, answers are verified against it once. No attestation is asked
 * (any authenticator the person owns will do); the signature counter is kept where the authenticator keeps one.
 */
@Injectable()
export class Passkeys {
  private readonly rpID: string;
  private readonly origin: string;

  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly factors: SecondFactorService,
  ) {
    const url = new URL(config.publicUrl);
    this.rpID = url.hostname;
    this.origin = url.origin;
  }

  private async passkeys(userId: string): Promise<PasskeyRow[]> {
    return (await this.db.query(
      `SELECT id, credential_id AS "credentialId", public_key AS "publicKey", counter::float8 AS counter, transports
         FROM second_factor WHERE user_id = $1 AND kind = 'PASSKEY'`,
      [userId],
    )) as PasskeyRow[];
  }

  private async keepChallenge(session: SessionInfo, challenge: string): Promise<void> {
    await this.db.query('UPDATE user_session SET second_factor_challenge = $2 WHERE id = $1', [session.sessionId, `webauthn:${challenge}`]);
  }

  /** The challenge kept for this session, spent as it is read (an answer verifies once). */
  private async takeChallenge(session: SessionInfo): Promise<string> {
    const [rows] = (await this.db.query(
      `UPDATE user_session s SET second_factor_challenge = NULL
         FROM (SELECT id, second_factor_challenge AS c FROM user_session WHERE id = $1 FOR UPDATE) old
        WHERE s.id = old.id RETURNING old.c`,
      [session.sessionId],
    )) as [Array<{ c: string | null }>, number];
    const c = rows[0]?.c;
    if (!c?.startsWith('webauthn:')) throw new AppError('SECOND_FACTOR_EXPIRED');
    return c.slice(9);
  }

  async registrationOptions(ctx: RequestContext): Promise<string> {
    const session = this.factors.session(ctx, 'ENROL');
    const options = await generateRegistrationOptions({
      rpName: 'LA-LA LAnd',
      rpID: this.rpID,
      userName: session.user.email,
      userDisplayName: session.user.displayName,
      userID: new TextEncoder().encode(session.user.id),
      attestationType: 'none',
      excludeCredentials: (await this.passkeys(session.user.id)).map((p) => ({ id: p.credentialId, transports: p.transports })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
    await this.keepChallenge(session, options.challenge);
    return JSON.stringify(options);
  }

  async enrol(ctx: RequestContext, response: string, label: string | null): Promise<{ recoveryCodes: string[]; viewer: Viewer | null }> {
    const session = this.factors.session(ctx, 'ENROL');
    const expectedChallenge = await this.takeChallenge(session);
    const verification = await verifyRegistrationResponse({
      response: parse<RegistrationResponseJSON>(response),
      expectedChallenge,
      expectedOrigin: this.origin,
      expectedRPID: this.rpID,
      requireUserVerification: false,
    }).catch(() => null);
    if (!verification?.verified) return this.factors.failed(ctx, session);
    const { credential } = verification.registrationInfo;
    return this.tx.run(ctx, async (em) => {
      await em.query(
        'INSERT INTO second_factor (user_id, kind, label, credential_id, public_key, counter, transports) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [
          session.user.id,
          'PASSKEY',
          label?.trim() || '패스키',
          credential.id,
          Buffer.from(credential.publicKey),
          credential.counter,
          credential.transports ?? [],
        ],
      );
      return this.factors.enrolled(ctx, em, session, 'PASSKEY');
    });
  }

  async authenticationOptions(ctx: RequestContext): Promise<string> {
    const session = this.factors.session(ctx, 'VERIFY');
    const keys = await this.passkeys(session.user.id);
    if (!keys.length) throw new AppError('SECOND_FACTOR_NO_PASSKEY');
    const options = await generateAuthenticationOptions({
      rpID: this.rpID,
      allowCredentials: keys.map((p) => ({ id: p.credentialId, transports: p.transports })),
      userVerification: 'preferred',
    });
    await this.keepChallenge(session, options.challenge);
    return JSON.stringify(options);
  }

  async verify(ctx: RequestContext, response: string): Promise<Viewer> {
    const session = this.factors.session(ctx, 'VERIFY');
    const expectedChallenge = await this.takeChallenge(session);
    const answer = parse<AuthenticationResponseJSON>(response);
    const key = (await this.passkeys(session.user.id)).find((p) => p.credentialId === answer.id);
    const verification =
      key &&
      (await verifyAuthenticationResponse({
        response: answer,
        expectedChallenge,
        expectedOrigin: this.origin,
        expectedRPID: this.rpID,
        credential: { id: key.credentialId, publicKey: new Uint8Array(key.publicKey), counter: key.counter, transports: key.transports },
        requireUserVerification: false,
      }).catch(() => null));
    if (!key || !verification?.verified) return this.factors.failed(ctx, session);
    return this.tx.run(ctx, async (em) => {
      await em.query('UPDATE second_factor SET counter = $2, last_used_at = now() WHERE id = $1', [
        key.id,
        verification.authenticationInfo.newCounter,
      ]);
      return this.factors.verified(ctx, em, session, 'PASSKEY');
    });
  }
}

function parse<T>(text: string): T {
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') return value as T;
  } catch {
    // refused below
  }
  throw new AppError('SECOND_FACTOR_INVALID');
}
