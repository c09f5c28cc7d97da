import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { KpiCode } from '@lalaland/shared';
import { AuditService, diff } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { FundingService, FundingStream } from '../funding';
import { KPI_BY_CODE } from './kpi-dictionary';
import { KpiMilestone, KpiTarget } from './kpi.entity';
import { KpiService } from './kpi.service';
import { periodOf } from './kpi.types';

/** A stream's targets (year or quarter, with a baseline) and milestones: the lead's admins set them, audited. */
@Injectable()
export class KpiTargetService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly funding: FundingService,
    private readonly kpis: KpiService,
  ) {}

  private async manages(ctx: RequestContext, streamId: string): Promise<FundingStream> {
    const access = await this.funding.access(ctx, streamId);
    if (!access.manages) throw new AppError('KPI_TARGET_NOT_LEAD');
    return access.stream;
  }

  async targets(ctx: RequestContext, streamId: string, year: number): Promise<KpiTarget[]> {
    await this.funding.access(ctx, streamId);
    periodOf(year, 0);
    return this.db.getRepository(KpiTarget).find({ where: { streamId, year }, order: { kpiCode: 'ASC', quarter: 'ASC' } });
  }

  /** Sets (or, with a null target, removes) a stream's target for a KPI and period; audited with the old and new values. */
  async setTarget(
    ctx: RequestContext,
    input: { streamId: string; kpiCode: string; year: number; quarter?: number | null; target?: number | null; baseline?: number | null },
  ): Promise<KpiTarget | null> {
    const [saved] = await this.setTargets(ctx, { streamId: input.streamId, year: input.year, entries: [input] });
    return saved ?? null;
  }

  /**
   * A stream's targets for a year, many at once (the whole table in one save): each entry sets or, without a target,
   * removes one KPI's target for the year or a quarter, with one audit row each; all or none. Returns what is set.
   */
  async setTargets(
    ctx: RequestContext,
    input: {
      streamId: string;
      year: number;
      entries: ReadonlyArray<{ kpiCode: string; quarter?: number | null; target?: number | null; baseline?: number | null }>;
    },
  ): Promise<KpiTarget[]> {
    await this.manages(ctx, input.streamId);
    for (const e of input.entries) {
      if (!KPI_BY_CODE.has(e.kpiCode as KpiCode)) throw new AppError('KPI_NOT_FOUND');
      periodOf(input.year, e.quarter ?? 0);
    }
    return this.changed(
      this.tx.run(ctx, async (em) => {
        const repo = em.getRepository(KpiTarget);
        const saved: KpiTarget[] = [];
        for (const e of input.entries) {
          const quarter = e.quarter ?? 0;
          const key = { streamId: input.streamId, kpiCode: e.kpiCode, year: input.year, quarter };
          const before = await repo.findOne({ where: key, lock: { mode: 'pessimistic_write' } });
          const was = { target: before?.target ?? null, baseline: before?.baseline ?? null };
          let after: KpiTarget | null = null;
          if (e.target === null || e.target === undefined) {
            if (before) await repo.delete(before.id);
          } else {
            after = repo.merge(before ?? repo.create(key), { target: e.target, baseline: e.baseline ?? null, updatedById: ctx.userId });
            await repo.save(after);
            saved.push(after);
          }
          await this.audit.record(ctx, {
            action: 'kpi.target.set',
            entityType: 'kpi_target',
            entityId: after?.id ?? before?.id ?? null,
            organizationId: ctx.activeOrganizationId,
            changes: {
              kpi: [null, e.kpiCode],
              period: [null, `${input.year}Q${quarter}`],
              target: [was.target, after?.target ?? null],
              baseline: [was.baseline, after?.baseline ?? null],
            },
          });
        }
        return saved;
      }),
    );
  }

  /** After a change of this module's commits: this replica's caches go at once (the table's NOTIFY tells the others). */
  private async changed<T>(work: Promise<T>): Promise<T> {
    const result = await work;
    this.kpis.forget();
    return result;
  }

  async milestones(ctx: RequestContext, streamId: string): Promise<KpiMilestone[]> {
    await this.funding.access(ctx, streamId);
    return this.db.getRepository(KpiMilestone).find({ where: { streamId }, order: { dueOn: 'ASC', id: 'ASC' }, take: 100 });
  }

  async saveMilestone(
    ctx: RequestContext,
    input: { id?: string | null; streamId: string; titleKo: string; titleEn?: string | null; dueOn: string; doneOn?: string | null },
  ): Promise<KpiMilestone> {
    await this.manages(ctx, input.streamId);
    return this.changed(
      this.tx.run(ctx, async (em) => {
        const repo = em.getRepository(KpiMilestone);
        const before = input.id ? await repo.findOneBy({ id: input.id, streamId: input.streamId }) : null;
        const was = before ? { ...before } : null; // merge() below changes `before` itself
        if (input.id && !before) throw new AppError('KPI_MILESTONE_NOT_FOUND');
        const m = repo.merge(before ?? repo.create({ streamId: input.streamId }), {
          titleKo: input.titleKo,
          titleEn: input.titleEn ?? null,
          dueOn: input.dueOn,
          doneOn: input.doneOn ?? null,
        });
        await repo.save(m);
        await this.audit.record(ctx, {
          action: before ? 'kpi.milestone.update' : 'kpi.milestone.create',
          entityType: 'kpi_milestone',
          entityId: m.id,
          organizationId: ctx.activeOrganizationId,
          changes: diff(was, m, ['titleKo', 'titleEn', 'dueOn', 'doneOn']),
        });
        return m;
      }),
    );
  }

  async removeMilestone(ctx: RequestContext, id: string): Promise<boolean> {
    const m = /^[0-9a-f-]{36}$/i.test(id) ? await this.db.getRepository(KpiMilestone).findOneBy({ id }) : null;
    if (!m || !(await this.funding.findAccess(ctx, m.streamId))) throw new AppError('KPI_MILESTONE_NOT_FOUND');
    await this.manages(ctx, m.streamId);
    return this.changed(
      this.tx.run(ctx, async (em) => {
        await em.delete(KpiMilestone, { id });
        await this.audit.record(ctx, {
          action: 'kpi.milestone.delete',
          entityType: 'kpi_milestone',
          entityId: id,
          organizationId: ctx.activeOrganizationId,
          changes: { titleKo: [m.titleKo, null] },
        });
        return true;
      }),
    );
  }
}
