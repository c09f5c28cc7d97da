import { seoulDate } from '@lalaland/shared';
import { OutboxWorker } from '../src/core/events/outbox.worker';
import { Client, startTestApp, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { ANNOUNCEMENT, ANNOUNCEMENTS, NOTIFICATIONS, PUBLISH, READ_ANNOUNCEMENT } from './support/coordination';

describe('announcements: to a stream, chosen organizations or roles, with read receipts per person and organization', () => {
  let t: TestApp, city: Client, saha: Client, nam: Client;
  let stream: string, sahaOrg: string;
  const settle = async () => {
    while ((await t.app.get(OutboxWorker).drain()) > 0);
  };

  beforeAll(async () => {
    t = await startTestApp([], { OUTBOX_WORKER: 'off' });
    [city, saha, nam] = (await Promise.all(['city.admin', 'saha.staff', 'nam.staff'].map((u) => t.as(`${u}@lalaland.test`)))) as [
      Client,
      Client,
      Client,
    ];
    stream = ((await t.db.query("SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'")) as Array<{ id: string }>)[0]!.id;
    sahaOrg = await t.orgId('SAHA');
  });
  afterAll(() => t.close());

  it('the lead posts to the whole stream; members are told and read it; the lead sees who has read it by organization', async () => {
    const a = (
      await city.gql(PUBLISH, {
        i: {
          streamId: stream,
          title: '3분기 실적 보고 안내',
          body: '**10월 10일**까지 제출해 주세요.\n\n- 출석부\n- 만족도 조사',
          pinnedUntil: seoulDate(Date.now() + 7 * 86_400_000),
        },
      })
    ).data!.publishAnnouncement;
    await settle();
    const told = (await saha.gql(NOTIFICATIONS, {})).data!.notifications.items[0]!;
    expect(told).toMatchObject({ kind: 'ANNOUNCEMENT', title: '[공지] 부산광역시: 3분기 실적 보고 안내', link: `/announcements/${a.id}` });
    const before = (await city.gql(ANNOUNCEMENT, { id: a.id })).data!.announcement;
    const sahaReach = () => before.reach!.find((r) => r.organization.shortCode === 'SAHA')!;
    expect(sahaReach()).toMatchObject({ read: 0 });
    expect(before.reach!.every((r) => r.read === 0)).toBe(true);
    expect((await saha.gql(ANNOUNCEMENTS, { unreadOnly: true })).data!.announcements.items.map((x) => x.id)).toContain(a.id);
    expect((await saha.gql(READ_ANNOUNCEMENT, { id: a.id })).data!.markAnnouncementRead.readByMe).toBe(true);
    await saha.gql(READ_ANNOUNCEMENT, { id: a.id }); // reading again counts once
    const after = (await city.gql(ANNOUNCEMENT, { id: a.id })).data!.announcement.reach!;
    expect(after.find((r) => r.organization.shortCode === 'SAHA')).toMatchObject({ read: 1 });
    expect(after[after.length - 1]!.organization.shortCode).toBe('SAHA'); // who has not read it comes first
    expect((await saha.gql(ANNOUNCEMENT, { id: a.id })).data!.announcement).toMatchObject({ readByMe: true, sentByMe: false, reach: null });
    expect((await saha.gql(ANNOUNCEMENTS, { unreadOnly: true })).data!.announcements.items.map((x) => x.id)).not.toContain(a.id);
  });

  it('role × organization: addressed to Saha-gu’s admins only, nobody else sees it (another id answers NOT_FOUND)', async () => {
    const a = (
      await city.gql(PUBLISH, {
        i: {
          streamId: stream,
          title: '기관 관리자 회의',
          body: '관리자만',
          audienceOrganizationIds: [sahaOrg],
          audienceRoles: ['ORG_ADMIN'],
        },
      })
    ).data!.publishAnnouncement;
    const b = (
      await city.gql(PUBLISH, { i: { streamId: stream, title: '사하구 담당자께', body: '담당자', audienceOrganizationIds: [sahaOrg] } })
    ).data!.publishAnnouncement;
    await expectAccess(
      t,
      ANNOUNCEMENT,
      { id: b.id },
      {
        cityAdmin: 'ok',
        sahaStaff: 'ok',
        platformAdmin: 'ok',
        namStaff: 'ANNOUNCEMENT_NOT_FOUND',
        yeonjeStaff: 'ANNOUNCEMENT_NOT_FOUND',
        ministryViewer: 'ANNOUNCEMENT_NOT_FOUND',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    await expectAccess(t, ANNOUNCEMENT, { id: a.id }, { cityAdmin: 'ok', sahaStaff: 'ANNOUNCEMENT_NOT_FOUND' }); // staff are not admins
    expect(Client.code(await nam.gql(READ_ANNOUNCEMENT, { id: b.id }))).toBe('ANNOUNCEMENT_NOT_FOUND');
    expect(Client.code(await nam.gql(PUBLISH, { i: { streamId: stream, title: 'x', body: 'x' } }))).toBe('ANNOUNCEMENT_STREAM_NOT_MEMBER');
    expect(
      Client.code(
        await city.gql(PUBLISH, { i: { streamId: stream, title: 'x', body: 'x', audienceOrganizationIds: [await t.orgId('NAM')] } }),
      ),
    ).toBe('ANNOUNCEMENT_AUDIENCE_NOT_MEMBER');
    expect(Client.code(await city.gql(PUBLISH, { i: { streamId: stream, title: 'x', body: 'x', pinnedUntil: '2099-01-01' } }))).toBe(
      'ANNOUNCEMENT_PIN_TOO_LONG',
    );
    expect(Client.code(await (await t.as('viewer@lalaland.test')).gql(PUBLISH, { i: { streamId: stream, title: 'x', body: 'x' } }))).toBe(
      'FORBIDDEN',
    );
    // To a pillar: the organizations running programmes of that pillar in the stream (Saha runs an Act programme, the university none).
    const univ = await t.orgId('SAMPLE_UNIV_A');
    await t.db.query(
      "UPDATE programme SET pillar = 'ACT' WHERE id = (SELECT id FROM programme WHERE host_organization_id = $1 AND stream_id = $2 LIMIT 1)",
      [sahaOrg, stream],
    );
    await t.db.query("UPDATE programme SET pillar = 'LEARN' WHERE host_organization_id = $1 AND stream_id = $2", [univ, stream]);
    expect(
      (
        (await t.db.query('SELECT count(*)::int AS n FROM stream_member WHERE stream_id = $1 AND organization_id = $2', [
          stream,
          univ,
        ])) as Array<{ n: number }>
      )[0]!.n,
    ).toBe(1);
    const act = (
      await city.gql(PUBLISH, { i: { streamId: stream, title: '활동 분야 모임', body: '활동(Act) 운영 기관께', audiencePillars: ['ACT'] } })
    ).data!.publishAnnouncement;
    expect((await saha.gql(ANNOUNCEMENT, { id: act.id })).data!.announcement.id).toBe(act.id);
    expect(Client.code(await (await t.as('univ.staff@lalaland.test')).gql(ANNOUNCEMENT, { id: act.id }))).toBe('ANNOUNCEMENT_NOT_FOUND');
    expect((await city.gql(ANNOUNCEMENT, { id: act.id })).data!.announcement.reach!.map((r) => r.organization.shortCode)).toContain('SAHA');
    expect((await city.gql(ANNOUNCEMENT, { id: act.id })).data!.announcement.reach!.map((r) => r.organization.shortCode)).not.toContain(
      'SAMPLE_UNIV_A',
    );

    await settle();
    const sahaTold = (
      (await t.db.query('SELECT count(*)::int AS n FROM notification WHERE link = $1', [`/announcements/${a.id}`])) as Array<{ n: number }>
    )[0]!.n;
    const admins = (
      (await t.db.query("SELECT count(*)::int AS n FROM membership WHERE organization_id = $1 AND role = 'ORG_ADMIN'", [
        sahaOrg,
      ])) as Array<{ n: number }>
    )[0]!.n;
    expect(sahaTold).toBe(admins);
  });
});
