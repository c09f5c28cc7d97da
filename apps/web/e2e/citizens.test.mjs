// Browser test of the citizen's own space (issue 30), on a 390 px phone: a citizen signs in with a code texted to
// their phone (read from a local Solapi stand-in), checks in at a class by scanning the rotating QR code a staff
// browser shows — the check-in arriving there live —, downloads their certificate, answers a follow-up texted to them,
// asks to see their data and withdraws a consent; the staff answer the request within its deadline. Axe on every
// state; nothing wider than the phone; targets at least 44 px.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, browserSession, gql, listedProgramme, ok, signIn, smsSink } from './harness.mjs';

const seoul = (ms = 0) => new Date(Date.now() + 9 * 3_600_000 + ms);
const day = (days) =>
  seoul(days * 86_400_000)
    .toISOString()
    .slice(0, 10);
const clock = (ms) => seoul(ms).toISOString().slice(11, 16);
const PHONE = '010-2468-1357';
const STATUS = 'mutation($id: ID!, $s: ProgrammeStatus!) { changeProgrammeStatus(id: $id, status: $s) { status } }';

describe("the citizen's own space in a real browser", () => {
  let sms;
  const app = browserSession({ env: async () => (sms = await smsSink()).env });
  const { newPage } = app;
  after(() => sms?.close());

  /** A text to the citizen containing `words`, waiting for it (the outbox sends after commit). */
  async function textWith(words) {
    for (let i = 0; i < 300; i++) {
      const m = sms.sent.filter((x) => x.to === PHONE.replace(/\D/g, '') && x.text.includes(words)).pop();
      if (m) return m.text;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no text with "${words}"`);
  }

  /** A class under way now (started five minutes ago, online), listed and recruiting. */
  async function classNow(staff, lead) {
    const programmeId = await listedProgramme(
      staff,
      lead,
      { titleKo: '스마트폰 은행 업무 교실', format: 'ONLINE', capacity: 2, startsOn: day(0) },
      { selection: 'FIRST_COME', applyUntil: new Date(Date.now() + 3_600_000).toISOString() },
    );
    const weekday = ((seoul().getUTCDay() + 6) % 7) + 1;
    const start = clock(-5 * 60_000) > clock(0) ? '00:00' : clock(-5 * 60_000);
    const end = clock(60 * 60_000) < clock(0) ? '23:59' : clock(60 * 60_000);
    const { createSessionSeries: sessions } = ok(
      await gql(staff, 'mutation($i: SessionSeriesInput!) { createSessionSeries(input: $i) { id } }', {
        i: {
          programmeId,
          firstDate: day(0),
          weekdays: [weekday],
          count: 1,
          startTime: start,
          endTime: end,
          onlineUrl: 'https://class.test/bank',
        },
      }),
    );
    return { programmeId, sessionId: sessions[0].id };
  }

  test('a citizen signs in by a texted code, checks in by QR while staff watch, prints a certificate, answers a follow-up, asks to see their data and withdraws a consent; staff answer in time', async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'saha.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.waitForURL(/\/home/);
    const c = await classNow(staff, lead);

    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const checks = async (what) => {
      assert.deepEqual(await axe(phone), [], `axe: ${what}`);
      assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no sideways scrolling: ${what}`);
      const small = await phone.evaluate(() =>
        [
          ...document.querySelectorAll(
            'main a, main button, main input:not([type=hidden]):not([type=checkbox]):not([type=radio]), main select, main textarea',
          ),
        ]
          .filter((e) => e.getClientRects().length && e.getBoundingClientRect().height < 44)
          .map((e) => e.outerHTML.slice(0, 80)),
      );
      assert.deepEqual(small, [], `44 px targets: ${what}`);
    };

    // Applied on the public door (as in the catalogue's test), then into their own space by a code — no password.
    await phone.goto(`${app.url}/apply/${c.programmeId}`);
    await phone.getByLabel('이름').fill('문정희');
    await phone.getByLabel('휴대전화 번호').fill(PHONE);
    await phone.getByLabel('태어난 해').fill('1951');
    await phone.getByLabel('위 내용을 읽었고 동의합니다').check();
    await phone.getByRole('button', { name: '인증번호 받기' }).click();
    await phone.getByLabel('인증번호 6자리').fill(/인증번호 (\d{6})/.exec(await textWith('인증번호'))[1]);
    await phone.getByRole('button', { name: '신청 마치기' }).click();
    await phone.getByText('수강이 확정되었습니다.').waitFor();

    await phone.goto(`${app.url}/my`);
    await phone.getByRole('heading', { name: '내 학습' }).waitFor();
    await checks('the sign-in');
    await phone.getByLabel('휴대전화 번호').fill(PHONE);
    await phone.getByRole('button', { name: '인증번호 받기' }).click();
    await phone.getByText('등록된 번호라면 1분 안에').waitFor();
    await checks('the code');
    await phone.getByLabel('인증번호 (6자리)').fill(/인증번호 (\d{6})/.exec(await textWith('내 학습 로그인 인증번호'))[1]);
    await phone.getByRole('button', { name: '확인' }).click();
    await phone.getByRole('heading', { name: '신청·수강 중인 강좌' }).waitFor();
    await phone.getByText('수강 확정').waitFor();
    await checks('my learning');

    // The staff's screen shows the learners' QR code; the citizen scans it and taps once; it arrives on the sheet.
    await staff.goto(`${app.url}/sessions/${c.sessionId}/attendance`);
    await staff.getByRole('button', { name: '수강생 QR 출석 열기' }).click();
    const qr = staff.getByRole('img', { name: '수강생 출석 QR 코드 (1분마다 바뀜)' });
    await qr.waitFor();
    assert.deepEqual(await axe(staff), [], 'the sheet with the QR code');
    const scanned = await qr.getAttribute('data-url');
    await phone.goto(scanned.replace(/^https?:\/\/[^/]+/, app.url));
    await phone.getByRole('heading', { name: '출석하기' }).waitFor();
    await checks('the check-in');
    await phone.getByRole('button', { name: '출석합니다' }).click();
    await phone.getByRole('heading', { name: '출석했습니다' }).waitFor();
    await checks('checked in');
    await staff.getByText('본인 QR').waitFor({ timeout: 15_000 });
    await staff.getByRole('button', { name: 'QR 닫기' }).click();

    // The class ends; the certificate is theirs to download and print from their space.
    ok(await gql(staff, STATUS, { id: c.programmeId, s: 'RUNNING' }));
    ok(await gql(staff, STATUS, { id: c.programmeId, s: 'COMPLETED' }));
    await phone.goto(`${app.url}/my`);
    const certificate = phone.getByRole('link', { name: '수료증 내려받기 (PDF, 인쇄용)' });
    await certificate.waitFor();
    const pdf = await phone.request.get(new URL(await certificate.getAttribute('href'), app.url).href);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    await checks('my learning with a certificate');

    // A follow-up texted to them (staff ask now, instead of calling): a short form, answered in two taps.
    const { followUps } = ok(await gql(staff, '{ followUps(limit: 100) { items { id months programme { id } } } }'));
    const followUp = followUps.items.find((f) => f.programme.id === c.programmeId && f.months === 3);
    ok(await gql(staff, 'mutation($id: ID!) { askFollowUp(id: $id) { id } }', { id: followUp.id }));
    const link = /\/my\/follow-up\/[A-Za-z0-9_-]{43}/.exec(await textWith('요즘 어떻게 지내세요?'))[0];
    await phone.goto(`${app.url}${link}`);
    await phone.getByRole('heading', { name: /스마트폰 은행 업무 교실 수료 3개월/ }).waitFor();
    await checks('the follow-up form');
    await phone.getByLabel('일하고 있습니다 (취업)').check();
    await phone.getByLabel('일하는 형태 (일하는 경우)').selectOption({ label: '시간제' });
    await phone.getByRole('button', { name: '보내기' }).click();
    await phone.getByRole('heading', { name: '답해 주셔서 고맙습니다' }).waitFor();

    // They ask to see everything held about them, and can download it at once.
    await phone.goto(`${app.url}/my/requests`);
    await checks('the requests');
    await phone.getByRole('button', { name: '요구하기' }).click();
    const number = /(\d+)번으로 접수했습니다/.exec(await phone.getByRole('status').innerText())[1];
    const data = await phone.request.get(`${app.url}/my/export.json`);
    assert.equal((await data.json()).holdings[0].name, '문정희');

    // The staff see it on their home with its deadline and answer it.
    await staff.goto(`${app.url}/home`);
    await staff.getByRole('link', { name: '답할 요구 1건' }).click();
    await staff.getByRole('heading', { name: '개인정보 열람·정정·삭제·처리정지 요구', level: 1 }).waitFor();
    await staff.getByText('D-10').waitFor();
    assert.deepEqual(await axe(staff), [], 'the requests page');
    await staff.getByRole('button', { name: '답하기' }).click();
    const dialog = staff.getByRole('dialog', { name: new RegExp(`${number}번 열람 요구에 답하기`) });
    await dialog.getByRole('button', { name: '답변 보내기' }).click();
    await dialog.getByText('답변을 적어 주세요.').waitFor();
    await dialog.getByLabel(/^답변/).fill('누리집에서 내려받으신 파일이 우리 기관이 가진 정보 전부입니다. 종이 서류는 없습니다.');
    await dialog.getByRole('button', { name: '답변 보내기' }).click();
    await staff.getByText(`${number}번 요구에 답했습니다.`).waitFor();
    assert.match(await textWith('개인정보 열람 요구'), /처리했습니다/);
    await phone.goto(`${app.url}/my/requests`);
    await phone.getByText('처리 완료').waitFor();

    // Withdrawing a consent: its effect said first, then one button.
    await phone.goto(`${app.url}/my`);
    await phone.getByRole('link', { name: '동의 철회' }).first().click();
    await phone.getByText('철회하면 이 기관은 더 이상 이름과 연락처를 볼 수 없고').waitFor();
    await checks('the withdrawal');
    await phone.getByRole('button', { name: '철회합니다' }).click();
    await phone.getByText('동의를 철회했습니다.').waitFor();
    await checks('after the withdrawal');
  });
});
