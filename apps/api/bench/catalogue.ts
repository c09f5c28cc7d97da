/**
 * `npm run bench -- catalogue [--write]`: the public door's pages on a fresh embedded PostgreSQL with the demo and 200
 * listed programmes of this year (issue 27's target: ≥ 2,000 req/s, p99 < 50 ms, ≤ 30 KB compressed):
 *   - the catalogue's first page and a programme's page, as phones ask for them (gzip), kept between writes;
 *   - searches (two Korean words × district × page) and filtered pages over thousands of combinations, more than the
 *     page cache keeps: mostly computed from the catalogue's snapshot and the Korean-aware ranking;
 *   - the compressed size of each page, and Lighthouse's scores (mobile) for the catalogue, a programme and the portal.
 */
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { startDemoServer } from './processes';
import { day, hostSide } from './hosts';
import { CONNECTIONS, DURATION, type Row } from './load';
import { lighthouseScores } from './lighthouse';

const WORDS = ['디지털', '스마트폰', '코딩', '요리', '영어', '인공지능', '사진', '창업', '건강', '글쓰기'];

async function get(server: string, scenario: string, url: string, path: (i: number) => string): Promise<Row> {
  let i = 0;
  const opts = {
    url,
    connections: CONNECTIONS,
    headers: { 'accept-encoding': 'gzip' },
    requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: path(i++) }) }],
  };
  await autocannon({ ...opts, duration: 2 });
  const r = await autocannon({ ...opts, duration: DURATION });
  const row = {
    server,
    scenario,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx + r.timeouts,
  };
  console.log(`${scenario.padEnd(60)} ${String(row.rps).padStart(7)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  errors ${row.errors}`);
  return row;
}

export async function benchCatalogue(apiRoot: string, repoRoot: string): Promise<{ rows: Row[]; notes: string[] }> {
  const server = await startDemoServer(apiRoot, repoRoot, 'catalogue');
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    const origin = server.origin;
    const { saha, ok, initiativeId, recruit } = await hostSide(origin);
    const ids: string[] = [];
    for (let n = 0; n < 200; n++) {
      const { createProgramme } = await ok(saha, 'mutation($i: CreateProgrammeInput!) { createProgramme(input: $i) { id } }', {
        i: {
          initiativeId,
          titleKo: `${WORDS[n % WORDS.length]} 교실 ${n + 1}기`,
          description: `${WORDS[(n * 3) % WORDS.length]}과 ${WORDS[(n * 7) % WORDS.length]}을 함께 배우는 ${n + 1}번째 강좌입니다.`,
          pillar: 'LEARN',
          domain: 'LIBERAL_ARTS',
          format: 'OFFLINE',
          capacity: 30,
          startsOn: day(7 + (n % 30)),
        },
      });
      const id = createProgramme.id as string;
      await ok(saha, 'mutation($i: SessionSeriesInput!) { createSessionSeries(input: $i) { id } }', {
        i: {
          programmeId: id,
          firstDate: day(7 + (n % 30)),
          weekdays: [1, 3, 5],
          count: 8,
          startTime: '10:00',
          endTime: '12:00',
          onlineUrl: 'https://meet.example.test/x',
        },
      });
      await recruit(id);
      await ok(saha, 'mutation($i: ProgrammeOfferInput!) { saveProgrammeOffer(input: $i) { published } }', {
        i: {
          programmeId: id,
          published: true,
          selection: 'FIRST_COME',
          feeWon: n % 4 ? 0 : 30000,
          applyUntil: new Date(Date.now() + 14 * 86_400_000).toISOString(),
        },
      });
      ids.push(id);
    }
    const size = async (path: string) => {
      const html = Buffer.from(await (await fetch(origin + path)).arrayBuffer());
      return `${path.replace(/[0-9a-f-]{36}/, ':id')}: ${(html.length / 1024).toFixed(1)} KB, ${(gzipSync(html).length / 1024).toFixed(1)} KB gzip`;
    };
    notes.push(
      `200 listed programmes of this year (8 sessions each) beside the demo; page sizes — ${await size('/catalogue')}; ${await size(`/catalogue/${ids[0]}`)}`,
    );
    const districts = [
      '',
      '26110',
      '26140',
      '26170',
      '26200',
      '26230',
      '26260',
      '26290',
      '26320',
      '26350',
      '26380',
      '26410',
      '26440',
      '26470',
      '26500',
      '26530',
      '26710',
    ];
    const domains = ['', 'REMEDIAL', 'LITERACY', 'VOCATIONAL', 'LIBERAL_ARTS', 'CULTURE_ARTS', 'CIVIC'];
    rows.push(await get('LA-LA LAnd', 'catalogue, first page (kept between writes)', origin, () => '/catalogue'));
    rows.push(await get('LA-LA LAnd', 'a programme page (kept between writes)', origin, (i) => `/catalogue/${ids[i % ids.length]}`));
    rows.push(
      await get(
        'LA-LA LAnd',
        'search, two Korean words × district × page: 5,100 combinations (pages computed; each query’s matches kept until a change)',
        origin,
        (i) =>
          `/catalogue?q=${encodeURIComponent(`${WORDS[i % 10]} ${WORDS[Math.floor(i / 10) % 10]}`)}&district=${districts[Math.floor(i / 100) % 17]}&page=${1 + (Math.floor(i / 1700) % 3)}`,
      ),
    );
    rows.push(
      await get('LA-LA LAnd', 'filtered pages, 2,856 combinations (mostly computed)', origin, (i) => {
        const q = new URLSearchParams({
          district: districts[i % 17]!,
          domain: domains[Math.floor(i / 17) % 7]!,
          format: ['', 'OFFLINE', 'ONLINE'][Math.floor(i / 119) % 3]!,
        });
        if (Math.floor(i / 357) % 2) q.set('free', '1');
        if (Math.floor(i / 714) % 2) q.set('open', '1');
        q.set('page', String(1 + (Math.floor(i / 1428) % 2)));
        return `/catalogue?${q}`;
      }),
    );
    const scores = await lighthouseScores(origin, [
      ['the catalogue', '/catalogue'],
      ['a programme page', `/catalogue/${ids[0]}`],
      ['the portal’s sign-in page', '/'],
    ]);
    for (const s of scores)
      notes.push(
        `Lighthouse (mobile, simulated slow 4G) on ${s.page}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s.bestPractices}, SEO ${s.seo}; largest contentful paint ${(s.lcpMs / 1000).toFixed(1)} s; ${(s.bytes / 1024).toFixed(1)} KiB transferred`,
      );
  } finally {
    await server.close();
  }
  return { rows, notes };
}
