import { loadConfig } from './config';

describe('configuration defaults', () => {
  it('seeds the demo users (published password) outside production, and in production only when asked', () => {
    expect(loadConfig({}).seedDemoData).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', PII_KEY: 'x' }).seedDemoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
    expect(loadConfig({ SEED_DEMO_DATA: 'false' }).seedDemoData).toBe(false);
  });
});

describe('TRUST_PROXY: whose X-Forwarded-For is believed', () => {
  it('believes nobody by default; the listed proxies when set; never everyone, never a bare hop count', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(() => loadConfig({ TRUST_PROXY: '1' })).toThrow(/hop count/);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toBe('10.0.0.0/8,loopback');
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/8,*' })).toThrow(/refused: \*/);
  });
});

describe('KAKAO_PF_ID and KAKAO_TEMPLATES: which texts go as 카카오 알림톡', () => {
  it('none by default; kind:templateId pairs with the channel; a half or malformed setting is refused at boot', () => {
    expect(loadConfig({}).kakao).toBeNull();
    expect(loadConfig({ KAKAO_PF_ID: 'KA01PF1', KAKAO_TEMPLATES: 'phone_code:KA01TP1, session_reminder:KA01TP2' }).kakao).toEqual({
      pfId: 'KA01PF1',
      templates: { phone_code: 'KA01TP1', session_reminder: 'KA01TP2' },
    });
    expect(() => loadConfig({ KAKAO_PF_ID: 'KA01PF1' })).toThrow(/go together/);
    expect(() => loadConfig({ KAKAO_TEMPLATES: 'phone_code:KA01TP1' })).toThrow(/go together/);
    expect(() => loadConfig({ KAKAO_PF_ID: 'KA01PF1', KAKAO_TEMPLATES: 'phone_code' })).toThrow(/refused: phone_code/);
  });
});
