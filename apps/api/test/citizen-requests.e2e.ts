import { expectAccess } from './support/access-matrix';
import { applicationsFixture, type ApplicationsFixture } from './support/applications';
import { ANSWER_REQUEST, PRIVACY_REQUESTS, RECORD_REQUEST, citizen } from './support/citizens';
import { PARTICIPANT } from './support/learn';

describe('citizens: cancelling, withdrawing, and requests to see, correct, delete or stop (PIPA) answered by every holder', () => {
  let w: ApplicationsFixture;
  let programmeId: string;
  const p1 = '010-6611-3301';
  const p2 = '010-6611-3302';

  beforeAll(async () => {
    w = await applicationsFixture();
    programmeId = await w.programme('건강 요가', { selection: 'FIRST_COME' }, 1);
    await w.apply(programmeId, { name: '최말자', phone: p1 });
    await w.apply(programmeId, { name: '정복순', phone: p2 });
    await w.f.register(w.f.univ, '최말자', p1);
  });
  afterAll(() => w?.close());

  it('cancels from the space after a confirmation: the application is cancelled with it and the waitlist moves up', async () => {
    const me = citizen(w);
    await me.signIn(p1);
    const home = await me.go('/my');
    const link = /\/my\/enrolments\/([0-9a-f-]{36})\/cancel/.exec(home.text)![0];
    const confirm = await me.go(link);
    expect(confirm.text).toContain('자리는 대기하는 다음 분께 넘어가고 되돌릴 수 없습니다');
    const done = await me.go(link, { t: me.token(confirm.text) });
    expect(done.text).toContain('건강 요가 취소했습니다.');
    expect(done.text).toContain('취소함');
    expect(
      await w.f.count(
        "SELECT count(*) AS n FROM application a JOIN enrolment e ON e.id = a.enrolment_id WHERE a.status = 'CANCELLED' AND e.status = 'DROPPED'",
      ),
    ).toBe(1);
    const other = citizen(w);
    await other.signIn(p2);
    expect((await other.go('/my')).text).toContain('수강 확정');
    // The person is told by text, as when they cancel through their link.
    expect(w.sms.sent.some((m) => m.to === p1.replace(/\D/g, '') && m.text.includes('취소'))).toBe(true);
  });

  it('withdraws a consent after its effect is said; the staff no longer read the fields it covered', async () => {
    const me = citizen(w);
    await me.signIn(p1);
    const home = await me.go('/my');
    const link = /\/my\/consents\/([0-9a-f-]{36})\/withdraw/.exec(home.text)![0];
    const confirm = await me.go(link);
    expect(confirm.text).toContain('철회하면');
    const done = await me.go(link, { t: me.token(confirm.text) });
    expect(done.text).toContain('동의를 철회했습니다.');
    expect(done.text).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일\(.\) 철회함/);
    expect(await w.f.count("SELECT count(*) AS n FROM audit_event WHERE action = 'consent.withdraw' AND actor_user_id IS NULL")).toBe(1);
    const [held] = (await w.f.t.db.query(
      `SELECT p.id, o.short_code AS org FROM participant p JOIN consent c ON c.participant_id = p.id
         JOIN organization o ON o.id = p.organization_id WHERE c.id = $1`,
      [/\/my\/consents\/([0-9a-f-]{36})\/withdraw/.exec(link)![1]],
    )) as Array<{ id: string; org: string }>;
    const holder = held!.org === 'SAMPLE_UNIV_A' ? w.f.univ : w.f.saha;
    expect((await holder.gql(PARTICIPANT, { id: held!.id })).data!.participant.personal?.name ?? null).toBeNull();
  });

  it('asks to see and to delete: every holder gets it with the 10-day deadline; each answers; the person is told and can download everything held', async () => {
    const me = citizen(w);
    await me.signIn(p1);
    const page = await me.go('/my/requests');
    expect(page.text).toContain('내 개인정보 요구');
    const empty = await me.go('/my/requests', { t: me.token(page.text), kind: 'CORRECT', detail: '' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('고칠 내용 또는 멈출 처리를 적어 주세요');
    const asked = await me.go('/my/requests', { t: me.token(page.text), kind: 'SEE', detail: '' });
    expect(asked.text).toMatch(/\d+번으로 접수했습니다/);

    const saha = (await w.f.saha.gql(PRIVACY_REQUESTS, { open: true })).data!.privacyRequests;
    const univ = (await w.f.univ.gql(PRIVACY_REQUESTS, { open: true })).data!.privacyRequests;
    expect(saha.map((r) => [r.kind, r.channel, r.daysLeft])).toEqual([['SEE', 'ONLINE', 10]]);
    expect(univ.map((r) => r.kind)).toEqual(['SEE']);
    expect(saha[0]!.number).toBe(univ[0]!.number);
    expect((await w.f.yeonje.gql(PRIVACY_REQUESTS, { open: true })).data!.privacyRequests).toEqual([]);
    await expectAccess(
      w.f.t,
      PRIVACY_REQUESTS,
      { open: true },
      { sahaStaff: 'ok', cityAdmin: 'ok', namStaff: 'ok', ministryViewer: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' },
    );
    await expectAccess(
      w.f.t,
      ANSWER_REQUEST,
      { i: { id: saha[0]!.id, status: 'DONE', answer: '확인' } },
      {
        yeonjeStaff: 'PRIVACY_REQUEST_NOT_FOUND',
        namStaff: 'PRIVACY_REQUEST_NOT_FOUND',
        ministryViewer: 'FORBIDDEN',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    const refused = await w.f.saha.gql(ANSWER_REQUEST, { i: { id: saha[0]!.id, status: 'REFUSED', answer: '거절' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('PRIVACY_REQUEST_REASON_REQUIRED');
    const answered = await w.f.saha.gql(ANSWER_REQUEST, { i: { id: saha[0]!.id, status: 'DONE', answer: '내려받기 파일과 같습니다.' } });
    expect(answered.data!.answerPrivacyRequest.status).toBe('DONE');
    expect(
      (await w.f.saha.gql(ANSWER_REQUEST, { i: { id: saha[0]!.id, status: 'DONE', answer: '또' } })).errors?.[0]?.extensions?.code,
    ).toBe('PRIVACY_REQUEST_ANSWERED');
    for (let i = 0; i < 100 && !w.sms.sent.some((m) => m.text.includes('개인정보 열람 요구')); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(w.sms.sent.find((m) => m.text.includes('개인정보 열람 요구'))!.text).toContain('처리했습니다');
    const mine = await me.go('/my/requests');
    expect(mine.text).toContain('처리 완료');
    expect(mine.text).toContain('처리 중');

    // The export: both holders' records, readable and machine-readable; each read logged as the person's own.
    const json = JSON.parse((await me.go('/my/export.json')).text) as {
      holdings: Array<{ name: string; organization: string }>;
      enrolments: unknown[];
    };
    expect(json.holdings.map((h) => h.name)).toEqual(['최말자', '최말자']);
    expect(json.enrolments).toHaveLength(1);
    const pdf = await me.go('/my/export.pdf');
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      await w.f.count("SELECT count(*) AS n FROM personal_data_access WHERE purpose = 'citizen:export' AND 'PHONE' = ANY(fields)"),
    ).toBe(4);
    const other = citizen(w);
    await other.signIn(p2);
    expect((await other.go('/my/requests')).text).toContain('아직 요구한 내역이 없습니다');
  });

  it('records a request made by phone and answers a deletion: refused while work is open, done once closed; the record is destroyed after the text', async () => {
    const univKey = (await w.f.t.db.query(
      "SELECT p.id FROM participant p JOIN organization o ON o.id = p.organization_id WHERE o.short_code = 'SAMPLE_UNIV_A' AND p.name = '최말자'",
    )) as Array<{ id: string }>;
    const recorded = await w.f.univ.gql(RECORD_REQUEST, { i: { participantId: univKey[0]!.id, kind: 'DELETE', channel: 'PHONE' } });
    expect(recorded.data!.recordPrivacyRequest).toMatchObject({ kind: 'DELETE', channel: 'PHONE', status: 'PENDING' });
    await expectAccess(
      w.f.t,
      RECORD_REQUEST,
      { i: { participantId: univKey[0]!.id, kind: 'SEE', channel: 'IN_PERSON' } },
      {
        sahaStaff: 'PARTICIPANT_NOT_FOUND',
        yeonjeStaff: 'PARTICIPANT_NOT_FOUND',
        ministryViewer: 'FORBIDDEN',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    // Someone with an enrolment still open cannot be deleted yet: the answer says what to do first.
    const [open] = (await w.f.t.db.query("SELECT id FROM participant WHERE name = '정복순'")) as Array<{ id: string }>;
    const theirs = await w.f.saha.gql(RECORD_REQUEST, { i: { participantId: open!.id, kind: 'DELETE', channel: 'IN_PERSON' } });
    const blocked = await w.f.saha.gql(ANSWER_REQUEST, { i: { id: theirs.data!.recordPrivacyRequest.id, status: 'DONE', answer: '삭제' } });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('PRIVACY_REQUEST_OPEN_WORK');
    expect(await w.f.count('SELECT count(*) AS n FROM consent WHERE participant_id = $1 AND withdrawn_at IS NOT NULL', [open!.id])).toBe(0);
    // Reached Saha-gu too (the same number), where the person has no open enrolment left (cancelled above).
    const sahaRow = (await w.f.saha.gql(PRIVACY_REQUESTS, { open: true })).data!.privacyRequests.find(
      (r) => r.kind === 'DELETE' && r.channel === 'PHONE',
    )!;
    const univRow = (await w.f.univ.gql(PRIVACY_REQUESTS, { open: true })).data!.privacyRequests.find((r) => r.kind === 'DELETE')!;
    const done = await w.f.univ.gql(ANSWER_REQUEST, { i: { id: univRow.id, status: 'DONE', answer: '모두 지웠습니다.' } });
    expect(done.errors).toBeUndefined();
    for (
      let i = 0;
      i < 100 && !(await w.f.count('SELECT count(*) AS n FROM participant WHERE id = $1 AND destroyed_at IS NOT NULL', [univKey[0]!.id]));
      i++
    )
      await new Promise((r) => setTimeout(r, 50));
    expect(
      await w.f.count("SELECT count(*) AS n FROM destruction_register WHERE participant_id = $1 AND rule = 'ERASURE_REQUEST'", [
        univKey[0]!.id,
      ]),
    ).toBe(1);
    expect(w.sms.sent.some((m) => m.text.includes('개인정보 삭제 요구') && m.text.includes('처리했습니다'))).toBe(true);
    // Saha-gu answers partly, with its legal basis.
    const partly = await w.f.saha.gql(ANSWER_REQUEST, {
      i: { id: sahaRow.id, status: 'PARTLY', answer: '수료 기록은 보관합니다.', legalBasis: '평생교육법 시행령 (학습 이력 보관)' },
    });
    expect(partly.data!.answerPrivacyRequest.legalBasis).toBe('평생교육법 시행령 (학습 이력 보관)');
  });
});
