import { expectAccess } from './support/access-matrix';
import { applicationsFixture, type ApplicationsFixture } from './support/applications';
import { print } from 'graphql';
import { ATTENDANCE_LIVE, CHECK_IN_SHEET, SELF_CHECK_IN, citizen, subscribe } from './support/citizens';
import { PARTICIPANT, SERIES, mondayAhead } from './support/learn';
import { ASSIGN, RECORD_MENTOR, RESPOND } from './support/mentors';

describe("citizens: the citizen's own space, signed in by a texted code, and self check-in by QR", () => {
  let w: ApplicationsFixture;
  let programmeId: string;
  let sessionId: string;
  const p1 = '010-5511-2201';
  const p2 = '010-5511-2202';
  const mentorPhone = '010-5511-2203';

  beforeAll(async () => {
    w = await applicationsFixture();
    programmeId = await w.programme('스마트폰 사진 교실', { selection: 'FIRST_COME' }, 1);
    const series = await w.f.saha.gql(SERIES, {
      i: { programmeId, firstDate: mondayAhead(21), weekdays: [1], startTime: '10:00', endTime: '12:00', count: 2, venueId: w.f.venue },
    });
    expect(series.errors).toBeUndefined();
    sessionId = series.data!.createSessionSeries[0]!.id;
    expect((await w.apply(programmeId, { name: '김순자', phone: p1 })).text).toContain('수강이 확정되었습니다.');
    expect((await w.apply(programmeId, { name: '박영수', phone: p2 })).text).toContain('대기 1번입니다.');
    // The same person is also held by the university (registered there by its staff).
    await w.f.register(w.f.univ, '김순자', p1);
    // A mentor Saha-gu holds, confirmed to help at the first class.
    const mentorPerson = await w.f.register(w.f.saha, '장멘토', mentorPhone);
    const mentor = (
      await w.f.saha.gql(RECORD_MENTOR, {
        i: { participantId: mentorPerson.id, kind: 'DIGITAL_MENTOR', evidence: '디지털 멘토 양성과정 수료' },
      })
    ).data!.recordMentor;
    const assignment = (await w.f.saha.gql(ASSIGN, { s: sessionId, m: mentor.id })).data!.assignMentor;
    expect((await w.f.saha.gql(RESPOND, { id: assignment.id, a: true })).data!.respondMentorAssignment.status).toBe('CONFIRMED');
  });
  afterAll(() => w?.close());

  it('signs in by a code to the number; a stranger’s number reads the same and gets no text; a wrong code is refused beside the field', async () => {
    const stranger = citizen(w);
    const sentBefore = w.sms.sent.length;
    const unknown = await stranger.go('/my/sign-in', { phone: '010-9999-0000', next: '/my' });
    const known = await citizen(w).go('/my/sign-in', { phone: p2, next: '/my' });
    expect(unknown.status).toBe(200);
    const same = (s: string) => s.replace(/[0-9a-f-]{36}/g, 'ID');
    expect(same(unknown.text)).toBe(same(known.text));
    expect(await citizen(w).codeFor('010-9999-0000', 0)).toBeNull();
    expect(w.sms.sent.slice(sentBefore).some((m) => m.to === '01099990000')).toBe(false);

    const bad = await stranger.go('/my/sign-in', { phone: '12345' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('010-1234-5678처럼');
    const id = /name="id" value="([0-9a-f-]{36})"/.exec(known.text)![1]!;
    const wrong = await stranger.go('/my/sign-in/confirm', { id, code: '000001' });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('인증번호가 맞지 않거나');

    const me = citizen(w);
    expect((await me.go('/my')).location).toBe('/my/sign-in?next=%2Fmy');
    const signed = await me.signIn(p1);
    expect(signed.status).toBe(303);
    expect(signed.location).toBe('/my');
    const home = await me.go('/my');
    expect(home.status).toBe(200);
    expect(home.text).toContain('스마트폰 사진 교실');
    expect(home.text).toContain('수강 확정');
    expect(home.text).toMatch(/다음 수업: \d{4}년 \d{1,2}월 \d{1,2}일\(월\) 10:00/);
    // Both organizations' consents: the person sees what each allows.
    expect(home.text.match(/동의 철회/g)!.length).toBeGreaterThanOrEqual(2);
    expect(home.text).toContain('noindex');
    expect(
      await w.f.count("SELECT count(*) AS n FROM personal_data_access WHERE purpose = 'citizen:my-learning' AND user_id IS NULL"),
    ).toBeGreaterThanOrEqual(2);
  });

  it("shows one person only what is theirs: another citizen's enrolment and consent answer NOT FOUND, a form from elsewhere is refused", async () => {
    const a = citizen(w);
    await a.signIn(p1);
    const b = citizen(w);
    await b.signIn(p2);
    const bHome = await b.go('/my');
    expect(bHome.text).toContain('대기 1번');
    expect(bHome.text).not.toContain('김순자');
    const aEnrolment = /\/my\/enrolments\/([0-9a-f-]{36})\/cancel/.exec((await a.go('/my')).text)![1]!;
    const aConsent = /\/my\/consents\/([0-9a-f-]{36})\/withdraw/.exec((await a.go('/my')).text)![1]!;
    expect((await b.go(`/my/enrolments/${aEnrolment}/cancel`)).status).toBe(404);
    expect((await b.go(`/my/enrolments/${aEnrolment}/cancel`, { t: b.token(bHome.text) })).status).toBe(404);
    expect((await b.go(`/my/consents/${aConsent}/withdraw`, { t: b.token(bHome.text) })).status).toBe(404);
    // A cross-site form carries no token: refused, nothing changed.
    const forged = await a.go(`/my/enrolments/${aEnrolment}/cancel`, { t: '' });
    expect(forged.status).toBe(400);
    expect(await w.f.count("SELECT count(*) AS n FROM enrolment WHERE id = $1 AND status = 'ENROLLED'", [aEnrolment])).toBe(1);
    // Signed out: the session ends, the page asks to sign in again.
    await b.go('/my/sign-out', { t: b.token(bHome.text) });
    expect((await b.go('/my')).status).toBe(303);
  });

  it('checks in by the QR code of a session under way: only those who take attendance see the code; the sheet shows it as self-marked', async () => {
    await w.f.t.db.query(
      "UPDATE programme_session SET starts_at = now() - interval '5 minutes', ends_at = now() + interval '115 minutes' WHERE id = $1",
      [sessionId],
    );
    await expectAccess(
      w.f.t,
      SELF_CHECK_IN,
      { id: sessionId },
      { sahaStaff: 'ok', yeonjeStaff: 'SESSION_NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
    );
    const url = (await w.f.saha.gql(SELF_CHECK_IN, { id: sessionId })).data!.session.selfCheckIn!.url;
    expect((await w.f.ministry.gql(SELF_CHECK_IN, { id: sessionId })).data?.session.selfCheckIn ?? null).toBeNull();
    const path = url.slice(url.indexOf('/my/check-in/'));
    // The staff's sheet listens (graphql-ws); another organization's staff are refused before anything is sent.
    const live = await subscribe<{ attendanceMarked: { enrolmentId: string; status: string; selfCheckedIn: boolean } }>(
      w.f.t.url,
      w.f.saha.cookie!,
      print(ATTENDANCE_LIVE),
      { id: sessionId },
    );
    const stranger = await subscribe(w.f.t.url, w.f.yeonje.cookie!, print(ATTENDANCE_LIVE), { id: sessionId });
    expect(JSON.stringify(stranger.error())).toContain('SESSION_NOT_FOUND');
    await stranger.close();

    // Not signed in yet: the sign-in comes first and leads back to the check-in (no second scan).
    const me = citizen(w);
    const first = await me.go(path);
    expect(first.status).toBe(303);
    const next = decodeURIComponent(/next=([^&]+)/.exec(first.location!)![1]!);
    expect(next).toMatch(/^\/my\/check-in\/[0-9a-f-]{36}\?k=\d+\.[0-9a-f]{24}$/);
    const signed = await me.signIn(p1, next);
    expect(signed.location).toBe(next);
    const page = await me.go(next);
    expect(page.text).toContain('출석합니다');
    const done = await me.go(next, { t: me.token(page.text) });
    expect(done.status).toBe(200);
    expect(done.text).toContain('출석했습니다');
    const sheet = (await w.f.saha.gql(CHECK_IN_SHEET, { id: sessionId })).data!.attendanceSheet.rows;
    expect(sheet.filter((r) => r.selfCheckedIn).map((r) => r.status)).toEqual(['PRESENT']);
    for (let i = 0; i < 50 && !live.received.length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(live.received.map((m) => [m.attendanceMarked.status, m.attendanceMarked.selfCheckedIn])).toEqual([['PRESENT', true]]);
    await live.close();
    // Twice is once.
    expect((await me.go(next, { t: me.token(page.text) })).text).toContain('이미 기록되어 있습니다');

    // A mentor confirmed for this class logs their time the same way, for the host to verify.
    const mentor = citizen(w);
    await mentor.signIn(mentorPhone);
    const mentorPage = await mentor.go(next);
    const logged = await mentor.go(next, { t: mentor.token(mentorPage.text) });
    expect(logged.text).toContain('멘토 활동을 기록했습니다');
    expect(logged.text).toContain('120분');
    expect(await w.f.count('SELECT count(*) AS n FROM mentor_assignment WHERE session_id = $1 AND logged_minutes = 120', [sessionId])).toBe(
      1,
    );
    expect((await mentor.go('/my')).text).toContain('멘토 활동 시간');

    // The waitlisted person is not on the roster; a made-up code is refused; too early is said so.
    const other = citizen(w);
    await other.signIn(p2);
    const refused = await other.go(next, { t: other.token((await other.go(next)).text) });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('수강생 명단에 없는 번호입니다');
    expect((await me.go(path.replace(/c=[0-9a-f]+/, 'c=000000000000000000000000'))).status).toBe(400);
    const later = series2(w);
    await w.f.t.db.query(
      "UPDATE programme_session SET starts_at = now() + interval '2 hours', ends_at = now() + interval '4 hours' WHERE id = $1",
      [await later],
    );
    const url2 = (await w.f.saha.gql(SELF_CHECK_IN, { id: await later })).data!.session.selfCheckIn!.url;
    const early = await me.go(url2.slice(url2.indexOf('/my/check-in/')));
    const tooEarly = await me.go(`/my/check-in/${await later}?${/k=[^"&]+/.exec(early.text)![0]}`, { t: me.token(early.text) });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.text).toContain('수업 시작 30분 전부터');
  });

  it('answers hostile input with a page that says why, never a server error; a number asked for too often is slowed', async () => {
    const me = citizen(w);
    const raw = async (path: string, body: string | Buffer, type: string) =>
      (await fetch(`${w.f.t.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body, redirect: 'manual' })).status;
    for (const [body, type] of [
      ['{"phone": "010-1111-2222"}', 'application/json'],
      [`phone=${'9'.repeat(20_000)}`, 'application/x-www-form-urlencoded'],
      ['__proto__[x]=1&phone=010', 'application/x-www-form-urlencoded'],
      [Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'application/x-www-form-urlencoded'],
    ] as const)
      expect(await raw('/my/sign-in', body, type)).toBeLessThan(500);
    for (const path of [
      '/my/check-in/not-a-uuid?c=zz',
      '/my/check-in/00000000-0000-0000-0000-000000000000?k=1.abc',
      '/my/certificates/..%2F..%2Fetc%2Fpasswd',
      '/my/follow-up/short',
      `/my/sign-in?next=${encodeURIComponent('https://evil.test/')}`,
    ])
      expect((await me.go(path)).status).toBeLessThan(500);
    expect((await me.go(`/my/sign-in?next=${encodeURIComponent('https://evil.test/')}`)).text).toContain('name="next" value="/my"');
    expect(await raw('/my/sign-in/confirm', 'id=x&code=123456', 'application/x-www-form-urlencoded')).toBe(400);
    // Signed in: an over-long request, an unknown kind, a form from elsewhere.
    await me.signIn(p1);
    const page = await me.go('/my/requests');
    expect((await me.go('/my/requests', { t: me.token(page.text), kind: 'STOP', detail: 'x'.repeat(1001) })).status).toBe(400);
    expect((await me.go('/my/requests', { t: me.token(page.text), kind: 'DROP TABLE', detail: 'x' })).status).toBe(400);
    expect((await me.go('/my/requests', { kind: 'SEE' })).status).toBe(400);
    // Five codes an hour per number: the sixth is slowed, the page says how long to wait (and still not whether it is known).
    const phone = '010-5511-9999';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await citizen(w).go('/my/sign-in', { phone })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('changes their number, confirmed by a code to the new one: every record gets it, the old number no longer signs in', async () => {
    const me = citizen(w);
    await me.signIn(p2);
    const form = await me.go('/my/phone');
    expect((await me.go('/my/phone', { t: me.token(form.text), phone: p2 })).text).toContain('지금 쓰고 있는 번호입니다');
    const newPhone = '010-5511-2299';
    const step = await me.go('/my/phone', { t: me.token(form.text), phone: newPhone });
    const id = /name="id" value="([0-9a-f-]{36})"/.exec(step.text)![1]!;
    const text = await (async () => {
      for (let i = 0; i < 100; i++) {
        const m = w.sms.sent.find((x) => x.to === newPhone.replace(/\D/g, '') && x.text.includes('휴대전화 번호 변경 인증번호'));
        if (m) return m.text;
        await new Promise((r) => setTimeout(r, 50));
      }
      return '';
    })();
    expect((await me.go('/my/phone/confirm', { t: me.token(form.text), id, code: '000000' })).status).toBe(400);
    const done = await me.go('/my/phone/confirm', { t: me.token(form.text), id, code: /인증번호 (\d{6})/.exec(text)![1]! });
    expect(done.location).toBe('/my?changed=phone');
    expect((await me.go('/my?changed=phone')).text).toContain('휴대전화 번호를 바꿨습니다');
    const [held] = (await w.f.t.db.query("SELECT id FROM participant WHERE name = '박영수'")) as Array<{ id: string }>;
    expect((await w.f.saha.gql(PARTICIPANT, { id: held!.id })).data!.participant.personal?.phone).toBe(newPhone);
    // The old number is no one's now: no code goes to it; the new one signs in.
    const before = w.sms.sent.length;
    await citizen(w).go('/my/sign-in', { phone: p2 });
    await new Promise((r) => setTimeout(r, 300));
    expect(w.sms.sent.slice(before).some((m) => m.to === p2.replace(/\D/g, ''))).toBe(false);
    const again = citizen(w);
    expect((await again.signIn(newPhone)).status).toBe(303);
    expect((await again.go('/my')).text).toContain('대기');
  });

  /** The programme's second session. */
  async function series2(x: ApplicationsFixture): Promise<string> {
    const rows = (await x.f.t.db.query('SELECT id FROM programme_session WHERE programme_id = $1 AND id <> $2 LIMIT 1', [
      programmeId,
      sessionId,
    ])) as Array<{ id: string }>;
    return rows[0]!.id;
  }
});
