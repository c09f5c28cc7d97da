import { createHash } from 'node:crypto';
import { Client } from './support/app';
import { expectAccess } from './support/access-matrix';
import { SAVE_OFFER } from './support/catalogue';
import { APPLICATIONS, DECIDE, DRAW, RECENT, applicationsFixture, type ApplicationsFixture } from './support/applications';
import { draw } from '../src/modules/applications/draw';

describe('applications: citizens apply on the public door into the same enrolment, confirmed by a text', () => {
  let w: ApplicationsFixture;
  let f: ApplicationsFixture['f'];
  let sms: ApplicationsFixture['sms'];
  let html: ApplicationsFixture['html'];
  let programme: ApplicationsFixture['programme'];
  let apply: ApplicationsFixture['apply'];
  let draftOf: ApplicationsFixture['draftOf'];
  let confirm: ApplicationsFixture['confirm'];
  let phone: ApplicationsFixture['phone'];

  beforeAll(async () => {
    w = await applicationsFixture();
    ({ f, sms, html, programme, apply, draftOf, confirm, phone } = w);
  });
  afterAll(() => w?.close());

  it('first come: a plain form with errors beside the fields, a code by text, a seat, then the waitlist; the host sees it and the link cancels', async () => {
    const id = await programme('스마트폰 첫걸음', { selection: 'FIRST_COME' });
    const form = await html(`/apply/${id}`);
    expect(form.status).toBe(200);
    expect(form.cache).toBe('no-store');
    expect(form.text).toContain('개인정보 수집·이용 동의 (필수)');
    expect(form.text).toContain('거부할 권리');
    expect(form.text).toMatch(/name="phone" type="tel" inputmode="numeric"/);
    const bad = await html(`/apply/${id}`, { name: '', phone: '12345', birthYear: '58', consent: '' });
    expect(bad.status).toBe(400);
    for (const m of [
      '이름을 적어 주세요.',
      '휴대전화 번호를 010-1234-5678처럼 적어 주세요.',
      '태어난 해를 네 자리로',
      '개인정보 수집·이용에 동의해야',
    ])
      expect(bad.text).toContain(m);
    expect(bad.text).toContain('aria-invalid="true"');

    // The code: a wrong one is refused beside the field; the right one makes the application count.
    const p1 = phone();
    const step1 = await html(`/apply/${id}`, { name: '김순자', phone: p1, birthYear: '1956', consent: 'yes' });
    const draft = /name="draft" value="([0-9a-f-]{36})"/.exec(step1.text)![1]!;
    const [codeText] = await sms.to(p1);
    expect(codeText!.text).toMatch(/^\[부산 평생학습\] 인증번호 \d{6}/);
    expect(codeText!.from).toBe('0518880000');
    const wrong = await html(`/apply/${id}/confirm`, {
      draft,
      code: '000000' === /(\d{6})/.exec(codeText!.text)![1] ? '111111' : '000000',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('인증번호가 맞지 않거나 시간이 지났습니다');
    const ok = await html(`/apply/${id}/confirm`, { draft, code: /(\d{6})/.exec(codeText!.text)![1]! });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('수강이 확정되었습니다.');
    const token = /\/apply\/status\/([A-Za-z0-9_-]{43})/.exec(ok.text)![1]!;
    const received = await sms.to(p1, 2);
    expect(received[1]!.text).toContain('스마트폰 첫걸음 수강이 확정되었습니다.');
    expect(received[1]!.text).toContain(`/apply/status/${token}`);
    // The code is spent: the same draft does not count twice.
    expect((await html(`/apply/${id}/confirm`, { draft, code: /(\d{6})/.exec(codeText!.text)![1]! })).status).toBe(400);

    // Someone the host already holds is matched by the confirmed number (the applicant is not told), no duplicate.
    const knownPhone = phone();
    const known = await f.register(f.saha, '박영수', knownPhone);
    const second = await apply(id, { name: '박영수', phone: knownPhone });
    expect(second.text).toContain('수강이 확정되었습니다.');
    expect(second.text).not.toContain(known.pseudonymKey);
    expect(await f.count('SELECT count(*) AS n FROM application WHERE participant_id = $1 AND programme_id = $2', [known.id, id])).toBe(1);
    const p3 = phone();
    const third = await apply(id, { name: '이말순', phone: p3 });
    expect(third.text).toContain('대기 1번입니다.');
    const again = await apply(id, { name: '이말순', phone: p3 });
    expect(again.status).toBe(409);
    expect(again.text).toContain('이미 이 강좌에 신청하셨습니다.');

    // The host and co-hosts see the applications (pseudonymous keys); others do not.
    await expectAccess(
      f.t,
      APPLICATIONS,
      { id },
      {
        sahaStaff: 'ok',
        cityAdmin: 'ok',
        namStaff: 'PROGRAMME_NOT_FOUND',
        yeonjeStaff: 'PROGRAMME_NOT_FOUND',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    const list = (await f.saha.gql(APPLICATIONS, { id })).data!.programme.applications!;
    expect(list.map((a) => a.enrolmentStatus)).toEqual(['ENROLLED', 'ENROLLED', 'WAITLISTED']);
    // The host's home lists the programme's new applications; an organization that does not run it sees none of them.
    const recent = (await f.saha.gql(RECENT, {})).data!.recentApplications;
    expect(recent.find((r) => r.programmeId === id)).toMatchObject({ title: '스마트폰 첫걸음', newThisWeek: 3, pending: 0 });
    expect((await f.yeonje.gql(RECENT, {})).data!.recentApplications.find((r) => r.programmeId === id)).toBeUndefined();
    expect(list[1]!.participantKey).toBe(known.pseudonymKey);

    // The first applicant cancels through their link (after a confirmation page): the waitlist moves up.
    const confirmPage = await html(`/apply/status/${token}/cancel`);
    expect(confirmPage.text).toContain('취소하면 되돌릴 수 없습니다.');
    const cancelled = await html(`/apply/status/${token}/cancel`, {});
    expect(cancelled.text).toContain('신청이 취소되었습니다.');
    const after = (await f.saha.gql(APPLICATIONS, { id })).data!.programme.applications!;
    expect(after.map((a) => [a.status, a.enrolmentStatus])).toEqual([
      ['CANCELLED', 'DROPPED'],
      ['PLACED', 'ENROLLED'],
      ['PLACED', 'ENROLLED'],
    ]);
    expect((await html(`/apply/status/${third.token}`)).text).toContain('수강이 확정되었습니다.');
    // Texts to that number: two codes, the waitlist place, and now the seat (sent after commit: waited for).
    expect((await sms.to(p3, 4)).map((m) => m.text).join('\n')).toContain('자리가 나서 수강이 확정되었습니다.');
    expect((await html('/apply/status/not-a-real-link')).status).toBe(404);
  });

  it('a rush of confirmations at once: each applicant gets their own answer, a double tap counts once, a second application of the same person is refused, seats go in arrival order', async () => {
    const id = await programme('수강신청 대란 (동시 접수)', { selection: 'FIRST_COME' }, 2);
    const people = ['가', '나', '다', '라', '마'].map((name) => ({ name, phone: phone() }));
    const drafts = [];
    for (const p of people) drafts.push(await draftOf(id, p));
    const twice = await draftOf(id, people[1]!); // the same person, a second form
    const wrong = await draftOf(id, { name: '바', phone: phone() });
    const answers = await Promise.all([
      ...drafts.map((d) => confirm(id, d)),
      confirm(id, drafts[0]!), // a double tap
      confirm(id, twice),
      confirm(id, { ...wrong, code: wrong.code === '000000' ? '111111' : '000000' }),
    ]);
    const counted = answers.filter((a) => a.status === 200);
    expect(counted).toHaveLength(5);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 400, 400, 409]);
    expect(answers.find((a) => a.status === 409)!.text).toContain('이미 이 강좌에 신청하셨습니다.');
    expect(answers.filter((a) => a.status === 400).every((a) => a.text.includes('인증번호가 맞지 않거나 시간이 지났습니다'))).toBe(true);
    // The first two by receipt number are seated, the others wait in that order; each page says so.
    const byNumber = [...counted].sort((a, b) => a.number - b.number);
    expect(byNumber.map((a) => /수강이 확정되었습니다|대기 (\d)번입니다/.exec(a.text)![0])).toEqual([
      '수강이 확정되었습니다',
      '수강이 확정되었습니다',
      '대기 1번입니다',
      '대기 2번입니다',
      '대기 3번입니다',
    ]);
    const list = (await f.saha.gql(APPLICATIONS, { id })).data!.programme.applications!;
    expect(list.map((a) => [a.number, a.enrolmentStatus])).toEqual(byNumber.map((a, i) => [a.number, i < 2 ? 'ENROLLED' : 'WAITLISTED']));
    // Each new person's registration names the request that made it.
    expect(
      await f.count(
        `SELECT count(DISTINCT request_id) AS n FROM audit_event WHERE action = 'participant.register' AND entity_id IN
           (SELECT participant_id FROM application WHERE programme_id = $1)`,
        [id],
      ),
    ).toBe(5);
  });

  it('a host may limit how many of its programmes one person holds at once: past it the application is refused and nothing is stored', async () => {
    const first = await programme('한 사람 한 강좌 (첫째)', { selection: 'FIRST_COME' });
    const second = await programme('한 사람 한 강좌 (둘째)', { selection: 'FIRST_COME', perPersonLimit: 1 });
    expect((await html(`/catalogue/${second}`)).text).toContain('한 사람이 같은 기간에 이 기관 강좌 1개까지');
    const person = { name: '한도확인', phone: phone() };
    expect((await apply(first, person)).status).toBe(200);
    const refused = await apply(second, person);
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('이 기관의 강좌는 같은 기간에 한 사람이 1개까지 신청할 수 있습니다.');
    expect(await f.count('SELECT count(*) AS n FROM application WHERE programme_id = $1', [second])).toBe(0);
    // Someone holding none of the host's programmes applies as usual.
    expect((await apply(second, { name: '처음신청', phone: phone() })).status).toBe(200);
  });

  it('lottery: the seed hash is public while applications are open; the draw, after the close, is reproducible from the revealed seed, residents first up to the quota', async () => {
    const id = await programme('손뜨개 교실', { selection: 'LOTTERY', districts: ['26380'], residentQuota: 1 });
    const form = await html(`/apply/${id}`);
    const hash = /<code>([0-9a-f]{64})<\/code>/.exec(form.text)![1]!;
    const people = [
      { name: '가', phone: phone() },
      { name: '나', phone: phone(), district: '26380' },
      { name: '다', phone: phone() },
      { name: '라', phone: phone(), district: '26380' },
      { name: '마', phone: phone() },
    ];
    for (const p of people) expect((await apply(id, p)).text).toContain('추첨합니다.');
    expect(Client.code(await f.saha.gql(DRAW, { id }))).toBe('DRAW_NOT_READY'); // still open
    const close = await f.saha.gql(SAVE_OFFER, {
      i: {
        programmeId: id,
        published: true,
        applyFrom: new Date(Date.now() - 7_200_000).toISOString(),
        applyUntil: new Date(Date.now() - 1000).toISOString(),
        selection: 'LOTTERY',
        feeWon: 0,
        districts: ['26380'],
        residentQuota: 1,
      },
    });
    expect(close.errors).toBeUndefined();
    expect(Client.code(await f.yeonje.gql(DRAW, { id }))).toBe('PROGRAMME_NOT_FOUND');
    expect(Client.code(await f.ministry.gql(DRAW, { id }))).toBe('FORBIDDEN');
    const drawn = await f.saha.gql(DRAW, { id });
    expect(drawn.errors).toBeUndefined();
    const { seed, seedHash } = drawn.data!.drawApplications;
    expect(seedHash).toBe(hash);
    expect(createHash('sha256').update(Buffer.from(seed!, 'hex')).digest('hex')).toBe(hash);
    expect(Client.code(await f.saha.gql(DRAW, { id }))).toBe('DRAW_NOT_READY'); // once

    const list = (await f.saha.gql(APPLICATIONS, { id })).data!.programme.applications!;
    const again = draw(
      seed!,
      list.map((a) => ({ number: a.number, resident: a.resident })),
      2,
      1,
    );
    expect(list.map((a) => a.number)).toEqual(again.order.map((e) => e.number));
    expect(list.map((a) => a.enrolmentStatus)).toEqual(again.order.map((e) => (e.seat ? 'ENROLLED' : 'WAITLISTED')));
    expect(list.filter((a) => a.enrolmentStatus === 'ENROLLED' && a.resident).length).toBeGreaterThanOrEqual(1);
    // The waitlist is in draw order: the first waitlisted is told number 1.
    const firstWaiting = list.find((a) => a.enrolmentStatus === 'WAITLISTED')!;
    const texts = sms.sent.filter((m) => m.text.includes(`접수번호 ${firstWaiting.number})`));
    await expect(async () => texts.length).not.toBe(0);
    expect(await f.count("SELECT count(*) AS n FROM audit_event WHERE entity_id = $1 AND action = 'application.draw'", [id])).toBe(1);
  });

  it('review: the host accepts or declines with a reason the applicant is told; others cannot decide', async () => {
    const id = await programme('창업 멘토링 (심사)', { selection: 'REVIEW' });
    const p1 = phone();
    const a = await apply(id, { name: '최심사', phone: p1 });
    expect(a.text).toContain('담당자가 검토한 뒤 알려 드립니다.');
    const b = await apply(id, { name: '정심사', phone: phone() });
    const [first, second] = (await f.saha.gql(APPLICATIONS, { id })).data!.programme.applications!;
    expect(Client.code(await f.yeonje.gql(DECIDE, { id: first!.id, accept: true }))).toBe('APPLICATION_NOT_FOUND');
    expect(Client.code(await f.saha.gql(DECIDE, { id: first!.id, accept: false, reason: ' ' }))).toBe('VALIDATION_FAILED');
    expect(
      (await f.saha.gql(DECIDE, { id: first!.id, accept: false, reason: '지역 창업 준비 단계가 아닙니다' })).data!.decideApplication.status,
    ).toBe('DECLINED');
    expect((await f.saha.gql(DECIDE, { id: second!.id, accept: true })).data!.decideApplication.status).toBe('PLACED');
    expect(Client.code(await f.saha.gql(DECIDE, { id: second!.id, accept: true }))).toBe('APPLICATION_NOT_PENDING');
    const told = await sms.to(p1, 3);
    expect(told[2]!.text).toContain('선정되지 않았습니다. 사유: 지역 창업 준비 단계가 아닙니다');
    expect((await html(`/apply/status/${b.token}`)).text).toContain('수강이 확정되었습니다.');
  });
});
