import {
  AGE_BANDS,
  AGE_BAND_LABELS,
  BUSAN_DISTRICTS,
  PILLARS,
  type Pillar,
  EDUCATION_DOMAINS,
  EDUCATION_DOMAIN_LABELS,
  PROGRAMME_FORMATS,
  PROGRAMME_FORMAT_LABELS,
  SELECTION_METHOD_LABELS,
  applicationWindow,
  formatWon,
  seoulClock,
  seoulDate,
} from '@lalaland/shared';
import { MAX_QUERY_CHARS } from './korean-search';
import { CATALOGUE_PAGE_SIZE, type CatalogueItem, type CatalogueProgramme } from './catalogue.service';
import { DAYPARTS, comingMonths, filterQuery, type CatalogueFilters, type Daypart } from './catalogue-filters';

/** The public catalogue as HTML: server-rendered, readable with JavaScript off, no script, no personal data. */
export const esc = (s: unknown): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];
/** 2026년 12월 5일(토) — the Korean way, in Seoul. */
export function koreanDate(value: Date | string): string {
  const [y, m, d] = seoulDate(value).split('-').map(Number) as [number, number, number];
  return `${y}년 ${m}월 ${d}일(${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]})`;
}
const when = (v: Date) => `${koreanDate(v)} ${seoulClock(v)}`;
const district = (code: string) => BUSAN_DISTRICTS.find((d) => d.code === code)?.ko ?? code;
const fee = (won: number) => (won === 0 ? '무료' : formatWon(won));
const seatsLeft = (p: CatalogueItem) => Math.max(0, p.capacity - p.seatsTaken);

const CSS = `*{box-sizing:border-box}body{margin:0;font:18px/1.6 system-ui,-apple-system,"Apple SD Gothic Neo","Noto Sans KR",sans-serif;color:#1e2124;background:#f4f5f6}
a{color:#0b50d0}main a,footer a,header a,a.skip{display:inline-flex;align-items:center;min-height:44px}header,main,footer{max-width:960px;margin:0 auto;padding:16px}header{background:#fff;border-bottom:1px solid #cdd1d5;max-width:none;display:flex;justify-content:space-between;flex-wrap:wrap;gap:8px}header a.mine{font-size:18px;color:#0b50d0}
header a{font-weight:700;font-size:20px;text-decoration:none;color:#1e2124}h1{font-size:26px;line-height:1.3;margin:8px 0 16px}h2{font-size:21px;margin:24px 0 8px}
form.filters{display:grid;gap:12px;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));background:#fff;padding:16px;border:1px solid #cdd1d5;border-radius:8px}
label{display:block;font-weight:600;font-size:16px}input,select,button{font:inherit;min-height:48px;width:100%;padding:8px 12px;border:1px solid #6d7882;border-radius:6px;background:#fff;color:#1e2124}
label.check{display:flex;gap:8px;align-items:center;min-height:48px}details.more{grid-column:1/-1}details.more summary{min-height:48px;display:flex;align-items:center;font-weight:700;cursor:pointer;color:#0b50d0}.more-grid{display:grid;gap:12px;grid-template-columns:repeat(auto-fit,minmax(200px,1fr))}label.check input{width:24px;min-height:24px}
button{background:#0b50d0;color:#fff;border-color:#0b50d0;font-weight:700;cursor:pointer}ul.cards{list-style:none;padding:0;display:grid;gap:12px}
.card{background:#fff;border:1px solid #cdd1d5;border-radius:8px;padding:16px}.card h2{margin:0 0 4px;font-size:20px}.card a{display:flex;min-height:44px}
.meta{color:#464c53;font-size:16px;margin:0}.tag{display:inline-block;border:1px solid #6d7882;border-radius:4px;padding:0 8px;margin:4px 8px 0 0;font-size:15px}
.open{border-color:#0b50d0;color:#0b50d0;font-weight:700}.error{color:#bd2c0f;font-size:16px;margin:4px 0 0}dl{display:grid;grid-template-columns:minmax(96px,auto) 1fr;gap:4px 16px;background:#fff;padding:16px;border-radius:8px;border:1px solid #cdd1d5}
dt{font-weight:700}dd{margin:0}table{width:100%;border-collapse:collapse;background:#fff}th,td{text-align:left;padding:8px;border-bottom:1px solid #cdd1d5;font-size:16px}
nav.pages{display:flex;gap:12px;flex-wrap:wrap}nav.pages a{display:inline-flex;align-items:center;min-height:48px;min-width:48px;padding:0 12px;background:#fff;border:1px solid #6d7882;border-radius:6px}
footer{color:#464c53;font-size:15px}a.apply{background:#0b50d0;color:#fff;font-weight:700;padding:0 24px;border-radius:6px;text-decoration:none;min-height:48px}.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px}`;

