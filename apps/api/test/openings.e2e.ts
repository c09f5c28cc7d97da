import { Client, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { learnFixture, type LearnFixture } from './support/learn';
import { DECIDE, REFER } from './support/referrals';
import { JOURNEY_RECORDS } from './support/outcomes';
import { HIRE, OPENING, SAVE_OPENING } from './support/openings';

describe('openings: from partners, applicants by referral with consent, a hire becomes an outcome', () => {
  let t: TestApp, saha: Client, univ: Client, yeonje: Client;
  let register: LearnFixture['register'];
  let stream: string, univId: string;
  const sharing = { items: ['NAME' as const], purpose: '채용 전형 안내', retentionUntil: '2027-12-31', refusalExplained: true };

  beforeAll(async () => {
    ({ t, saha, univ, yeonje, register } = await learnFixture());
    stream = ((await t.db.query("SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'")) as Array<{ id: string }>)[0]!.id;
    univId = await t.orgId('SAMPLE_UNIV_A');
  });
  afterAll(() => t.close());

  it('a partner posts to its stream; members see it, other organizations get NOT_FOUND (role × organization)', async () => {
    const o = (
      await univ.gql(SAVE_OPENING, { i: { streamId: stream, kind: 'INTERNSHIP', title: '연구실 데이터 인턴', deadline: '2099-12-31' } })
    ).data!.saveOpening;
    expect(o).toMatchObject({ status: 'OPEN', employmentType: 'FIXED_TERM' });
    await expectAccess(
      t,
      OPENING,
      { id: o.id },
      {
        sahaStaff: 'ok',
        cityAdmin: 'ok',
        ministryViewer: 'ok',
        platformAdmin: 'ok',
        namStaff: 'OPENING_NOT_FOUND',
        yeonjeStaff: 'OPENING_NOT_FOUND',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    expect(
      Client.code(await univ.gql(SAVE_OPENING, { i: { streamId: stream, kind: 'JOB', title: '지난 공고', deadline: '2020-01-01' } })),
    ).toBe('OPENING_DEADLINE_PAST');
    expect(
      Client.code(await yeonje.gql(SAVE_OPENING, { i: { streamId: stream, kind: 'JOB', title: '남의 사업', deadline: '2099-01-01' } })),
    ).toBe('OPENING_STREAM_NOT_MEMBER');
    expect(
      Client.code(
        await saha.gql(SAVE_OPENING, { i: { id: o.id, streamId: stream, kind: 'JOB', title: '가로채기', deadline: '2099-01-01' } }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('a completer is referred to an opening with consent; the hire closes the referral, fills the opening and becomes the holder’s EMPLOYED outcome', async () => {
    const o = (
      await univ.gql(SAVE_OPENING, {
        i: { streamId: stream, kind: 'JOB', title: '대학 행정 보조', employmentType: 'PART_TIME', places: 1, deadline: '2099-12-31' },
      })
    ).data!.saveOpening;
    const p = await register(saha, '채용대상', '010-2323-4545');
    const wrong = await saha.gql(REFER, {
      i: { participantId: p.id, toOrganizationId: await t.orgId('BUSAN'), openingId: o.id, reason: 'EMPLOYMENT', sharing },
    });
    expect(Client.code(wrong)).toBe('VALIDATION_FAILED');
    const r = (
      await saha.gql(REFER, { i: { participantId: p.id, toOrganizationId: univId, openingId: o.id, reason: 'EMPLOYMENT', sharing } })
    ).data!.referParticipant;
    await univ.gql(DECIDE, { id: r.id, a: true });
    expect(Client.code(await saha.gql(HIRE, { id: r.id }))).toBe('FORBIDDEN');
    const hired = (await univ.gql(HIRE, { id: r.id })).data!.hireReferred;
    expect(hired).toMatchObject({ status: 'CLOSED', outcome: '채용: 대학 행정 보조' });
    expect(hired.hiredAt).toBeTruthy();
    expect((await univ.gql(OPENING, { id: o.id })).data!.opening.status).toBe('FILLED');
    const outcomes = (await saha.gql(JOURNEY_RECORDS, { id: p.id })).data!.participant.outcomes!;
    expect(outcomes).toEqual([expect.objectContaining({ kind: 'EMPLOYED', employmentType: 'PART_TIME' })]);
    const [row] = (await t.db.query('SELECT source, organization_id = $2 AS held FROM outcome WHERE participant_id = $1', [
      p.id,
      await t.orgId('SAHA'),
    ])) as Array<{ source: string; held: boolean }>;
    expect(row).toEqual({ source: 'VERIFIED', held: true });
    // A filled opening takes no more referrals; a referral without an opening cannot be a hire.
    const q = await register(saha, '다음지원자', null);
    expect(
      Client.code(await saha.gql(REFER, { i: { participantId: q.id, toOrganizationId: univId, openingId: o.id, reason: 'EMPLOYMENT' } })),
    ).toBe('OPENING_NOT_OPEN');
    const plain = (await saha.gql(REFER, { i: { participantId: q.id, toOrganizationId: univId, reason: 'EMPLOYMENT' } })).data!
      .referParticipant;
    await univ.gql(DECIDE, { id: plain.id, a: true });
    expect(Client.code(await univ.gql(HIRE, { id: plain.id }))).toBe('REFERRAL_NO_OPENING');
  });
});
