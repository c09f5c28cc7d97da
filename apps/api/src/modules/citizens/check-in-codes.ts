import { Inject, Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { PiiCipher } from '../participants';

const TICKET_MINUTES = 15;

/** The QR code on the staff's screen changes this often; a code stays good for one more step (a scan at the turn). */
export const CHECK_IN_STEP_SECONDS = 60;

/**
 * The rotating code of a session's self check-in QR: a keyed hash of the session and the minute, so a photo of the
 * screen sent home stops working within two minutes, and no code is stored anywhere.
 */
@Injectable()
export class CheckInCodes {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: PiiCipher,
  ) {}

  private code(sessionId: string, step: number): string {
    return this.cipher.hash(`self-check-in:${sessionId}:${step}`).slice(0, 24);
  }

  private step(now: Date): number {
    return Math.floor(now.getTime() / (CHECK_IN_STEP_SECONDS * 1000));
  }

  /** The address the QR code carries now, and when the screen should show the next one. */
  current(sessionId: string, now = new Date()): { url: string; refreshAt: Date } {
    const step = this.step(now);
    return {
      url: `${this.config.publicUrl}/my/check-in/${sessionId}?c=${this.code(sessionId, step)}`,
      refreshAt: new Date((step + 1) * CHECK_IN_STEP_SECONDS * 1000),
    };
  }

  valid(sessionId: string, given: string, now = new Date()): boolean {
    if (!/^[0-9a-f]{24}$/.test(given)) return false;
    const step = this.step(now);
    return [step, step - 1].some((s) => timingSafeEqual(Buffer.from(this.code(sessionId, s)), Buffer.from(given)));
  }

  /**
   * A ticket the check-in page carries once a valid QR code was scanned: good for 15 minutes, so a learner who must
   * sign in first (a code by text) does not have to scan again.
   */
  ticket(sessionId: string, now = new Date()): string {
    const minute = Math.floor(now.getTime() / 60_000);
    return `${minute}.${this.cipher.hash(`check-in-ticket:${sessionId}:${minute}`).slice(0, 24)}`;
  }

  ticketValid(sessionId: string, ticket: string, now = new Date()): boolean {
    const m = /^(\d{1,10})\.([0-9a-f]{24})$/.exec(ticket);
    if (!m) return false;
    const minute = Number(m[1]);
    const age = Math.floor(now.getTime() / 60_000) - minute;
    if (age < 0 || age > TICKET_MINUTES) return false;
    return timingSafeEqual(Buffer.from(this.cipher.hash(`check-in-ticket:${sessionId}:${minute}`).slice(0, 24)), Buffer.from(m[2]!));
  }
}
