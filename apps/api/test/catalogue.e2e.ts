import { gunzipSync } from 'node:zlib';
import { get, type IncomingHttpHeaders } from 'node:http';
import { SELECTION_METHODS } from '@lalaland/shared';
import { Client } from './support/app';
import { expectAccess } from './support/access-matrix';
import { ENROL, SERIES, learnFixture, mondayAhead, type LearnFixture } from './support/learn';
import { OFFER, SAVE_OFFER } from './support/catalogue';

const TITLE = '어르신 디지털 배움터';
const PERSON = '공개면검사';
const PHONE = '010-4545-7878';

describe('catalogue: the public door, read by anyone, published by the host', () => {
  let f: LearnFixture;
  let id: string;
  const page = async (path: string, headers: Record<string, string> = {}) => {
    const r = await fetch(`${f.t.url}${path}`, { headers: { accept: 'text/html', ...headers } });
    return {
      status: r.status,
      type: r.headers.get('content-type') ?? '',
      encoding: r.headers.get('content-encoding'),
      text: await r.text(),
    };
  };
  const raw = (path: string, headers: Record<string, string>) =>
    new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) =>
      get(`${f.t.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject),
    );
  const offer = (extra: Record<string, unknown> = {}) => ({
    programmeId: id,
    published: true,
    applyFrom: new Date(Date.now() - 3_600_000).toISOString(),
    applyUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    selection: 'FIRST_COME' as const,
    feeWon: 0,
    districts: ['26380'],
    contactPhone: '051-220-4000',
    accessibility: '휠체어 출입 가능',
    ...extra,
  });

  beforeAll(async () => {
    f = await learnFixture();
    const p = await f.newProgramme(f.saha, {
      initiativeId: f.nextYear,
      titleKo: TITLE,
      description: '스마트폰과 무인 주문기를 처음부터 천천히 배웁니다.',
      domain: 'LIBERAL_ARTS',
      startsOn: mondayAhead(14),
      capacity: 12,
    });
    id = p.id;
    const series = await f.saha.gql(SERIES, {
      i: {
        programmeId: id,
        firstDate: mondayAhead(14),
        weekdays: [1, 3],
        count: 4,
        startTime: '10:00',
        endTime: '12:00',
        venueId: f.venue,
      },
    });
    expect(series.errors).toBeUndefined();
  });
  afterAll(() => f.t.close());

  it('a draft cannot be published; once recruiting, its host publishes it and only its host may (role × organization)', async () => {
    const early = await f.saha.gql(SAVE_OFFER, { i: offer() });
    expect(Client.code(early)).toBe('OFFER_NOT_PUBLISHABLE');
    await f.recruiting(id);
    await expectAccess(
      f.t,
      SAVE_OFFER,
      { i: offer() },
      {
        sahaStaff: 'ok',
        cityAdmin: 'FORBIDDEN', // the stream's lead approves programmes; the host offers them
        namStaff: 'PROGRAMME_NOT_FOUND', // not in the stream
        yeonjeStaff: 'PROGRAMME_NOT_FOUND',
        ministryViewer: 'FORBIDDEN',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    const bad = await f.saha.gql(SAVE_OFFER, {
      i: offer({ applyUntil: new Date(Date.now() - 86_400_000).toISOString(), residentQuota: 20 }),
    });
    expect(Client.code(bad)).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(bad.errors)).toContain('접수 종료는 접수 시작보다 늦어야 합니다.');
    expect(JSON.stringify(bad.errors)).toContain('거주자 우선 인원은 정원 이하여야 합니다 (12명).');
    expect((await f.saha.gql(OFFER, { id })).data!.programme.offer).toMatchObject({ published: true, selection: 'FIRST_COME' });
    const audit = await f.count("SELECT count(*) AS n FROM audit_event WHERE entity_id = $1 AND action LIKE 'programme_offer.%'", [id]);
    expect(audit).toBeGreaterThanOrEqual(1);
    expect(SELECTION_METHODS).toContain('LOTTERY');
  });

  it('the catalogue shows it without sign-in: search (with a slip), filters, its page with schedule and seats, and no personal data', async () => {
    const person = await f.register(f.saha, PERSON, PHONE);
    expect((await f.saha.gql(ENROL, { p: id, x: person.id })).errors).toBeUndefined();

    const list = await page('/catalogue');
    expect(list.status).toBe(200);
    expect(list.type).toContain('text/html');
    expect(list.text).toContain(TITLE);
    expect((await page('/catalogue?q=' + encodeURIComponent('디지탈'))).text).toContain(TITLE);
    expect((await page('/catalogue?q=' + encodeURIComponent('요리 교실'))).text).not.toContain(TITLE);
    expect((await page('/catalogue?district=26380&free=1&open=1')).text).toContain(TITLE);
    expect((await page('/catalogue?domain=CIVIC')).text).not.toContain(TITLE);

    const one = await page(`/catalogue/${id}`);
    expect(one.status).toBe(200);
    for (const text of [TITLE, '남은 자리 11명', '선착순', '무료', '휠체어 출입 가능', '051-220-4000', '"@type":"Course"', 'og:title'])
      expect(one.text).toContain(text);
    expect(one.text).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일\([일월화수목금토]\) 10:00~12:00/);
    for (const page of [list.text, one.text]) {
      expect(page).not.toContain(PERSON);
      expect(page).not.toContain('4545');
      expect(page).not.toMatch(/<script(?! type="application\/ld\+json")/);
    }
    // Compressed for phones: the page with its styles is far under 30 KB.
    const gz = await raw(`/catalogue/${id}`, { 'accept-encoding': 'gzip, br' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.length).toBeLessThan(30 * 1024);
    expect(gunzipSync(gz.body).toString()).toContain(TITLE);
  });

  it('robots.txt and the sitemap name the catalogue; unpublished, the programme leaves both at once (every replica drops its pages)', async () => {
    const robots = await page('/robots.txt');
    expect(robots.type).toContain('text/plain');
    expect(robots.text).toContain('Allow: /catalogue');
    expect(robots.text).toContain('Sitemap: ');
    expect((await page('/sitemap.xml')).text).toContain(`/catalogue/${id}`);
    await page(`/catalogue/${id}`); // kept
    expect((await f.saha.gql(SAVE_OFFER, { i: offer({ published: false }) })).errors).toBeUndefined();
    expect((await page(`/catalogue/${id}`)).status).toBe(404);
    expect((await page('/catalogue')).text).not.toContain(TITLE);
    expect((await page('/sitemap.xml')).text).not.toContain(id);
  });

  it('hostile addresses get a page, never an error: unknown ids and values, repeated and oversized parameters, markup in the query', async () => {
    expect((await page('/catalogue/not-a-uuid')).status).toBe(404);
    expect((await page('/catalogue/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    const odd = await page(
      '/catalogue?page=99999999&domain=NOPE&district=x&q=' + encodeURIComponent('<script>alert(1)</script>'.repeat(20)) + '&q=2',
    );
    expect(odd.status).toBe(200);
    expect(odd.text).not.toContain('<script>alert');
    expect(odd.text).toContain('&lt;script&gt;');
  });
});
