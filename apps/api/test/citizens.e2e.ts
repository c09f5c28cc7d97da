import { expectAccess } from './support/access-matrix';
import { applicationsFixture, type ApplicationsFixture } from './support/applications';
import { CHECK_IN_SHEET, SELF_CHECK_IN, citizen } from './support/citizens';
import { SERIES, mondayAhead } from './support/learn';

describe("citizens: the citizen's own space, signed in by a texted code, and self check-in by QR", () => {
  let w: ApplicationsFixture;
  let programmeId: string;
  let sessionId: string;
  const p1 = '010-5511-2201';
  const p2 = '010-5511-2202';

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
    // Twice is once.
    expect((await me.go(next, { t: me.token(page.text) })).text).toContain('이미 기록되어 있습니다');

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

  /** The programme's second session. */
  async function series2(x: ApplicationsFixture): Promise<string> {
    const rows = (await x.f.t.db.query('SELECT id FROM programme_session WHERE programme_id = $1 AND id <> $2 LIMIT 1', [
      programmeId,
      sessionId,
    ])) as Array<{ id: string }>;
    return rows[0]!.id;
  }
});
