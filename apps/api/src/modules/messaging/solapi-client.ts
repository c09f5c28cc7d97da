import { createHmac, randomBytes } from 'node:crypto';

export interface SolapiSettings {
  apiKey: string;
  apiSecret: string;
  sender: string;
  baseUrl: string;
}

/**
 * Solapi's message API (v4, `POST /messages/v4/send-many/detail`), signed as its SDK signs: HMAC-SHA256 of date + salt
 * with the API secret. Its official SDK (`solapi` 6) fixes the host to api.solapi.com (no base URL to point a test
 * server at) and brings the `effect` runtime; this is the one request we need (ADR 0015).
 */
export class SolapiClient {
  constructor(private readonly s: SolapiSettings) {}

  private authorization(): string {
    const date = new Date().toISOString();
    const salt = randomBytes(16).toString('hex');
    const signature = createHmac('sha256', this.s.apiSecret)
      .update(date + salt)
      .digest('hex');
    return `HMAC-SHA256 apiKey=${this.s.apiKey}, date=${date}, salt=${salt}, signature=${signature}`;
  }

  /**
   * Sends one message — SMS or LMS by length, as Solapi decides, or 알림톡 by an approved template (`kakao`), which
   * Solapi sends as SMS/LMS instead when it cannot reach KakaoTalk — and answers the provider's message id, or throws
   * with its reason.
   */
  async send(to: string, text: string, kakao?: { pfId: string; templateId: string }): Promise<string> {
    const message = kakao
      ? { to, from: this.s.sender, text, type: 'ATA', kakaoOptions: { pfId: kakao.pfId, templateId: kakao.templateId, disableSms: false } }
      : { to, from: this.s.sender, text };
    const res = await fetch(`${this.s.baseUrl}/messages/v4/send-many/detail`, {
      method: 'POST',
      headers: { authorization: this.authorization(), 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [message] }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await res.json().catch(() => null)) as {
      messageList?: Array<{ messageId?: string }>;
      failedMessageList?: Array<{ statusMessage?: string }>;
      errorMessage?: string;
    } | null;
    if (!res.ok) throw new Error(`Solapi ${res.status}: ${body?.errorMessage ?? 'no answer'}`);
    const failed = body?.failedMessageList?.[0];
    if (failed) throw new Error(`Solapi refused: ${failed.statusMessage ?? 'unknown'}`);
    return body?.messageList?.[0]?.messageId ?? 'unknown';
  }
}
