import { describe, expect, it, beforeAll } from 'vitest';
import { ServerError } from '@apollo/client/errors';
import i18n, { initI18n } from '../lib/i18n';
import { errorMessage } from './ErrorAlert';

const answer = (status: number, body: string) => new ServerError('failed', { response: new Response(body, { status }), bodyText: body });

describe('error messages', () => {
  beforeAll(async () => {
    initI18n([]);
    await i18n.changeLanguage('ko');
    await i18n.loadLanguages('en');
  });

  it('a server failure says so with its status, never "check your network"', () => {
    expect(errorMessage(answer(500, '<html>Internal Server Error</html>'), 'ko', 'NETWORK')).toBe(
      '서버가 요청을 처리하지 못했습니다 (HTTP 500). 잠시 후 다시 시도하고, 계속되면 관리자에게 알려 주세요.',
    );
    expect(errorMessage(answer(502, ''), 'en', 'NETWORK')).toContain('(HTTP 502)');
  });

  it("the API's own refusal is shown in the reader's language; no answer at all is the network message", () => {
    const body = JSON.stringify({
      errors: [{ message: 'x', extensions: { code: 'RATE_LIMITED', messages: { ko: '요청이 너무 많습니다.', en: 'Too many requests.' } } }],
    });
    expect(errorMessage(answer(429, body), 'ko', 'NETWORK')).toBe('요청이 너무 많습니다.');
    expect(errorMessage(new TypeError('Failed to fetch'), 'ko', 'NETWORK')).toBe('NETWORK');
  });
});