export function layout(o: {
  title: string;
  description: string;
  url: string;
  body: string;
  jsonLd?: object;
  status?: string;
  /** A page of the citizen's own space: said in the footer, kept out of search engines. */
  personal?: boolean;
}): string {
  const ld = o.jsonLd ? `<script type="application/ld+json">${JSON.stringify(o.jsonLd).replace(/</g, '\\u003c')}</script>` : '';
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(o.title)}</title><meta name="description" content="${esc(o.description)}"><link rel="canonical" href="${esc(o.url)}">
<meta property="og:type" content="website"><meta property="og:site_name" content="부산 평생학습 LA-LA LAnd"><meta property="og:locale" content="ko_KR">
<meta property="og:title" content="${esc(o.title)}"><meta property="og:description" content="${esc(o.description)}"><meta property="og:url" content="${esc(o.url)}">
<meta name="twitter:card" content="summary">${o.personal ? '<meta name="robots" content="noindex">' : ''}${ld}<style>${CSS}</style></head><body><a class="skip" href="#main">본문 바로가기</a>
<header><a href="/catalogue">부산 평생학습 강좌 찾기</a><a class="mine" href="/my">내 학습</a></header><main id="main">${o.body}</main>
<footer><p>부산광역시 평생학습 컨소시엄 · LA-LA LAnd. ${o.personal ? '이 페이지는 로그인한 본인에게만 보입니다.' : '이 페이지에는 개인정보가 없습니다.'} <a href="/privacy">개인정보 처리방침</a></p></footer></body></html>`;
}

const option = (value: string, label: string, selected: string | undefined) =>
  `<option value="${esc(value)}"${value === (selected ?? '') ? ' selected' : ''}>${esc(label)}</option>`;

const WEEKDAY_NAMES = ['월', '화', '수', '목', '금', '토', '일'];
const DAYPART_LABELS: Record<Daypart, string> = { MORNING: '오전 (12시 전)', AFTERNOON: '오후 (12~18시)', EVENING: '저녁 (18시 이후)' };
const check = (name: string, on: boolean | undefined, label: string) =>
  `<label class="check"><input type="checkbox" name="${name}" value="1"${on ? ' checked' : ''}> ${label}</label>`;
const select = (id: string, label: string, all: string, options: Array<[string, string]>, selected: string | undefined) =>
  `<div><label for="${id}">${label}</label><select id="${id}" name="${id}">${option('', all, selected)}${options.map(([v, l]) => option(v, l, selected)).join('')}</select></div>`;

function filterForm(f: CatalogueFilters): string {
  // The first choices are always shown; the rest fold away (no script) and open when one of them is set.
  const more = !!(f.pillar || f.age || f.weekday || f.daypart || f.month || f.seatsLeft || f.accessible);
  return `<form class="filters" method="get" action="/catalogue" role="search">
<div><label for="q">검색어</label><input id="q" name="q" type="search" value="${esc(f.q)}" maxlength="${MAX_QUERY_CHARS}" placeholder="예: 디지털, 요리, 코딩"${
    f.qTooLong ? ' aria-invalid="true" aria-describedby="q-error"' : ''
  }>${f.qTooLong ? `<p id="q-error" class="error">검색어는 ${MAX_QUERY_CHARS}자까지 입력할 수 있습니다. 줄여서 다시 찾아 주세요.</p>` : ''}</div>
