import { Client as PgClient } from 'pg';
import { gunzipSync } from 'node:zlib';
import { get, type IncomingHttpHeaders } from 'node:http';
import { SELECTION_METHODS } from '@lalaland/shared';
import { Client } from './support/app';
import { expectAccess } from './support/access-matrix';
import { ENROL, SERIES, learnFixture, mondayAhead, type LearnFixture } from './support/learn';
import { INSTRUCTOR, OFFER, SAVE_OFFER } from './support/catalogue';

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
    // Whom it is for, when it meets (Mondays and Wednesdays at 10:00, Seoul), when it starts, seats, accessibility.
    const month = mondayAhead(14).slice(0, 7);
    const narrowed = await page(`/catalogue?age=AGE_65_PLUS&day=1&time=MORNING&month=${month}&pillar=LEARN&seats=1&access=1`);
    expect(narrowed.text).toContain(TITLE);
    expect(narrowed.text).toContain('<details class="more" open>'); // the folded choices show what is set
    for (const other of [
      'day=2',
      'time=EVENING',
      `month=${mondayAhead(60).slice(0, 7) === month ? '2099-01' : mondayAhead(60).slice(0, 7)}`,
      'pillar=ACT',
    ])
      expect((await page(`/catalogue?${other}`)).text).not.toContain(TITLE);
    // Values it does not know are ignored, never an error.
    const odd = await page('/catalogue?day=9&time=NOON&month=1999-13&age=ALL&pillar=%3Cb%3E&seats=yes');
    expect(odd.status).toBe(200);
    expect(odd.text).toContain(TITLE);
    expect(odd.text).toContain('<details class="more">');

    const one = await page(`/catalogue/${id}`);
    expect(one.status).toBe(200);
    for (const text of [TITLE, '남은 자리 11명', '선착순', '무료', '휠체어 출입 가능', '051-220-4000', '"@type":"Course"', 'og:title'])
      expect(one.text).toContain(text);
    expect(one.text).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일\([일월화수목금토]\) 10:00~12:00/);
    for (const page of [list.text, one.text]) {
      expect(page).not.toContain(PERSON);
      // The number in any form it could be written (a bare '4545' can occur inside a programme's id).
      for (const number of [PHONE, PHONE.replace(/-/g, ''), '4545-7878']) expect(page).not.toContain(number);
      expect(page).not.toMatch(/<script(?! type="application\/ld\+json")/);
    }
    // Compressed for phones: the page with its styles is far under 30 KB.
    const gz = await raw(`/catalogue/${id}`, { 'accept-encoding': 'gzip, br' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.length).toBeLessThan(30 * 1024);
    expect(gunzipSync(gz.body).toString()).toContain(TITLE);
  });

  it('kept pages outlive writes to tables they do not read (attendance) and not those they read (the programme)', async () => {
    await page(`/catalogue/${id}`);
    await page('/catalogue');
    // A title changed without a signal (triggers off for this session): a kept page still shows the old one.
    const quiet = new PgClient({ connectionString: f.t.databaseUrl });
    await quiet.connect();
    await quiet.query("SET session_replication_role = 'replica'");
    await quiet.query('UPDATE programme SET title_ko = $2 WHERE id = $1', [id, `${TITLE} (바뀜)`]);
    await quiet.query("SET session_replication_role = 'origin'");
    // attendance taken elsewhere: the pages are still the kept ones
    await quiet.query('UPDATE attendance SET minutes = minutes WHERE session_id = (SELECT session_id FROM attendance LIMIT 1)');
    expect((await page(`/catalogue/${id}`)).text).not.toContain('(바뀜)');
    expect((await page('/catalogue')).text).not.toContain('(바뀜)');
    // a write to the programme's own table (another programme's): both pages are computed again
    await quiet.query(
      'UPDATE programme SET updated_at = updated_at WHERE id <> $1 AND id = (SELECT id FROM programme WHERE id <> $1 LIMIT 1)',
      [id],
    );
    expect((await page(`/catalogue/${id}`)).text).toContain('(바뀜)');
    expect((await page('/catalogue')).text).toContain('(바뀜)');
    await quiet.query('UPDATE programme SET title_ko = $2 WHERE id = $1', [id, TITLE]);
    await quiet.end();
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
    // a search longer than the catalogue reads is refused beside the field, the words kept, never silently cut
    expect(odd.text).toContain('검색어는 40자까지 입력할 수 있습니다.');
    expect(odd.text).toContain('aria-invalid="true"');
  });

  it('the national standard course data: 27 columns per listed programme, as CSV, JSON and pages in JSON or XML', async () => {
    const stream = ((await f.t.db.query("SELECT id FROM funding_stream WHERE code = 'LALALAND-NEXT'")) as Array<{ id: string }>)[0]!.id;
    const teacher = (await f.saha.gql(INSTRUCTOR, { i: { streamId: stream, name: '김강사' } })).data!.createInstructor.id;
    const p = await f.newProgramme(f.saha, {
      initiativeId: f.nextYear,
      titleKo: '표준데이터 확인 강좌',
      description: '엑셀 기초',
      domain: 'VOCATIONAL',
      startsOn: mondayAhead(21),
      capacity: 15,
    });
    const series = await f.saha.gql(SERIES, {
      i: {
        programmeId: p.id,
        firstDate: mondayAhead(21),
        weekdays: [2, 4],
        count: 4,
        startTime: '13:00',
        endTime: '15:00',
        venueId: f.venue,
        instructorId: teacher,
      },
    });
    expect(series.errors).toBeUndefined();
    await f.recruiting(p.id);
    const applyFrom = '2026-12-01T01:00:00.000Z';
    const applyUntil = '2027-01-10T09:00:00.000Z';
    const saved = await f.saha.gql(SAVE_OFFER, {
      i: {
        programmeId: p.id,
        published: true,
        selection: 'LOTTERY',
        feeWon: 30000,
        applyFrom,
        applyUntil,
        contactPhone: '051-220-4000',
        minAge: 65,
        creditBank: true,
      },
    });
    expect(saved.errors).toBeUndefined();

    const all = (await (await fetch(`${f.t.url}/open-data/courses.json`)).json()) as Array<Record<string, string>>;
    const row = all.find((r) => r['강좌명'] === '표준데이터 확인 강좌')!;
    const [venue] = (await f.t.db.query('SELECT name, address FROM venue WHERE id = $1', [f.venue])) as Array<{
      name: string;
      address: string;
    }>;
    expect(Object.keys(row)).toHaveLength(27);
    expect(row).toEqual({
      강좌명: '표준데이터 확인 강좌',
      강사명: '김강사',
      교육시작일자: mondayAhead(21),
      교육종료일자: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      교육시작시각: '13:00',
      교육종료시각: '15:00',
      강좌내용: '엑셀 기초',
      교육대상구분: '노인',
      교육방법구분: '오프라인',
      운영요일: '화+목',
      교육장소: venue!.name,
      강좌정원수: '15',
      수강료: '30000',
      교육장도로명주소: venue!.address,
      운영기관명: '부산광역시 사하구',
      운영기관전화번호: '051-220-4000',
      접수시작일자: '2026-12-01',
      접수종료일자: '2027-01-10',
      접수방법구분: '인터넷',
      선정방법구분: '추첨',
      홈페이지주소: expect.stringMatching(new RegExp(`^https?://[^/]+/catalogue/${p.id}$`)),
      직업능력개발훈련비지원강좌여부: 'N',
      '학점은행제평가(학점)인정여부': 'Y',
      평생학습계좌제평가인정여부: 'N',
      데이터기준일자: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      제공기관코드: '6260000',
      제공기관명: '부산광역시',
    });

    const csv = await (await fetch(`${f.t.url}/open-data/courses.csv`)).text();
    const [header, ...lines] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header!.split(',')[0]).toBe('강좌명');
    expect(header!.split(',')).toHaveLength(27);
    expect(lines.some((l) => l.startsWith('표준데이터 확인 강좌,김강사,'))).toBe(true);

    const paged = (await (await fetch(`${f.t.url}/open-data/courses?pageNo=1&numOfRows=1`)).json()) as {
      response: { header: { resultCode: string }; body: { items: unknown[]; totalCount: number; numOfRows: number; pageNo: number } };
    };
    expect(paged.response.header.resultCode).toBe('00');
    expect(paged.response.body).toMatchObject({ numOfRows: 1, pageNo: 1, totalCount: all.length });
    expect(paged.response.body.items).toHaveLength(1);
    const xml = await (await fetch(`${f.t.url}/open-data/courses?pageNo=abc&numOfRows=99999&type=xml`)).text();
    expect(xml).toContain('<resultCode>00</resultCode>');
    expect(xml).toContain('<numOfRows>1000</numOfRows>');
    expect(xml).toContain('>표준데이터 확인 강좌</col1>');
  });
});
