// Browser tests of Link (issue 13), on one server: mentors assigned, confirmed and their hours verified; a referral
// with consent accepted and enrolled; an outcome recorded and a follow-up closed. Axe on every state. (Act: act.test.mjs.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, browserSession, gql, ok, signIn, fiscalYearNow } from './harness.mjs';

describe('Link in a real browser', () => {
  const app = browserSession();
  const { newPage } = app;

  test('a coach is assigned to a class session from the suggestions (with the reasons), confirmed for them; a held session’s hours are logged and verified', async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'nam.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    // The home shows the mentor work: hours of the Digital Literacy Academy's last held session wait to be logged.
    await staff.getByRole('heading', { name: /^활동 시간 확인 대기 \([1-9]\d*\)/ }).waitFor();

    // A class next week with one session, in this year's stream (the demo opens the stream year that holds today).
    const seoul = new Date(Date.now() + 9 * 3_600_000);
    const fiscalYear = fiscalYearNow();
    const tuesday = new Date(seoul);
    tuesday.setUTCDate(seoul.getUTCDate() + 7 + ((9 - seoul.getUTCDay()) % 7));
    const dotted = (d) => d.toISOString().slice(0, 10).replaceAll('-', '. ') + '.';
    const monday = new Date(tuesday.getTime() - 86_400_000);
    await staff.goto(`${app.url}/programmes`);
    await staff.getByRole('button', { name: '새 프로그램' }).click();
    const form = staff.getByRole('dialog', { name: '새 프로그램' });
    const initiative = form.getByLabel(/^세부 사업/);
    await initiative.selectOption(
      (await initiative
        .locator('option', { hasText: `(${fiscalYear})` })
        .first()
        .getAttribute('value')) ?? '',
    );
    await form.getByLabel(/^프로그램명\(한국어\)/).fill('멘토와 함께하는 스마트폰 교실');
    await form.getByLabel(/^정원/).fill('10');
    await form.getByLabel(/^시작일/).fill(dotted(monday));
    await form.getByRole('button', { name: '만들기' }).click();
    await staff.getByRole('heading', { name: '멘토와 함께하는 스마트폰 교실', level: 1 }).waitFor();
    await staff.getByRole('button', { name: '매주 반복 회차 추가' }).click();
    const series = staff.getByRole('dialog', { name: '매주 반복 회차 추가' });
    await series.getByRole('checkbox', { name: '화' }).check();
    await series.getByLabel(/^첫 날짜/).fill(dotted(tuesday));
    await series.getByLabel(/^횟수/).fill('1');
    await series.getByLabel(/^장소/).selectOption({ index: 1 });
    await series.getByRole('button', { name: '저장' }).click();
    await staff.getByText('1개 회차를 만들었습니다.').waitFor();
    // Mentors are placed from the session where staff work: its row on the programme's page leads there.
    await staff.getByRole('link', { name: /^멘토 배치 \(1회차\)/ }).waitFor();

    // The week board of that week leads to the session's mentors.
    await staff.getByRole('link', { name: '멘토', exact: true }).click();
    await staff.getByRole('heading', { name: '멘토', level: 1 }).waitFor();
    await staff.getByRole('heading', { name: /^멘토 풀 \(\d+\)/ }).waitFor();
    assert.deepEqual(await axe(staff), [], 'mentors page');
    await staff.getByLabel(/^기준 주/).fill(dotted(tuesday));
    await staff.getByText('멘토와 함께하는 스마트폰 교실').waitFor();
    await staff.getByRole('link', { name: '멘토 배치' }).first().click();
    await staff.getByRole('heading', { name: '회차 멘토 배치', level: 1 }).waitFor();
    await staff.getByText('아직 배치된 멘토가 없습니다.').waitFor();
    await staff.getByLabel('필요한 기술 (쉼표로 구분)').fill('생성형 AI');
    const best = staff.locator('[data-suggestion]').first();
    await best.getByText('기술 일치: 생성형 AI').waitFor();
    await best.getByText('그 요일 가능').waitFor();
    assert.deepEqual(await axe(staff), [], 'session mentors with suggestions');
    await best.getByRole('button', { name: /^배치:/ }).click();
    await staff.getByText('멘토를 배치했습니다. 멘토의 기관이 확정하면 알려 드립니다.').waitFor();
    const assigned = staff.locator('[data-assignment]').first();
    await assigned.getByText('응답 대기').waitFor();
    // Our organization holds the coach, so it replies for them.
    await assigned.getByRole('button', { name: /^확정:/ }).click();
    await staff.getByText('배치를 확정했습니다.').waitFor();
    await assigned.getByText('확정', { exact: true }).waitFor();
    // The coach's page lists the assignment.
    await assigned.getByRole('link').first().click();
    await staff.getByRole('heading', { name: /^배치 이력 \(\d+\)/ }).waitFor();
    await staff.getByText('멘토와 함께하는 스마트폰 교실').first().waitFor();
    assert.deepEqual(await axe(staff), [], 'mentor page');
    // A session that has ended says why no mentor can be placed in it, instead of showing nothing.
    const { programmes } = ok(await gql(staff, '{ programmes(limit: 50) { items { canRun sessions { id endsAt cancelledAt } } } }'));
    const ended = programmes.items
      .filter((p) => p.canRun)
      .flatMap((p) => p.sessions)
      .find((x) => !x.cancelledAt && Date.parse(x.endsAt) < Date.now());
    await staff.goto(`${app.url}/sessions/${ended.id}/mentors`);
    await staff.getByText(/^이미 끝난 회차여서 멘토를 새로 배치할 수 없습니다/).waitFor();
    assert.deepEqual(await axe(staff), [], 'an ended session says why');

    // The held session's hours: a number out of range is refused beside the field, then logged and verified.
    await staff.goto(`${app.url}/mentors`);
    const card = staff
      .locator('[data-assignment]')
      .filter({ hasText: '디지털 리터러시 아카데미' })
      .filter({ has: staff.getByRole('button', { name: '활동 시간 기록' }) })
      .first();
    const minutes = card.getByLabel(/^활동 시간\(분\)/);
    await minutes.fill('2000');
    await card.getByRole('button', { name: '활동 시간 기록' }).click();
    await card.getByText('0분부터 1440분 사이의 정수로 입력하세요.').waitFor();
    await minutes.fill('110');
    await card.getByRole('button', { name: '활동 시간 기록' }).click();
    await staff.getByText('활동 시간을 기록했습니다. 수업 운영기관이 확인하면 누적됩니다.').waitFor();
    await card.getByText('기록 110분').waitFor();
    await card.getByRole('button', { name: /^시간 확인:/ }).click();
    await staff.getByText('활동 시간을 확인했습니다.').waitFor();
  });

  test('a referral with consent from Saha-gu is accepted and enrolled by the university, which sees exactly the shared items; the sender sees each provision and withdraws the consent', async () => {
    const saha = await newPage();
    await signIn(saha, app.url, 'saha.staff@lalaland.test');
    await saha.waitForURL(/\/home/);
    await saha.getByRole('link', { name: '연계 의뢰', exact: true }).click();
    await saha.getByRole('heading', { name: '연계 의뢰', level: 1 }).waitFor();
    // How far the referrals went this year: a funnel per side, small groups hidden.
    await saha.getByRole('heading', { name: /년 우리가 받은 연계는 어디까지 갔나$/ }).waitFor();
    await saha.getByText('보낸 연계', { exact: true }).click();
    await saha.getByRole('heading', { name: /년 우리가 연계한 사람들은 어디까지 갔나$/ }).waitFor();
    assert.deepEqual(await axe(saha), [], 'referrals with the funnel');
    await saha.getByRole('link', { name: '새 연계 의뢰' }).click();
    await saha.getByRole('heading', { name: '새 연계 의뢰', level: 1 }).waitFor();
    const person = saha
      .getByRole('radiogroup', { name: /연계할 참여자/ })
      .getByRole('radio')
      .first();
    await person.waitFor();
    const personLabel = await person.evaluate((el) => el.closest('.mantine-Radio-root')?.textContent ?? '');
    const key = /\(([A-Z0-9]{8})/.exec(personLabel)?.[1];
    assert.ok(key, `a pseudonymous key in "${personLabel}"`);
    await person.check();
    await saha.getByLabel(/^받는 기관/).selectOption({ label: '예시대학교 (샘플)' });
    await saha.getByLabel(/^연계 프로그램/).selectOption({ label: '대학 연계 AI 창업 아카데미 (샘플)' });
    await saha.getByLabel(/^연계 사유/).selectOption({ label: '창업 지원' });
    await saha.getByLabel(/^의뢰 내용/).fill('창업 아카데미 참여를 희망합니다.');
    // The consent is separate, and the notice read to the citizen names recipient, purpose, items, period and refusal.
    await saha.getByLabel('참여자가 받는 기관에 개인정보를 제공하는 데 동의했습니다.').check();
    await saha.getByRole('checkbox', { name: '휴대전화' }).uncheck();
    await saha
      .getByText(
        /제공받는 자: 예시대학교 \(샘플\) \/ 이용 목적: 연계 프로그램 안내와 수강 등록 \/ 제공 항목: 이름 \/ 보유·이용 기간: .*까지\. 동의를 거부할 권리가 있으며/,
      )
      .waitFor();
    assert.deepEqual(await axe(saha), [], 'referral form with the consent');
    await saha.getByRole('button', { name: '연계 의뢰하기' }).click();
    await saha
      .getByLabel(/동의를 거부할 수 있으며 거부할 때의 결과를 알렸습니다/)
      .locator('xpath=ancestor::div[contains(@class,"mantine-Checkbox-root")]')
      .getByText('필수 입력 항목입니다.')
      .waitFor();
    await saha.getByLabel(/동의를 거부할 수 있으며 거부할 때의 결과를 알렸습니다/).check();
    await saha.getByRole('button', { name: '연계 의뢰하기' }).click();
    await saha.getByText('연계를 의뢰했습니다. 받는 기관이 접수하면 상태가 바뀝니다.').waitFor();
    await saha.getByRole('heading', { name: `창업 지원 · ${key}`, level: 1 }).waitFor();
    const referralUrl = saha.url();

    // The university: the inbox on its home, exactly the name, nothing else; accept; enrol into its academy.
    const univ = await newPage();
    await signIn(univ, app.url, 'univ.staff@lalaland.test');
    await univ.waitForURL(/\/home/);
    await univ.getByRole('heading', { name: /^받은 연계 대기 \([1-9]\d*\)/ }).waitFor();
    await univ.goto(referralUrl);
    await univ.getByRole('heading', { name: `창업 지원 · ${key}`, level: 1 }).waitFor();
    const shared = univ.getByRole('region', { name: '제공받은 개인정보' });
    await shared.getByText('이름', { exact: true }).waitFor();
    assert.equal(await shared.getByText('휴대전화', { exact: true }).count(), 0, 'the phone was not consented');
    assert.deepEqual(await axe(univ), [], 'referral (recipient)');
    await univ.getByRole('button', { name: '접수' }).click();
    await univ.getByText('연계를 접수했습니다. 참여자를 프로그램에 등록할 수 있습니다.').waitFor();
    await univ.getByRole('button', { name: '프로그램에 등록' }).click();
    const enrol = univ.getByRole('dialog', { name: '연계된 참여자 등록' });
    await enrol.getByLabel(/^등록할 프로그램/).selectOption({ label: '대학 연계 AI 창업 아카데미 (샘플)' });
    await enrol.getByRole('button', { name: '프로그램에 등록' }).click();
    await univ.getByText('참여자를 프로그램에 등록했습니다.').waitFor();
    await univ.getByText('참여 중', { exact: true }).first().waitFor();

    // Saha-gu sees the provisions (the university read the name), then the citizen withdraws the consent.
    await saha.reload();
    await saha.getByRole('heading', { name: /^제공 기록 \([1-9]\d*\)/ }).waitFor();
    await saha
      .getByText(/예시대학교 \(샘플\) · 이름$/)
      .first()
      .waitFor();
    await saha.getByRole('button', { name: '제공 동의 철회' }).click();
    const confirm = saha.getByRole('dialog', { name: '개인정보 제공 동의를 철회할까요?' });
    await confirm.getByText(/지금부터 예시대학교 \(샘플\)는 이 참여자의 개인정보를 볼 수 없습니다/).waitFor();
    await confirm.getByRole('button', { name: '제공 동의 철회' }).click();
    await saha.getByText('제공 동의를 철회했습니다. 받는 기관은 더 이상 개인정보를 볼 수 없습니다.').waitFor();
    await univ.reload();
    await univ.getByText('제공받은 개인정보가 없습니다. 식별번호와 연계 사유만 볼 수 있습니다.').waitFor();
  });

  test('from the due follow-ups to the journey: an outcome is recorded and a follow-up closed', async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'saha.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    const card = staff
      .locator('div')
      .filter({ has: staff.getByRole('heading', { name: '추적 조사', exact: true }) })
      .last();
    await card.getByRole('link').first().click();
    await staff.getByRole('heading', { name: /· 여정·성과$/, level: 1 }).waitFor();
    await staff.getByRole('heading', { name: /^여정 \([1-9]\d*\)/ }).waitFor();
    await staff
      .getByText(/ · 수강$/)
      .first()
      .waitFor();
    assert.deepEqual(await axe(staff), [], 'journey page');

    // An outcome: verified needs its evidence, named beside the field.
    await staff.getByRole('button', { name: '성과 기록' }).click();
    const form = staff.getByRole('dialog', { name: '성과 기록' });
    await form.getByLabel(/^고용 형태/).selectOption({ label: '시간제' });
    await form.getByLabel(/^확인 방법/).selectOption({ label: '증빙 확인' });
    await form.getByRole('button', { name: '저장', exact: true }).click();
    await form.getByText('증빙 확인이면 무엇으로 확인했는지 적으세요.').waitFor();
    assert.deepEqual(await axe(staff), [], 'outcome form with an error');
    await form.getByLabel(/^증빙/).fill('근로계약서 사본');
    await form.getByRole('checkbox').first().check();
    await form.getByRole('button', { name: '저장', exact: true }).click();
    await staff.getByText('성과를 기록했습니다.').waitFor();
    await staff.getByText('취업 · 시간제').first().waitFor();

    // A due follow-up, closed as done with a note.
    const pending = staff.locator('[data-follow-up]').filter({ hasText: '예정' }).first();
    await pending.getByRole('button', { name: /^처리:/ }).click();
    const close = staff.getByRole('dialog', { name: '추적 조사 처리' });
    await close.getByLabel(/^결과/).selectOption({ label: '완료' });
    await close.getByLabel(/^메모/).fill('전화로 근황 확인, 시간제 취업');
    await close.getByRole('button', { name: '처리' }).click();
    await staff.getByText('추적 조사를 처리했습니다.').waitFor();
    await staff.getByText(/전화로 근황 확인, 시간제 취업/).waitFor();
  });
});