${select(
  'district',
  '지역',
  '부산 전체',
  BUSAN_DISTRICTS.map((d) => [d.code, d.ko]),
  f.district,
)}
${select(
  'domain',
  '분야',
  '전체',
  EDUCATION_DOMAINS.map((d) => [d, EDUCATION_DOMAIN_LABELS[d].ko]),
  f.domain,
)}
${select(
  'format',
  '수업 방식',
  '전체',
  PROGRAMME_FORMATS.map((d) => [d, PROGRAMME_FORMAT_LABELS[d].ko]),
  f.format,
)}
${check('free', f.free, '무료 강좌만')}${check('open', f.openNow, '지금 신청 가능한 강좌만')}
<details class="more"${more ? ' open' : ''}><summary>조건 더 보기</summary><div class="more-grid">
${select(
  'age',
  '대상 연령',
  '누구나',
  AGE_BANDS.map((b) => [b, AGE_BAND_LABELS[b].ko]),
  f.age,
)}
${select(
  'day',
  '요일',
  '아무 요일',
  WEEKDAY_NAMES.map((d, i) => [String(i + 1), `${d}요일`]),
  f.weekday ? String(f.weekday) : undefined,
)}
${select(
  'time',
  '시간대',
  '아무 때',
  DAYPARTS.map((d) => [d, DAYPART_LABELS[d]]),
  f.daypart,
)}
${select(
  'month',
  '시작하는 달',
  '언제든',
  comingMonths().map((m) => [m, `${Number(m.slice(0, 4))}년 ${Number(m.slice(5))}월`]),
  f.month,
)}
${select(
  'pillar',
  '사업 영역',
  '전체',
  PILLARS.map((p) => [p, PILLAR_CITIZEN_LABELS[p]]),
  f.pillar,
)}
${check('seats', f.seatsLeft, '남은 자리가 있는 강좌만')}${check('access', f.accessible, '편의 지원(휠체어, 수어 등)이 있는 강좌만')}
</div></details>
<div><button type="submit">찾기</button></div></form>`;
}

/** The project's three pillars as a citizen would read them. */
const PILLAR_CITIZEN_LABELS: Record<Pillar, string> = {
  LEARN: '배우기 (강좌)',
  LINK: '연결하기 (상담·연계)',
  ACT: '활동하기 (동아리·봉사)',
};

function windowTag(p: { applyFrom: Date | null; applyUntil: Date | null }, now: Date): string {
  const w = applicationWindow(p, now);
  if (w === 'OPEN')
    return `<span class="tag open">신청 가능${p.applyUntil ? ` · ${koreanDate(p.applyUntil)} ${seoulClock(p.applyUntil)}까지` : ''}</span>`;
  if (w === 'NOT_YET') return `<span class="tag">신청 ${when(p.applyFrom!)}부터</span>`;
  return `<span class="tag">신청 마감</span>`;
}

function card(p: CatalogueItem, now: Date): string {
  const left = seatsLeft(p);
  return `<li class="card"><h2><a href="/catalogue/${esc(p.id)}">${esc(p.title)}</a></h2>
<p class="meta">${esc(p.host)} · ${esc(EDUCATION_DOMAIN_LABELS[p.domain].ko)} · ${esc(PROGRAMME_FORMAT_LABELS[p.format].ko)}${p.place ? ` · ${esc(p.place)}` : ''}</p>
<p class="meta">${p.firstSession ? `${when(p.firstSession)} 시작 · ` : ''}${p.sessions}회 · ${fee(p.feeWon)} · ${esc(SELECTION_METHOD_LABELS[p.selection].ko)}</p>
${windowTag(p, now)}<span class="tag">${left > 0 ? `남은 자리 ${left}명 / 정원 ${p.capacity}명` : `정원 마감(대기 신청)`}</span></li>`;
}

export function listPage(f: CatalogueFilters, r: { items: CatalogueItem[]; total: number }, origin: string, now: Date): string {
  const pages = Math.ceil(r.total / CATALOGUE_PAGE_SIZE);
  const nav =
    pages > 1
      ? `<nav class="pages" aria-label="쪽 이동">${f.page > 1 ? `<a href="${esc(filterQuery(f, f.page - 1))}" rel="prev">이전 쪽</a>` : ''}<span class="meta">${f.page} / ${pages}쪽</span>${
          f.page < pages ? `<a href="${esc(filterQuery(f, f.page + 1))}" rel="next">다음 쪽</a>` : ''
        }</nav>`
      : '';
  const body = `<h1>부산 평생학습 강좌</h1>${filterForm(f)}
<p role="status">${
    f.qTooLong ? '검색어가 너무 깁니다.' : r.total ? `강좌 ${r.total}개` : '조건에 맞는 강좌가 없습니다. 검색어나 조건을 바꿔 보세요.'
  }</p>
