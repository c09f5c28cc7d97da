import { Client, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { STATUS, learnFixture, type LearnFixture } from './support/learn';
import {
  ADD_COMMENT,
  COMMENTS,
  DOCUMENTS,
  BOX,
  CLOSE,
  DECIDE,
  ENROL_REFERRED,
  FUNNEL,
  REFER,
  REFERRAL,
  STOP_SHARING,
  WITHDRAW_REFERRAL,
} from './support/referrals';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('referrals: between organizations, personal data only under a separate consent, every provision logged', () => {
  let t: TestApp, saha: Client, city: Client, univ: Client, yeonje: Client;
  let count: LearnFixture['count'], newProgramme: LearnFixture['newProgramme'], register: LearnFixture['register'];
  let univId: string, busanId: string;
  const sharing = {
    items: ['NAME' as const, 'PHONE' as const],
    purpose: '연계 과정 안내와 수강 등록',
    retentionUntil: '2027-12-31',
    refusalExplained: true,
  };

  beforeAll(async () => {
    ({ t, saha, city, univ, yeonje, count, newProgramme, register } = await learnFixture());
    univId = await t.orgId('SAMPLE_UNIV_A');
    busanId = await t.orgId('BUSAN');
  });
  afterAll(() => t.close());

  it('without a sharing consent the recipient sees the key and the reason, nothing personal (not even the note), and nothing is logged as provided', async () => {
    const p = await register(saha, '김비공개', '010-1212-3434');
    const r = (
      await saha.gql(REFER, { i: { participantId: p.id, toOrganizationId: univId, reason: 'COUNSELLING', note: '진로 상담 희망' } })
    ).data!.referParticipant;
    expect(r).toMatchObject({ status: 'SUBMITTED', personKey: p.pseudonymKey });
    const seen = (await univ.gql(REFERRAL, { id: r.id })).data!.referral;
    expect(seen).toMatchObject({
      personKey: p.pseudonymKey,
      reason: 'COUNSELLING',
      note: null,
      participant: null,
      shared: null,
      sharing: null,
      provisions: null,
    });
    expect(JSON.stringify(seen)).not.toContain('김비공개');
    expect(
      await count('SELECT count(*) AS n FROM personal_data_access WHERE participant_id = $1 AND organization_id = $2', [p.id, univId]),
    ).toBe(0);
    expect((await univ.gql(BOX, { box: 'INBOX' })).data!.referrals.items.map((x) => x.id)).toContain(r.id);
    expect((await saha.gql(BOX, { box: 'OUTBOX' })).data!.referrals.items.map((x) => x.id)).toContain(r.id);
  });

  it('with one, the recipient reads exactly the consented items; each read is a logged provision; withdrawal stops it at once, the log stays', async () => {
    const p = await register(saha, '이공유', '010-5656-7878');
    const r = (await saha.gql(REFER, { i: { participantId: p.id, toOrganizationId: univId, reason: 'EMPLOYMENT', sharing } })).data!
      .referParticipant;
    const seen = (await univ.gql(REFERRAL, { id: r.id })).data!.referral;
    expect(seen.shared).toEqual({ name: '이공유', phone: '010-5656-7878', birthYear: null });
    expect(seen.sharing).toMatchObject({ items: ['NAME', 'PHONE'], purpose: '연계 과정 안내와 수강 등록', inForce: true });
    const [log] = (await t.db.query('SELECT fields, purpose FROM personal_data_access WHERE participant_id = $1 AND organization_id = $2', [
      p.id,
      univId,
    ])) as Array<{
      fields: string;
      purpose: string;
    }>;
    expect(log).toEqual({ fields: '{NAME,PHONE}', purpose: `referral:${r.id}` });
    // The sender sees every provision: what, to whom.
    const mineResult = await saha.gql(REFERRAL, { id: r.id });
    expect(mineResult.errors).toBeUndefined();
    const mine = mineResult.data!.referral;
    expect(mine.provisions).toEqual([{ items: ['NAME', 'PHONE'], detail: null, organizationId: univId }]);
    expect(mine.can.stopSharing).toBe(true);
    expect(Client.code(await univ.gql(STOP_SHARING, { id: r.id }))).toBe('FORBIDDEN');
    // The citizen withdraws: the recipient reads nothing more; what was provided stays in the log.
    await saha.gql(STOP_SHARING, { id: r.id });
    const after = (await univ.gql(REFERRAL, { id: r.id })).data!.referral;
    expect(after.shared).toBeNull();
    expect(after.sharing).toMatchObject({ inForce: false });
    expect(
      await count('SELECT count(*) AS n FROM personal_data_access WHERE participant_id = $1 AND organization_id = $2', [p.id, univId]),
    ).toBe(1);
  });

  it('withdrawal covers what hangs off the referral: the sender’s files, comments and note vanish for the recipient; every read and download was a provision the sender sees', async () => {
    const p = await register(saha, '최첨부', '010-3434-5656');
    const r = (
      await saha.gql(REFER, {
        i: {
          participantId: p.id,
          toOrganizationId: univId,
          reason: 'EMPLOYMENT',
          note: '면접 일정 조율 필요',
          sharing: { ...sharing, items: ['NAME' as const] },
        },
      })
    ).data!.referParticipant;
    const form = new FormData();
    form.append('recordType', 'REFERRAL');
    form.append('recordId', r.id);
    form.append('personalData', 'true');
    form.append('file', new Blob([PDF]), '최첨부 이력서.pdf');
    const up = await fetch(`${t.url}/documents`, {
      method: 'POST',
      body: form,
      headers: { 'x-lalaland-preflight': '1', cookie: saha.cookie! },
    });
    expect(up.status).toBe(201);
    const doc = ((await up.json()) as { id: string }).id;
    expect(
      (await saha.gql(ADD_COMMENT, { i: { recordType: 'REFERRAL', recordId: r.id, body: '연락처는 010-3434-5656 입니다.' } })).errors,
    ).toBeUndefined();
    expect(
      (await univ.gql(ADD_COMMENT, { i: { recordType: 'REFERRAL', recordId: r.id, body: '면접은 다음 주 화요일로 잡겠습니다.' } })).errors,
    ).toBeUndefined();
    const download = (c: Client) => fetch(`${t.url}/documents/${doc}`, { headers: { cookie: c.cookie! } });

    // in force: the recipient reads the note, both sides' comments and the file; each read is the sender's provision
    expect((await univ.gql(REFERRAL, { id: r.id })).data!.referral.note).toBe('면접 일정 조율 필요');
    expect((await univ.gql(COMMENTS, { type: 'REFERRAL', id: r.id })).data!.comments).toHaveLength(2);
    expect((await download(univ)).status).toBe(200);
    expect((await download(univ)).status).toBe(200);
    const details = (await saha.gql(REFERRAL, { id: r.id })).data!.referral.provisions!.map((x) => x.detail ?? x.items.join(','));
    expect(details.sort()).toEqual(
      ['NAME', 'comments: 1', 'document:최첨부 이력서.pdf v1', 'document:최첨부 이력서.pdf v1', 'note'].sort(),
    );

    // withdrawn: the sender's file answers NOT_FOUND, its comment and the note are gone; the recipient's own comment stays
    await saha.gql(STOP_SHARING, { id: r.id });
    const gone = await download(univ);
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(
      'DOCUMENT_NOT_FOUND',
    );
    expect((await univ.gql(DOCUMENTS, { type: 'REFERRAL', id: r.id })).data!.documents).toEqual([]);
    const left = (await univ.gql(COMMENTS, { type: 'REFERRAL', id: r.id })).data!.comments.map((c) => c.body);
    expect(left).toEqual(['면접은 다음 주 화요일로 잡겠습니다.']);
    const after = (await univ.gql(REFERRAL, { id: r.id })).data!.referral;
    expect(after.note).toBeNull();
    expect(JSON.stringify(after)).not.toContain('010-3434-5656');
    // the sender still has everything, and nothing more was provided
    expect((await download(saha)).status).toBe(200);
    expect((await saha.gql(COMMENTS, { type: 'REFERRAL', id: r.id })).data!.comments).toHaveLength(2);
    expect((await saha.gql(REFERRAL, { id: r.id })).data!.referral.provisions).toHaveLength(5);

    // a referral made with sharing refused shows the recipient none of it from the start
    const q = await register(saha, '정거부', null);
    const refused = (
      await saha.gql(REFER, { i: { participantId: q.id, toOrganizationId: univId, reason: 'COUNSELLING', note: '본인 사정 상세' } })
    ).data!.referParticipant;
    await saha.gql(ADD_COMMENT, { i: { recordType: 'REFERRAL', recordId: refused.id, body: '가정 사정이 있습니다.' } });
    expect((await univ.gql(REFERRAL, { id: refused.id })).data!.referral.note).toBeNull();
    expect((await univ.gql(COMMENTS, { type: 'REFERRAL', id: refused.id })).data!.comments).toEqual([]);
    expect((await saha.gql(REFERRAL, { id: refused.id })).data!.referral.note).toBe('본인 사정 상세');
  });

  it('refuses what the law or the workflow does not allow, with clear codes', async () => {
    const p = await register(saha, '박규칙', null);
    const refused = await saha.gql(REFER, {
      i: { participantId: p.id, toOrganizationId: univId, reason: 'LEARNING', sharing: { ...sharing, refusalExplained: false } },
    });
    expect(Client.code(refused)).toBe('REFERRAL_REFUSAL_NOT_EXPLAINED');
    expect(refused.errors![0]!.message).toBe('개인정보 제공을 거부할 수 있다는 것과 거부할 때의 결과를 안내했는지 확인하세요.');
    expect(
      Client.code(await saha.gql(REFER, { i: { participantId: p.id, toOrganizationId: await t.orgId('SAHA'), reason: 'LEARNING' } })),
    ).toBe('REFERRAL_TO_SELF');
    const sahaProgramme = await newProgramme(saha, { titleKo: '사하 과정' });
    expect(
      Client.code(
        await saha.gql(REFER, { i: { participantId: p.id, toOrganizationId: univId, programmeId: sahaProgramme.id, reason: 'LEARNING' } }),
      ),
    ).toBe('REFERRAL_PROGRAMME_ELSEWHERE');
    expect(Client.code(await city.gql(REFER, { i: { participantId: p.id, toOrganizationId: univId, reason: 'LEARNING' } }))).toBe(
      'PARTICIPANT_NOT_FOUND',
    );
    expect(await count('SELECT count(*) AS n FROM referral WHERE participant_id = $1', [p.id])).toBe(0);
    expect(await count("SELECT count(*) AS n FROM consent WHERE participant_id = $1 AND purpose = 'THIRD_PARTY_SHARING'", [p.id])).toBe(0);
  });

  it('the funnel: how far the people an organization referred went, counted where each stopped, small groups hidden', async () => {
    const sent = [];
    for (let i = 0; i < 6; i++) {
      const p = await register(yeonje, `연계${i}`, null);
      const r = await yeonje.gql(REFER, { i: { participantId: p.id, toOrganizationId: univId, reason: 'LEARNING' } });
      expect(r.errors).toBeUndefined();
      sent.push(r.data!.referParticipant.id);
    }
    const funnel = async () => {
      const r = await yeonje.gql(FUNNEL, { side: 'SENT' });
      expect(r.errors).toBeUndefined();
      return r.data!.referralFunnel;
    };
    expect(await funnel()).toMatchObject({ referred: 6, accepted: 0, enrolled: 0, completed: 0, employed: 0, suppressed: false });
    // Two accepted: "2 accepted, 4 not" would single people out, so both are hidden; what is further on (0) still shows.
    for (const id of sent.slice(0, 2)) expect((await univ.gql(DECIDE, { id, a: true })).errors).toBeUndefined();
    expect(await funnel()).toMatchObject({ referred: 6, accepted: null, enrolled: 0, suppressed: true });
    // The receiving side counts what it received; another organization sees only its own.
    expect((await univ.gql(FUNNEL, { side: 'RECEIVED' })).data!.referralFunnel.referred).not.toBe(0);
    expect((await yeonje.gql(FUNNEL, { side: 'RECEIVED' })).data!.referralFunnel.referred).toBe(0);
    // Role × organization: staff of any organization see their own side only; the ministry reads no referral figures here.
    await expectAccess(
      t,
      FUNNEL,
      { side: 'SENT' },
      { sahaStaff: 'ok', yeonjeStaff: 'ok', namStaff: 'ok', ministryViewer: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' },
    );
  });

  it('role × organization: the sender and the recipient see it; other organizations get NOT_FOUND', async () => {
    const p = await register(saha, '최표', null);
    const r = (await saha.gql(REFER, { i: { participantId: p.id, toOrganizationId: busanId, reason: 'WELFARE' } })).data!.referParticipant;
    await expectAccess(
      t,
      REFERRAL,
      { id: r.id },
      {
        sahaStaff: 'ok',
        cityAdmin: 'ok',
        platformAdmin: 'ok',
        namStaff: 'REFERRAL_NOT_FOUND',
        yeonjeStaff: 'REFERRAL_NOT_FOUND',
        ministryViewer: 'FORBIDDEN',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    expect(Client.code(await yeonje.gql(DECIDE, { id: r.id, a: true }))).toBe('REFERRAL_NOT_FOUND');
  });

  it('the recipient accepts and enrols the person into its programme (the enrolment stays with the holder), then closes it with the outcome', async () => {
    const course = await newProgramme(univ, { titleKo: '대학 AI 실무 과정', capacity: 5 });
    for (const [c, s] of [
      [univ, 'PROPOSED'],
      [city, 'APPROVED'],
      [univ, 'RECRUITING'],
    ] as const)
      expect((await c.gql(STATUS, { id: course.id, s })).errors).toBeUndefined();
    const p = await register(saha, '정연계', '010-9090-8080');
    const r = (
      await saha.gql(REFER, { i: { participantId: p.id, toOrganizationId: univId, programmeId: course.id, reason: 'EMPLOYMENT', sharing } })
    ).data!.referParticipant;
    expect(Client.code(await saha.gql(DECIDE, { id: r.id, a: true }))).toBe('FORBIDDEN');
    expect(Client.code(await univ.gql(DECIDE, { id: r.id, a: false, r: ' ' }))).toBe('VALIDATION_FAILED');
    expect(Client.code(await univ.gql(ENROL_REFERRED, { id: r.id, p: course.id }))).toBe('REFERRAL_STEP');
    expect((await univ.gql(DECIDE, { id: r.id, a: true })).data!.decideReferral.status).toBe('ACCEPTED');
    expect(Client.code(await saha.gql(WITHDRAW_REFERRAL, { id: r.id }))).toBe('REFERRAL_STEP');
    const e = (await univ.gql(ENROL_REFERRED, { id: r.id, p: course.id })).data!.enrolReferred;
    expect(e.status).toBe('ENROLLED');
    const [row] = (await t.db.query(
      'SELECT o.short_code FROM enrolment e JOIN organization o ON o.id = e.organization_id WHERE e.id = $1',
      [e.id],
    )) as Array<{ short_code: string }>;
    expect(row!.short_code).toBe('SAHA');
    const after = (await univ.gql(REFERRAL, { id: r.id })).data!.referral;
    expect(after).toMatchObject({ status: 'ENGAGED', enrolmentId: e.id, can: { decide: false, close: true, enrol: true } });
    expect((await univ.gql(CLOSE, { id: r.id, o: '과정 수료 후 취업 면접 연결' })).data!.closeReferral).toMatchObject({
      status: 'CLOSED',
      outcome: '과정 수료 후 취업 면접 연결',
    });
    const actions = (await t.db.query('SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at', [r.id])) as Array<{
      action: string;
    }>;
    expect(actions.map((a) => a.action)).toEqual(['referral.submit', 'referral.accepted', 'referral.enrol', 'referral.closed']);
    // Nothing changes after the close; a declined referral is final too.
    expect(Client.code(await univ.gql(CLOSE, { id: r.id, o: '다시' }))).toBe('REFERRAL_STEP');
  });
});
