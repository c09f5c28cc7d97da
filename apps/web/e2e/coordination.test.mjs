// Browser tests of coordination (issue 14), on one server: the lead asks Saha-gu for a task; Saha is told live (the
// bell and a notice, no reload), ticks the checklist and completes it; the lead, still on the task, sees it done live.
// Axe on every state; the pages at 390 px without horizontal overflow.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, browserSession, gql, ok, signIn, fiscalYearNow } from './harness.mjs';

describe('coordination in a real browser', () => {
  const app = browserSession();
  const { newPage } = app;

  test('a task asked of Saha-gu reaches Saha live, is completed there, and the lead sees it done live', async () => {
    const saha = await newPage();
    await signIn(saha, app.url, 'saha.staff@lalaland.test');
    await saha.waitForURL(/\/home/);
    // Nothing asked of Saha yet: the card folds into the one line of cards with nothing waiting.
    await saha.getByText(/^기다리는 일 없음: .*우리 기관이 할 일/).waitFor();
    assert.deepEqual(await axe(saha), [], 'home with the task and notification cards');

    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.waitForURL(/\/home/);
    await lead.getByRole('link', { name: '기관 간 업무', exact: true }).click();
    await lead.getByRole('heading', { name: '기관 간 업무', level: 1 }).waitFor();
    await lead.getByText('조건에 맞는 업무가 없습니다.').waitFor();
    await lead.getByRole('button', { name: '업무 요청하기' }).click();
    const form = lead.getByRole('dialog', { name: '업무 요청하기' });
    await form.getByLabel(/^업무 제목/).fill('3분기 프로그램 실적 제출');
    // Every organization the lead shares a stream with is offered at once; choosing one picks this year's stream that holds it.
    await form.getByLabel('배정할 기관').selectOption({ label: '부산광역시 사하구' });
    assert.match(await form.getByLabel('사업').evaluate((e) => e.selectedOptions[0].textContent), new RegExp(`\\(${fiscalYearNow()}\\)$`));
    await form.getByLabel('사업').selectOption({ label: `내일을 꿈꾸는 LA-LA LAnd (${fiscalYearNow()})` });
    assert.equal(await form.getByLabel('배정할 기관').evaluate((e) => e.selectedOptions[0].textContent), '부산광역시 사하구');
    await form.getByLabel(/^마감일/).fill('2027. 01. 15.');
    await form.getByLabel('체크리스트').fill('출석부 스캔 첨부\n만족도 결과 요약');
    assert.deepEqual(await axe(lead), [], 'task form');
    await form.getByRole('button', { name: '저장' }).click();
    await lead.getByRole('heading', { name: '3분기 프로그램 실적 제출', level: 1 }).waitFor();
    await lead.getByText('업무를 저장했습니다. 부산광역시 사하구에 알렸습니다.').waitFor();
    assert.deepEqual(await axe(lead), [], 'task page (asker)');

    // Saha, without reloading: the bell counts it and a notice offers to open it.
    await saha.getByRole('link', { name: /^알림, 읽지 않은 알림 [1-9]\d*건/ }).waitFor({ timeout: 15_000 });
    await saha.getByText('새 알림: 부산광역시: 새 업무 「3분기 프로그램 실적 제출」').waitFor();
    await saha.getByRole('button', { name: '열기' }).click();
    await saha.getByRole('heading', { name: '3분기 프로그램 실적 제출', level: 1 }).waitFor();
    assert.equal(await saha.getByRole('button', { name: '완료' }).count(), 0, 'the checklist comes first');
    assert.equal(await saha.getByRole('button', { name: '요청 취소' }).count(), 0, 'only the asker cancels');
    await saha.getByRole('button', { name: '진행 시작' }).click();
    await saha.getByText('업무 상태를 "진행 중"(으)로 바꿨습니다.').waitFor();
    await saha.getByRole('checkbox', { name: '출석부 스캔 첨부' }).check();
    await saha.getByRole('checkbox', { name: '만족도 결과 요약' }).check();
    await saha.getByText('2/2 완료').waitFor();
    assert.deepEqual(await axe(saha), [], 'task page (assignee)');
    await saha.getByRole('button', { name: '완료', exact: true }).click();
    await saha.getByText('업무 상태를 "완료"(으)로 바꿨습니다.').waitFor();

    // The lead, still on the task page: told live, and the page shows it done.
    await lead.getByText('새 알림: 부산광역시 사하구에서 「3분기 프로그램 실적 제출」 업무를 완료했습니다').waitFor({ timeout: 15_000 });
    await lead.getByText('완료', { exact: true }).first().waitFor();
    await lead.getByRole('link', { name: /^알림/ }).first().click();
    await lead.getByRole('heading', { name: '알림', level: 1 }).waitFor();
    await lead.getByRole('link', { name: '부산광역시 사하구에서 「3분기 프로그램 실적 제출」 업무를 완료했습니다' }).waitFor();
    assert.deepEqual(await axe(lead), [], 'notifications page');
    // E-mail settings: a choice is saved at once.
    await lead.getByLabel('업무 완료 · 메일').selectOption({ label: '받지 않음' });
    await lead.getByText('메일 받기 설정을 저장했습니다.').waitFor();
    await lead.getByRole('button', { name: '모두 읽음으로 표시' }).click();
    await lead.getByText('모든 알림을 읽음으로 표시했습니다.').waitFor();
    await lead.getByRole('link', { name: '알림', exact: true }).waitFor();

    // The lead's stream view: tasks by organization.
    await lead.goto(`${app.url}/tasks?view=STREAM&status=ALL`);
    await lead.getByRole('table', { name: /^기관별 업무 현황/ }).waitFor();
    await lead.getByText('3분기 프로그램 실적 제출').waitFor();
    assert.deepEqual(await axe(lead), [], 'tasks of the stream');
  });

  test('a receipt uploaded to Saha-gu’s expenditure is downloaded by the lead; a file whose name lies about its type is refused', async () => {
    const row = '증빙·댓글: 2025-06-20 디지털 기초 과정 강사비 6월 (샘플)';
    const openStream = async (page) => {
      await page.goto(`${app.url}/funding`);
      // the 2025 year of the stream (the demo's expenditures are there; the year that holds today is listed first)
      await page.getByRole('article').filter({ hasText: '2025년도' }).getByRole('link', { name: '내일을 꿈꾸는 LA-LA LAnd' }).click();
      await page
        .getByRole('heading', { name: /^집행 내역/ })
        .first()
        .waitFor();
    };
    const saha = await newPage();
    await signIn(saha, app.url, 'saha.staff@lalaland.test');
    await saha.waitForURL(/\/home/);
    await openStream(saha);
    await saha.getByRole('button', { name: row }).click();
    const dialog = saha.getByRole('dialog', { name: row });
    await dialog.getByText('첨부한 문서가 없습니다.').waitFor();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await dialog.getByLabel(/^올릴 파일/).setInputFiles({ name: '강사비 영수증.pdf', mimeType: 'application/pdf', buffer: pdf });
    await dialog.getByRole('button', { name: '올리기' }).click();
    await saha.getByText('강사비 영수증.pdf 문서를 올렸습니다.').waitFor();
    await dialog.getByRole('link', { name: /^내려받기: 강사비 영수증\.pdf/ }).waitFor();
    assert.deepEqual(await axe(saha), [], 'documents dialog');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
    await dialog.getByLabel(/^올릴 파일/).setInputFiles({ name: '사진.pdf', mimeType: 'application/pdf', buffer: png });
    await dialog.getByRole('button', { name: '올리기' }).click();
    await saha.getByText('파일 이름의 확장자(pdf)와 실제 파일 형식이 다릅니다.').waitFor();

    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.waitForURL(/\/home/);
    await openStream(lead);
    await lead.getByRole('button', { name: row }).click();
    const leadDialog = lead.getByRole('dialog', { name: row });
    assert.equal(await leadDialog.getByRole('button', { name: '올리기' }).count(), 0, 'the lead reads, it does not add');
    const [download] = await Promise.all([
      lead.waitForEvent('download'),
      leadDialog.getByRole('link', { name: /^내려받기: 강사비 영수증\.pdf/ }).click(),
    ]);
    assert.equal(download.suggestedFilename(), '강사비 영수증.pdf');
    const chunks = [];
    for await (const c of await download.createReadStream()) chunks.push(c);
    assert.ok(Buffer.concat(chunks).equals(pdf), 'the lead gets the bytes Saha uploaded');
    // The lead comments on the expenditure in the same dialog.
    await leadDialog.getByLabel('댓글 쓰기').fill('영수증 확인했습니다. 사업자등록증 사본도 올려 주세요.');
    await leadDialog.getByRole('button', { name: '댓글 등록' }).click();
    await lead.getByText('댓글을 등록했습니다.').waitFor();
    assert.deepEqual(await axe(lead), [], 'evidence and comments dialog (lead)');
  });

  test('the lead posts an announcement to Saha-gu; Saha reads it (Markdown shown, HTML not run) and the lead sees the receipt', async () => {
    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.waitForURL(/\/home/);
    const saha = await newPage();
    await signIn(saha, app.url, 'saha.staff@lalaland.test');
    await saha.waitForURL(/\/home/);
    await saha.getByText(/^기다리는 일 없음: .*공지/).waitFor();

    await lead.getByRole('link', { name: '공지', exact: true }).click();
    await lead.getByRole('heading', { name: '공지', level: 1 }).waitFor();
    await lead.getByRole('button', { name: '공지 쓰기' }).click();
    const form = lead.getByRole('dialog', { name: '공지 쓰기' });
    await form.getByRole('checkbox', { name: '부산광역시 사하구' }).check();
    await form.getByLabel(/^제목/).fill('4분기 협의회 자료 제출 안내');
    await form
      .getByRole('textbox', { name: /^내용/ })
      .fill('**12월 20일**까지 제출해 주세요.\n\n- 실적표\n- 증빙\n\n<script>window.__ran = 1</script>');
    assert.deepEqual(await axe(lead), [], 'announcement form');
    await form.getByRole('button', { name: '보내기' }).click();
    await lead.getByRole('heading', { name: '4분기 협의회 자료 제출 안내', level: 1 }).waitFor();
    await lead.getByText('공지를 보냈습니다. 받는 분들께 알렸습니다.').waitFor();
    await lead.getByText('아직 읽지 않은 기관 1곳').waitFor();
    assert.deepEqual(await axe(lead), [], 'announcement (sender)');

    await saha.getByText('새 알림: [공지] 부산광역시: 4분기 협의회 자료 제출 안내').waitFor({ timeout: 15_000 });
    await saha.getByRole('button', { name: '열기' }).click();
    await saha.getByRole('heading', { name: '4분기 협의회 자료 제출 안내', level: 1 }).waitFor();
    await saha.locator('strong', { hasText: '12월 20일' }).waitFor();
    await saha.getByRole('listitem').filter({ hasText: '실적표' }).waitFor();
    assert.equal(await saha.evaluate(() => window.__ran), undefined, 'HTML in an announcement never runs');
    assert.equal(await saha.getByRole('heading', { name: '읽음 현황' }).count(), 0, 'receipts are for the sender');
    assert.deepEqual(await axe(saha), [], 'announcement (reader)');

    await lead.reload();
    await lead.getByText('아직 읽지 않은 기관 0곳').waitFor();
    await lead.locator('[data-reach="read"]').filter({ hasText: '부산광역시 사하구' }).waitFor();
  });

  test('the council: the city convenes it inviting Saha-gu, Saha answers and mentions the city’s admin in a comment, and a decision becomes Saha’s task', async () => {
    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.waitForURL(/\/home/);
    const saha = await newPage();
    await signIn(saha, app.url, 'saha.staff@lalaland.test');
    await saha.waitForURL(/\/home/);

    await lead.getByRole('link', { name: '회의', exact: true }).click();
    await lead.getByRole('heading', { name: '회의', level: 1 }).waitFor();
    await lead.getByRole('button', { name: '회의 열기' }).click();
    const form = lead.getByRole('dialog', { name: '회의 열기' });
    await form.getByLabel(/^회의 이름/).fill('제4차 LA-LA LAnd 협의회');
    await form.getByLabel(/^날짜/).fill('2027. 01. 20.');
    await form.getByLabel(/^장소/).fill('부산시청 12층 회의실');
    await form.getByLabel(/^안건/).fill('3분기 실적 점검 / 부산광역시\n4분기 계획');
    await form.getByRole('checkbox', { name: '부산광역시 사하구' }).check();
    assert.deepEqual(await axe(lead), [], 'meeting form');
    await form.getByRole('button', { name: '만들고 초대 알리기' }).click();
    await lead.getByRole('heading', { name: '제4차 LA-LA LAnd 협의회', level: 1 }).waitFor();
    await lead.getByText('응답 전').waitFor();

    await saha.getByText(/^새 알림: 부산광역시의 회의 초대: 제4차 LA-LA LAnd 협의회/).waitFor({ timeout: 15_000 });
    await saha.getByRole('button', { name: '열기' }).click();
    await saha.getByRole('heading', { name: '제4차 LA-LA LAnd 협의회', level: 1 }).waitFor();
    await saha.getByLabel('참석자(성명·직위)').fill('평생학습과 윤사하 주무관');
    await saha.getByRole('button', { name: '저장', exact: true }).click();
    await saha.getByText('참석 여부를 알렸습니다.').waitFor();
    await saha.getByLabel('댓글 쓰기').fill('실적표 양식을 미리 받을 수 있을까요?');
    await saha.getByLabel(/^언급할 사람 찾기/).fill('김부');
    await saha.getByRole('button', { name: '언급: 김부산' }).click();
    await saha.getByRole('button', { name: '댓글 등록' }).click();
    await saha.getByText('댓글을 등록했습니다.').waitFor();
    assert.deepEqual(await axe(saha), [], 'meeting (invitee) with a comment');

    await lead.getByText(/^새 알림: 윤사하님이 댓글에서 언급했습니다/).waitFor({ timeout: 15_000 });
    await lead.getByText('평생학습과 윤사하 주무관').waitFor();
    await lead.getByText('실적표 양식을 미리 받을 수 있을까요?', { exact: true }).waitFor();
    await lead.getByLabel('결정 내용').fill('사하구는 1월 말까지 3분기 실적표를 제출한다');
    await lead.getByRole('button', { name: '결정 사항 추가' }).click();
    await lead.getByRole('button', { name: '업무로 만들기: 사하구는 1월 말까지 3분기 실적표를 제출한다' }).click();
    const task = lead.getByRole('dialog', { name: /^업무로 만들기/ });
    await task.getByLabel(/^마감일/).fill('2027. 01. 31.');
    assert.deepEqual(await axe(lead), [], 'decision to task');
    await task.getByRole('button', { name: '업무로 만들기' }).click();
    await lead.getByText('결정 사항을 업무로 만들었습니다.').waitFor();
    await lead.getByRole('link', { name: '업무 보기' }).click();
    await lead.getByRole('heading', { name: '사하구는 1월 말까지 3분기 실적표를 제출한다', level: 1 }).waitFor();
    await lead.getByText('부산광역시 사하구', { exact: true }).first().waitFor();

    // Search finds it (Korean words), among what Saha may see.
    await saha.goto(`${app.url}/search`);
    await saha.getByLabel('찾을 말').fill('협의회');
    await saha.getByRole('button', { name: '찾기' }).click();
    await saha.getByRole('link', { name: '제4차 LA-LA LAnd 협의회' }).waitFor();
    assert.deepEqual(await axe(saha), [], 'search');

    // The meeting is on the calendar beside the classes.
    await saha.goto(`${app.url}/calendar?view=week&date=2027-01-20`);
    await saha.locator('[data-meeting]').filter({ hasText: '제4차 LA-LA LAnd 협의회' }).waitFor();
  });

  test('search on a phone finds programmes by a two-syllable word and the caller’s own participants by name, narrowed by kind, never another organization’s people', async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, app.url, 'saha.staff@lalaland.test');
    await phone.waitForURL(/\/home/);
    const { participants } = ok(await gql(phone, '{ participants(limit: 1) { items { pseudonymKey personal { name } } } }'));
    const [{ pseudonymKey, personal }] = participants.items;
    await phone.goto(`${app.url}/search?q=${encodeURIComponent('디지털')}`);
    await phone.getByText(/건을 찾았습니다/).waitFor();
    await phone.getByLabel('종류').selectOption({ label: '프로그램' });
    await phone.waitForURL(/kind=PROGRAMME/);
    const programme = phone.getByRole('link', { name: '디지털 마케팅 창업 과정 (샘플)' });
    await programme.waitFor();
    // The programme was in the unfiltered answer too: wait for the narrowed one to replace it (not for the moment
    // between the two, when the list is loading and shows no kinds at all).
    const badges = phone.getByRole('main').locator('.mantine-Badge-label');
    await phone.waitForFunction(() => {
      const kinds = [...document.querySelectorAll('main .mantine-Badge-label')].map((e) => e.textContent);
      return kinds.length > 0 && kinds.every((k) => k === '프로그램');
    });
    assert.deepEqual([...new Set(await badges.allTextContents())], ['프로그램'], 'only programmes once the kind is chosen');
    assert.deepEqual(await axe(phone), [], 'search at 390 px');
    assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal overflow');
    // A participant by name: the holder sees the name and the key beside it, and opens their page.
    await phone.getByLabel('종류').selectOption({ label: '전체' });
    await phone.getByLabel(/^찾을 말/).fill(personal.name);
    await phone.getByRole('button', { name: '찾기' }).click();
    await phone.getByText(pseudonymKey, { exact: true }).waitFor();
    await phone.getByRole('link', { name: personal.name }).first().click();
    await phone.waitForURL(/\/participants\//);
    // Another organization's staff finds nothing by that key.
    const nam = await newPage();
    await signIn(nam, app.url, 'nam.staff@lalaland.test');
    await nam.waitForURL(/\/home/);
    await nam.goto(`${app.url}/search?q=${pseudonymKey}`);
    await nam.getByText(`"${pseudonymKey}"(으)로 찾은 것이 없습니다.`).waitFor();
  });

  test('at 390 px a live notice never covers a dialog’s actions: it waits beneath the open dialog', async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, app.url, 'saha.staff@lalaland.test');
    await phone.waitForURL(/\/home/);
    await phone.goto(`${app.url}/tasks`);
    await phone.getByRole('button', { name: '업무 요청하기' }).click();
    const dialog = phone.getByRole('dialog', { name: '업무 요청하기' });
    const save = dialog.getByRole('button', { name: '저장' });
    await save.waitFor();
    // Meanwhile the lead asks Saha-gu for something: the notice arrives while the dialog is open.
    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.waitForURL(/\/home/);
    const { fundingStreams } = ok(
      await gql(lead, '{ fundingStreams { id myRole periodStart periodEnd members { organization { id shortCode } } } }'),
    );
    const stream = fundingStreams.find((s) => s.myRole && s.members.some((m) => m.organization.shortCode === 'SAHA'));
    const saha = stream.members.find((m) => m.organization.shortCode === 'SAHA').organization.id;
    ok(
      await gql(lead, 'mutation($i: TaskInput!) { saveTask(input: $i) { id } }', {
        i: { title: '대화상자 위 알림 확인', streamId: stream.id, assigneeOrganizationId: saha },
      }),
    );
    await phone.getByText('새 알림: 부산광역시: 새 업무 「대화상자 위 알림 확인」').waitFor({ timeout: 15_000 });
    const covered = await save.evaluate((button) => {
      const r = button.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!top && !button.contains(top);
    });
    assert.equal(covered, false, 'the dialog’s save button is under the notice');
    await dialog.getByRole('button', { name: '취소' }).click();
    await phone.getByRole('button', { name: '열기' }).click();
    await phone.getByRole('heading', { name: '대화상자 위 알림 확인', level: 1 }).waitFor();
  });

  test('at 390 px: the header with the bell, the tasks, a task and the notifications fit the screen', async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, app.url, 'saha.staff@lalaland.test');
    await phone.waitForURL(/\/home/);
    const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    // The phone home: what is waiting first, the empty cards in one line (the walkthrough measured 3,320 px with 13 cards).
    await phone.getByText(/^기다리는 일 없음: /).waitFor();
    console.log(`# phone home (saha.staff, 390 px): ${await phone.evaluate(() => document.documentElement.scrollHeight)} px tall`);
    for (const path of ['/home', '/tasks', '/notifications', '/announcements', '/meetings']) {
      await phone.goto(`${app.url}${path}`);
      await phone.getByRole('heading', { level: 1 }).first().waitFor();
      await phone.getByRole('link', { name: /^알림/ }).first().waitFor();
      await phone.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' });
      assert.equal(await overflow(), 0, `${path} wider than the screen`);
      assert.deepEqual(await axe(phone), [], `${path} at 390 px`);
    }
    await phone.goto(`${app.url}/tasks?status=ALL`);
    await phone.getByRole('link', { name: '3분기 프로그램 실적 제출' }).click();
    await phone.getByRole('heading', { name: '3분기 프로그램 실적 제출', level: 1 }).waitFor();
    assert.equal(await overflow(), 0, 'a task wider than the screen');
  });
});