<ul class="cards">${r.items.map((p) => card(p, now)).join('')}</ul>${nav}`;
  return layout({
    title: f.q ? `“${f.q}” 강좌 검색 — 부산 평생학습` : '부산 평생학습 강좌 찾기',
    description: '부산의 구·군, 대학, 기관이 여는 평생학습 강좌를 찾고 신청하세요.',
    url: `${origin}${filterQuery(f, f.page)}`,
    body,
  });
}

export function programmePage(p: CatalogueProgramme, origin: string, now: Date): string {
  const url = `${origin}/catalogue/${p.id}`;
  const who = [
    p.minAge !== null || p.maxAge !== null ? `${p.minAge ?? 0}세 ~ ${p.maxAge !== null ? `${p.maxAge}세` : ''}` : '',
    p.districts.length ? `${p.districts.map(district).join(', ')} 주민·직장인` : '',
    p.perPersonLimit ? `한 사람이 같은 기간에 이 기관 강좌 ${p.perPersonLimit}개까지` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const rows: Array<[string, string]> = [
    ['운영 기관', esc(p.host) + (p.cohosts.length ? ` (함께: ${p.cohosts.map(esc).join(', ')})` : '')],
    ['분야', esc(EDUCATION_DOMAIN_LABELS[p.domain].ko)],
    ['수업 방식', esc(PROGRAMME_FORMAT_LABELS[p.format].ko)],
    ['기간', `${koreanDate(p.startsOn)} ~ ${p.endsOn ? koreanDate(p.endsOn) : ''} · ${p.sessions}회`],
    ['정원', `${p.capacity}명 · 남은 자리 ${seatsLeft(p)}명${p.waitlisted ? ` · 대기 ${p.waitlisted}명` : ''}`],
    ['신청 기간', `${p.applyFrom ? when(p.applyFrom) : '지금'} ~ ${p.applyUntil ? when(p.applyUntil) : '정원이 찰 때까지'}`],
    ['선정 방법', esc(SELECTION_METHOD_LABELS[p.selection].ko) + (p.residentQuota ? ` (지역 주민 ${p.residentQuota}명 우선)` : '')],
    ['수강료', fee(p.feeWon)],
    ['신청 대상', esc(p.audience ?? '') + (who ? `${p.audience ? ' · ' : ''}${esc(who)}` : '') || '누구나'],
    ...(p.accessibility ? ([['편의 지원', esc(p.accessibility)]] as Array<[string, string]>) : []),
    ['문의', p.contactPhone ? `<a href="tel:${esc(p.contactPhone)}">${esc(p.contactPhone)}</a>` : esc(p.host)],
  ];
  const schedule = p.schedule.length
    ? `<table><caption class="meta">수업 일정 (${p.schedule.length}회)</caption><thead><tr><th scope="col">날짜·시간</th><th scope="col">장소</th></tr></thead><tbody>${p.schedule
        .map(
          (s) =>
            `<tr><td>${when(s.startsAt)}~${seoulClock(s.endsAt)}</td><td>${s.online ? '온라인' : esc(s.venue ?? '')}${s.address ? `<br><span class="meta">${esc(s.address)}</span>` : ''}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>수업 일정은 곧 알려 드립니다.</p>';
  const apply = applicationWindow(p, now) === 'OPEN' ? `<p><a class="apply" href="/apply/${esc(p.id)}">온라인으로 신청하기</a></p>` : '';
  const body = `<p><a href="/catalogue">← 강좌 목록</a></p><h1>${esc(p.title)}</h1>${windowTag(p, now)}${apply}
${p.description ? `<p>${esc(p.description)}</p>` : ''}<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
<h2>수업 일정</h2>${schedule}`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: p.title,
    description: p.description ?? p.title,
    url,
    inLanguage: 'ko',
    provider: { '@type': 'Organization', name: p.host },
    offers: { '@type': 'Offer', price: p.feeWon, priceCurrency: 'KRW', category: p.feeWon ? 'Paid' : 'Free' },
    hasCourseInstance: {
      '@type': 'CourseInstance',
      courseMode: p.format === 'ONLINE' ? 'online' : p.format === 'BLENDED' ? 'blended' : 'onsite',
      startDate: p.startsOn,
      ...(p.endsOn ? { endDate: p.endsOn } : {}),
      ...(p.schedule[0]?.address ? { location: { '@type': 'Place', name: p.schedule[0].venue, address: p.schedule[0].address } } : {}),
    },
  };
  const description = `${p.host} · ${koreanDate(p.startsOn)} 시작 · ${fee(p.feeWon)} · 정원 ${p.capacity}명`;
  return layout({ title: `${p.title} — 부산 평생학습`, description, url, body, jsonLd });
}

export function notFoundPage(origin: string): string {
  return layout({
    title: '찾으시는 강좌가 없습니다 — 부산 평생학습',
    description: '부산 평생학습 강좌 찾기',
    url: `${origin}/catalogue`,
    body: '<h1>찾으시는 강좌가 없습니다</h1><p>모집이 끝났거나 주소가 바뀌었을 수 있습니다.</p><p><a href="/catalogue">강좌 목록으로 가기</a></p>',
  });
}
