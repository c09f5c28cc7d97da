import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { seoulDate } from '@lalaland/shared';
import { RequestContext } from '../core/context/request-context';
import { StreamClosingService } from '../modules/funding';
import { ReportService } from '../modules/reports';

/** The demo's streams whose past years close as their leads would have; LA-LA LAnd's 2025 stays open to be closed in the walkthrough. */
const CLOSED_IN_DEMO = ['NAM-ONPLUS', 'YEONJE-IT-DX'];

/**
 * The demo's past years of Nam-gu's and Yeonje-gu's streams, closed through the real services once the server is up (in
 * the background, once; a later start finds them closed): the lead's admin asks for the result report, waits for the
 * outbox worker to generate it, and settles each source — what was not spent returned to the treasury.
 */
export async function closeDemoPastYears(app: INestApplication, say: (m: string) => void): Promise<void> {
  const db = app.get(DataSource);
  const years = (await db.query(
    `SELECT s.id, s.code, s.fiscal_year AS year, u.id AS "userId", u.email, u.display_name AS "displayName", m.organization_id AS org
       FROM funding_stream s
       JOIN membership m ON m.organization_id = s.recipient_organization_id AND m.role = 'ORG_ADMIN'
       JOIN app_user u ON u.id = m.user_id
      WHERE regexp_replace(s.code, '-[0-9]{4}$', '') = ANY($1) AND s.period_end < $2
        AND NOT EXISTS (SELECT 1 FROM stream_closing c WHERE c.stream_id = s.id)
      ORDER BY s.code, u.email`,
    [CLOSED_IN_DEMO, seoulDate()],
  )) as Array<{ id: string; code: string; year: number; userId: string; email: string; displayName: string; org: string }>;
  const done = new Set<string>();
  for (const y of years) {
    if (done.has(y.id)) continue;
    done.add(y.id);
    const ctx = new RequestContext(`demo-close:${y.code}`, 'ko', {
      sessionId: '',
      user: { id: y.userId, email: y.email, displayName: y.displayName, isPlatformAdmin: false, locale: 'ko' },
      activeOrganizationId: y.org,
      role: 'ORG_ADMIN',
    });
    const run = await app.get(ReportService).request(ctx, {
      streamId: y.id,
      year: y.year,
      kind: 'RESULT',
      narrative: `${y.year}년 사업을 마무리하며 정산을 마쳤습니다. (샘플)`,
    });
    for (let i = 0; i < 600; i++) {
      const [r] = (await db.query('SELECT status FROM report_run WHERE id = $1', [run.id])) as Array<{ status: string }>;
      if (r?.status === 'DONE') break;
      if (r?.status === 'FAILED') throw new Error(`the demo's ${y.code} report failed`);
      await new Promise((res) => setTimeout(res, 100));
    }
    const closings = app.get(StreamClosingService);
    const settlement = (await closings.draft(ctx, y.id)).map((d) => ({
      source: d.source,
      returned: d.planned - d.executed,
      carriedOver: 0,
      reason: d.planned > d.executed ? '사업 종료 후 미집행 잔액 반납 (샘플)' : null,
    }));
    await closings.close(ctx, { streamId: y.id, settlement, note: `${y.year}년도 정산 완료 (샘플)` });
    say(`demo: ${y.code} closed with its result report`);
  }
}
