import { Client, startTestApp, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { ANSWER_SURVEY, CLOSE_SURVEY, DASHBOARD, OPEN_SURVEY, PAPER_ANSWERS, PROGRAMME_SURVEY, SURVEY_FORM } from './support/kpis';

describe('satisfaction surveys: one-time links on a public page, paper answers, anonymous results, the satisfaction KPI', () => {
  let t: TestApp, saha: Client, city: Client, anonymous: Client;
  let programme: string, stream: string;

  beforeAll(async () => {
    t = await startTestApp([], { OUTBOX_WORKER: 'off' });
    [saha, city] = (await Promise.all(['saha.staff', 'city.admin'].map((u) => t.as(`${u}@lalaland.test`)))) as [Client, Client];
    anonymous = t.client();
    const [p] = (await t.db.query(
      `SELECT p.id, p.stream_id FROM programme p JOIN organization o ON o.id = p.host_organization_id WHERE o.short_code = 'SAHA'
        AND (SELECT count(*) FROM enrolment e WHERE e.programme_id = p.id AND e.status IN ('ENROLLED','COMPLETED','NOT_COMPLETED')) >= 6 ORDER BY p.title_ko LIMIT 1`,
    )) as Array<{ id: string; stream_id: string }>;
    programme = p!.id;
    stream = p!.stream_id;
  });
  afterAll(() => t.close());

  it('the host opens it; each participant answers once through their link, without signing in; a forged link is refused', async () => {
    await expectAccess(
      t,
      OPEN_SURVEY,
      { programmeId: programme },
      { namStaff: 'PROGRAMME_NOT_FOUND', cityAdmin: 'FORBIDDEN', ministryViewer: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' },
    );
    const s = (await saha.gql(OPEN_SURVEY, { programmeId: programme })).data!.openSurvey;
    expect(s.links.length).toBeGreaterThanOrEqual(6);
    expect(JSON.stringify(s.links)).not.toMatch(/[가-힣]/); // pseudonymous keys, no names
    const [first, second] = s.links as [(typeof s.links)[0], (typeof s.links)[0]];
    expect((await anonymous.gql(SURVEY_FORM, { token: first.token })).data!.surveyForm).toMatchObject({ closed: false, answered: false });
    expect(
      (await anonymous.gql(ANSWER_SURVEY, { token: first.token, answer: { scores: [5, 4, 5, 4, 5], comment: '강의가 좋았어요' } })).data!
        .answerSurvey,
    ).toBe(true);
    expect(Client.code(await anonymous.gql(ANSWER_SURVEY, { token: first.token, answer: { scores: [1, 1, 1, 1, 1] } }))).toBe(
      'SURVEY_ALREADY_ANSWERED',
    );
    expect((await anonymous.gql(SURVEY_FORM, { token: first.token })).data!.surveyForm.answered).toBe(true);
    // Forged: another enrolment's id with this MAC, a changed character, nonsense, and out-of-range scores.
    const forged = second.token.slice(0, 22) + first.token.slice(22);
    expect(Client.code(await anonymous.gql(ANSWER_SURVEY, { token: forged, answer: { scores: [5, 5, 5, 5, 5] } }))).toBe(
      'SURVEY_LINK_INVALID',
    );
    expect(Client.code(await anonymous.gql(SURVEY_FORM, { token: 'x'.repeat(38) }))).toBe('SURVEY_LINK_INVALID');
    expect(Client.code(await anonymous.gql(SURVEY_FORM, { token: '\u0000'.repeat(5000) }))).toBe('VALIDATION_FAILED'); // NUL bytes: refused before anything runs
    expect(Client.code(await anonymous.gql(ANSWER_SURVEY, { token: second.token, answer: { scores: [6, 5, 5, 5, 5] } }))).toBe(
      'VALIDATION_FAILED',
    );
    // Ten tries with the same link at once: one answer.
    const tries = await Promise.all(
      Array.from({ length: 10 }, () => anonymous.gql(ANSWER_SURVEY, { token: second.token, answer: { scores: [3, 3, 3, 3, 3] } })),
    );
    expect(tries.filter((r) => r.data?.answerSurvey === true)).toHaveLength(1);
    expect(tries.filter((r) => Client.code(r) === 'SURVEY_ALREADY_ANSWERED')).toHaveLength(9);
    // Anonymous: the answers table has no enrolment, person or time of day.
    const cols = (await t.db.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_response'")) as Array<{
      column_name: string;
    }>;
    expect(cols.map((c) => c.column_name).sort()).toEqual(['answered_on', 'channel', 'comment', 'id', 'published', 'scores', 'survey_id']);
  });

  it('paper answers add up to at most the participants; results show means and hide comments under 5 answers; the satisfaction KPI follows', async () => {
    const s = (await saha.gql(PROGRAMME_SURVEY, { programmeId: programme })).data!.programmeSurvey!;
    expect(s.results.comments).toEqual([]); // two answers: comments stay hidden
    // Another organization (the lead) sees no means or distribution under 5 answers.
    const outside = (await city.gql(PROGRAMME_SURVEY, { programmeId: programme })).data!.programmeSurvey!.results;
    expect(outside.items[0]).toMatchObject({ mean: null, distribution: [] });
    const paper = await saha.gql(PAPER_ANSWERS, {
      i: {
        surveyId: s.id,
        answers: [{ scores: [4, 4, 4, 4, 4] }, { scores: [5, 5, 4, 4, 5], comment: '시간이 짧았어요' }, { scores: [2, 3, 3, 3, 2] }],
      },
    });
    expect(paper.data!.enterPaperSurveyAnswers.responseCount).toBe(5);
    const r = (await saha.gql(PROGRAMME_SURVEY, { programmeId: programme })).data!.programmeSurvey!.results;
    expect(r.responses).toBe(5);
    expect(r.items[0]).toMatchObject({ item: 'OVERALL', mean: 3.8, distribution: [0, 1, 1, 1, 2] });
    expect(r.comments.sort()).toEqual(['강의가 좋았어요', '시간이 짧았어요']);
    // From 5 answers the lead sees the mean, and each distribution with its small cells hidden (and one more).
    const lead = (await city.gql(PROGRAMME_SURVEY, { programmeId: programme })).data!.programmeSurvey!.results;
    expect(lead.items[0]).toMatchObject({ mean: 3.8, distribution: [0, null, null, null, null] });
    const tooMany = Array.from({ length: r.invited }, () => ({ scores: [3, 3, 3, 3, 3] }));
    expect(Client.code(await saha.gql(PAPER_ANSWERS, { i: { surveyId: s.id, answers: tooMany } }))).toBe('SURVEY_TOO_MANY_ANSWERS');
    expect(Client.code(await city.gql(PAPER_ANSWERS, { i: { surveyId: s.id, answers: [{ scores: [3, 3, 3, 3, 3] }] } }))).toBe('FORBIDDEN');
    // The KPI equals a direct average over every answer in the stream's surveys.
    const [direct] = (await t.db.query(
      `SELECT round(avg(r.scores[1]), 2)::float AS mean FROM survey_response r JOIN survey s ON s.id = r.survey_id JOIN programme p ON p.id = s.programme_id
        WHERE r.published AND p.stream_id = $1 AND p.starts_on BETWEEN '2025-01-01' AND '2025-12-31'`,
      [stream],
    )) as Array<{ mean: number }>;
    const d = (await city.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 2025 })).data!.kpiDashboard;
    expect(d.figures.find((f) => f.code === 'SATISFACTION')!.actual).toBe(direct!.mean);
  });

  it('the host sees how many answered, never which link; answers join the results five at a time or at close, comments in no order of arrival (hardening 2, item 5)', async () => {
    const [p] = (await t.db.query(
      `SELECT p.id FROM programme p JOIN organization o ON o.id = p.host_organization_id WHERE o.short_code = 'NAM'
        AND (SELECT count(*) FROM enrolment e WHERE e.programme_id = p.id AND e.status IN ('ENROLLED','COMPLETED','NOT_COMPLETED')) >= 6 ORDER BY p.title_ko LIMIT 1`,
    )) as Array<{ id: string }>;
    const nam = await t.as('nam.staff@lalaland.test');
    const s = (await nam.gql(OPEN_SURVEY, { programmeId: p!.id })).data!.openSurvey;
    expect(Object.keys(s.links[0]!)).not.toContain('answered');
    const seen = () => nam.gql(PROGRAMME_SURVEY, { programmeId: p!.id }).then((r) => r.data!.programmeSurvey!);
    for (let i = 0; i < 4; i++) {
      expect(
        (
          await anonymous.gql(ANSWER_SURVEY, {
            token: s.links[i]!.token,
            answer: { scores: [i + 1, 3, 3, 3, 3], comment: `의견 ${i + 1}` },
          })
        ).data!.answerSurvey,
      ).toBe(true);
      const now = await seen();
      // polling between answers shows only that one more person answered: no mean, distribution or comment moves
      expect(now.answeredCount).toBe(i + 1);
      expect(now.results).toMatchObject({ responses: 0, answered: i + 1, comments: [] });
      expect(now.results.items[0]!.distribution).toEqual([0, 0, 0, 0, 0]);
    }
    await anonymous.gql(ANSWER_SURVEY, { token: s.links[4]!.token, answer: { scores: [5, 3, 3, 3, 3], comment: '의견 5' } });
    const five = await seen();
    expect(five.results).toMatchObject({ responses: 5, answered: 5 });
    expect(five.results.items[0]).toMatchObject({ mean: 3, distribution: [1, 1, 1, 1, 1] });
    const byId = (
      (await t.db.query('SELECT comment FROM survey_response WHERE survey_id = $1 ORDER BY id', [s.id])) as Array<{ comment: string }>
    ).map((c) => c.comment);
    expect(five.results.comments).toEqual(byId);
    // a sixth waits for four more, or for the close
    await anonymous.gql(ANSWER_SURVEY, { token: s.links[5]!.token, answer: { scores: [1, 1, 1, 1, 1] } });
    expect((await seen()).results).toMatchObject({ responses: 5, answered: 6 });
    expect((await nam.gql(CLOSE_SURVEY, { id: s.id })).data!.closeSurvey).toMatchObject({ responseCount: 6, answeredCount: 6 });
    expect((await seen()).results.items[0]!.distribution).toEqual([2, 1, 1, 1, 1]);
  });
});
