import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentText {
  to: string;
  from: string;
  text: string;
  /** ATA for 카카오 알림톡 (by an approved template); absent for SMS/LMS. */
  type?: string;
  kakaoOptions?: { pfId: string; templateId: string; disableSms?: boolean };
}

/**
 * A local server that speaks Solapi's message API (v4 send-many/detail): it checks the HMAC-SHA256 signature the way
 * Solapi does and keeps what it was asked to send, so a test reads the code a citizen would read on their phone.
 */
export async function solapiServer(apiKey = 'TESTKEY', apiSecret = 'test-secret') {
  const sent: SentText[] = [];
  let refuse = false;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answer = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const auth = /^HMAC-SHA256 apiKey=([^,]+), date=([^,]+), salt=([^,]+), signature=([0-9a-f]+)$/.exec(req.headers.authorization ?? '');
      const expected = auth && createHmac('sha256', apiSecret).update(`${auth[2]}${auth[3]}`).digest('hex');
      if (!auth || auth[1] !== apiKey || auth[4] !== expected)
        return answer(403, { errorCode: 'SignatureDoesNotMatch', errorMessage: 'bad signature' });
      if (req.method !== 'POST' || req.url !== '/messages/v4/send-many/detail')
        return answer(404, { errorCode: 'NotFound', errorMessage: req.url });
      if (refuse) return answer(503, { errorCode: 'ServiceUnavailable', errorMessage: 'try later' });
      const { messages } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { messages: SentText[] };
      sent.push(...messages);
      answer(200, {
        groupInfo: { count: { total: messages.length, registeredFailed: 0 } },
        failedMessageList: [],
        messageList: messages.map((m, i) => ({ messageId: `M4V${sent.length}${i}`, to: m.to, from: m.from, statusCode: '2000' })),
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    sent,
    env: { SOLAPI_API_KEY: apiKey, SOLAPI_API_SECRET: apiSecret, SOLAPI_SENDER: '051-888-0000', SOLAPI_BASE_URL: url },
    /** Answers 503 until set back (a provider outage). */
    refuse(on: boolean) {
      refuse = on;
    },
    /** The texts to one number, waiting up to 5 s for `count` of them (they leave through the outbox after commit). */
    async to(phone: string, count = 1): Promise<SentText[]> {
      for (let i = 0; i < 100; i++) {
        const mine = sent.filter((m) => m.to === phone.replace(/\D/g, ''));
        if (mine.length >= count) return mine;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no ${count} text(s) to ${phone}: ${JSON.stringify(sent)}`);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
