import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { BUDGET_CATEGORIES, FUNDING_SOURCES, executionRate } from '@lalaland/shared';
import { RequestContext, byIds, groupByIds, loadEach } from '../../core/context/request-context';
import { AppError, problem } from '../../core/errors/app-error';
import { AuditService } from '../../core/audit/audit.service';
import { isUuid } from '../../core/graphql/pagination';
import { OrganizationService } from '../organizations';
import { FundingCategory, FundingProgramme } from './funding-programme.entity';
import { FundingStream, StreamMember } from './funding-stream.entity';
import { BudgetLine } from './budget-line.entity';
import { AddStreamMemberInput, BudgetSummary, BudgetTotals } from './funding.dto';
import { Transactions } from '../../core/database/transaction';
import { AccessService } from '../../core/access/access.service';
import { BUDGET_LINE_ACCESS, STREAM_ACCESS, StreamCapabilities, overseesSql } from './funding.access';
import { FUNDING_FIELDS } from './funding.errors';

/** What the caller may do in one stream (STREAM_ACCESS's capabilities), with the stream. */
export type StreamAccess = StreamCapabilities & { stream: FundingStream };

export interface LineTotals {
  executed: number;
  pending: number;
}

function totals(planned: number, executed: number, pending: number): BudgetTotals {
  return { planned, executed, pending, rate: executionRate(executed, planned) };
}

/**
 * Funding programmes, streams and stream membership; who may see and manage what.
 * A stream is visible to its member organizations, to ministry organizations (totals, read-only) and to platform admins;
 * anyone else gets FUNDING_STREAM_NOT_FOUND.
 */
@Injectable()
export class FundingService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationService,
    private readonly accessLayer: AccessService,
  ) {}

  streamById(ctx: RequestContext) {
    return ctx.loader<FundingStream>('fundingStream.byId', async (ids) =>
      byIds(ids, await this.db.getRepository(FundingStream).findBy({ id: In([...ids]) })),
    );
  }

  /** The caller's access to a stream (STREAM_ACCESS), or FUNDING_STREAM_NOT_FOUND. */
  async access(ctx: RequestContext, streamId: string): Promise<StreamAccess> {
    const access = await this.findAccess(ctx, streamId);
    if (!access) throw new AppError('FUNDING_STREAM_NOT_FOUND');
    return access;
  }

  /** The caller's access to a stream, or null when it is missing or not the caller's to see (faults stay errors). */
  async findAccess(ctx: RequestContext, streamId: string): Promise<StreamAccess | null> {
    const granted = await this.accessLayer.find(ctx, STREAM_ACCESS, streamId);
    if (!granted) return null;
    const stream = await this.streamById(ctx).load(streamId);
    return stream ? { ...granted, stream } : null;
  }

  /** The organization and those sharing a stream with it (who its people work with: mentions, colleagues). */
  async partnersOf(_ctx: RequestContext, organizationId: string): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT $1::uuid AS id UNION SELECT b.organization_id FROM stream_member a JOIN stream_member b ON b.stream_id = a.stream_id WHERE a.organization_id = $1`,
      [organizationId],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /** Whether the active organization leads a stream (approves, sets targets, asks for reports): the rule of streamLeadSql. */
  async leadsAStream(ctx: RequestContext): Promise<boolean> {
    const params: unknown[] = [];
    const bind = (v: unknown) => `$${params.push(v)}`;
    const [row] = (await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM funding_stream s WHERE ${overseesSql(ctx, bind, 's.id')}) AS leads`,
      params,
    )) as Array<{ leads: boolean }>;
    return !!row?.leads;
  }

  /** Streams the caller may see: its organization's, or all for a ministry or platform admin. */
  async list(ctx: RequestContext): Promise<FundingStream[]> {
    const qb = this.db.getRepository(FundingStream).createQueryBuilder('s').orderBy('s.fiscal_year', 'DESC').addOrderBy('s.code', 'ASC');
    return this.accessLayer.filter(ctx, STREAM_ACCESS, qb, 's').getMany();
  }

  async get(ctx: RequestContext, id: string): Promise<FundingStream> {
    return (await this.access(ctx, id)).stream;
  }

  async members(ctx: RequestContext, streamId: string): Promise<StreamMember[]> {
    await this.access(ctx, streamId);
    return this.db
      .getRepository(StreamMember)
      .createQueryBuilder('m')
      .innerJoin('m.organization', 'o')
      .where('m.stream_id = :streamId', { streamId })
      .orderBy('m.role', 'ASC')
      .addOrderBy('o.name_ko', 'ASC')
      .getMany();
  }

  categoryById(ctx: RequestContext) {
    return ctx.loader<FundingCategory>('fundingCategory.byId', async (ids) =>
      byIds(ids, await this.db.getRepository(FundingCategory).findBy({ id: In([...ids]) })),
    );
  }

  programmeById(ctx: RequestContext) {
    return ctx.loader<FundingProgramme>('fundingProgramme.byId', async (ids) =>
      byIds(ids, await this.db.getRepository(FundingProgramme).findBy({ id: In([...ids]) })),
    );
  }

  organizationOf(ctx: RequestContext, row: { organizationId: string }) {
    return this.organizations.byId(ctx).load(row.organizationId);
  }

  async addMember(ctx: RequestContext, input: AddStreamMemberInput): Promise<StreamMember> {
    const access = await this.access(ctx, input.streamId);
    if (!access.manages) throw new AppError('FORBIDDEN');
    const org = await this.organizations.byId(ctx).load(input.organizationId);
    if (!org) throw new AppError('ORGANIZATION_NOT_FOUND');
    if (input.endsOn && input.endsOn < input.startsOn)
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('endsOn', 'min', FUNDING_FIELDS.endsOnMin)],
      });
    return this.tx.run(ctx, async (em) => {
      const exists = await em.existsBy(StreamMember, { streamId: input.streamId, organizationId: input.organizationId });
      if (exists) throw new AppError('ALREADY_STREAM_MEMBER');
      const member = em.create(StreamMember, {
        streamId: input.streamId,
        organizationId: input.organizationId,
        role: input.role,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
      });
      await em.save(member);
      await this.audit.record(ctx, {
        action: 'funding.member_add',
        entityType: 'stream_member',
        entityId: member.id,
        organizationId: access.stream.recipientOrganizationId,
        changes: {
          organizationId: [null, input.organizationId],
          role: [null, input.role],
          startsOn: [null, input.startsOn],
          endsOn: [null, input.endsOn ?? null],
        },
      });
      return member;
    });
  }

  /** The lead confirms a membership carried from last year: the organization's carried lines become its plan to spend on. */
  async confirmMember(ctx: RequestContext, id: string): Promise<StreamMember> {
    const member = isUuid(id) ? await this.db.getRepository(StreamMember).findOneBy({ id }) : null;
    const access = member ? await this.findAccess(ctx, member.streamId) : null;
    if (!member || !access) throw new AppError('STREAM_MEMBER_NOT_FOUND');
    if (!access.manages) throw new AppError('FORBIDDEN');
    if (member.confirmedAt || !member.carriedFromId) return member;
    return this.tx.run(ctx, async (em) => {
      member.confirmedAt = new Date();
      await em.save(member);
      await em.query('UPDATE budget_line SET carried = false WHERE stream_id = $1 AND organization_id = $2 AND carried', [
        member.streamId,
        member.organizationId,
      ]);
      await this.audit.record(ctx, {
        action: 'funding.member_confirm',
        entityType: 'stream_member',
        entityId: member.id,
        organizationId: access.stream.recipientOrganizationId,
        changes: { organizationId: [null, member.organizationId] },
      });
      return member;
    });
  }

  async removeMember(ctx: RequestContext, id: string): Promise<boolean> {
    const member = isUuid(id) ? await this.db.getRepository(StreamMember).findOneBy({ id }) : null;
    if (!member) throw new AppError('STREAM_MEMBER_NOT_FOUND');
    const access = await this.findAccess(ctx, member.streamId);
    if (!access) throw new AppError('STREAM_MEMBER_NOT_FOUND');
    if (!access.manages) throw new AppError('FORBIDDEN');
    if (member.role === 'LEAD') throw new AppError('LEAD_CANNOT_BE_REMOVED');
    return this.tx.run(ctx, async (em) => {
      // A membership carried from last year and not yet confirmed goes with the draft lines carried for it (nothing spent).
      if (member.carriedFromId && !member.confirmedAt)
        await em.query(
          `DELETE FROM budget_line l WHERE l.stream_id = $1 AND l.organization_id = $2 AND l.carried
              AND NOT EXISTS (SELECT 1 FROM expenditure e WHERE e.budget_line_id = l.id)`,
          [member.streamId, member.organizationId],
        );
      if (await em.existsBy(BudgetLine, { streamId: member.streamId, organizationId: member.organizationId }))
        throw new AppError('STREAM_MEMBER_HAS_BUDGET');
      await em.delete(StreamMember, { id });
      await this.audit.record(ctx, {
        action: 'funding.member_remove',
        entityType: 'stream_member',
        entityId: id,
        organizationId: access.stream.recipientOrganizationId,
        changes: { organizationId: [member.organizationId, null], role: [member.role, null] },
      });
      return true;
    });
  }

  /** Approved and submitted sums per budget line, one query for all lines asked for in the request. */
  lineTotals(ctx: RequestContext) {
    return ctx.loader<LineTotals>('budgetLine.totals', async (ids) => {
      const rows: Array<{ id: string; executed: string; pending: string }> = await this.db.query(
        `SELECT budget_line_id AS id,
                COALESCE(SUM(amount) FILTER (WHERE status = 'APPROVED'), 0) AS executed,
                COALESCE(SUM(amount) FILTER (WHERE status = 'SUBMITTED'), 0) AS pending
           FROM expenditure WHERE budget_line_id = ANY($1::uuid[]) GROUP BY budget_line_id`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [r.id, { executed: Number(r.executed), pending: Number(r.pending) }]));
      return ids.map((id) => map.get(id) ?? { executed: 0, pending: 0 });
    });
  }

  /** Budget lines the caller may see: all for lead, ministry and platform admins; members see their own organization's. */
  async budgetLines(ctx: RequestContext, streamId: string): Promise<BudgetLine[]> {
    const access = await this.access(ctx, streamId);
    return this.visibleLines(ctx, access);
  }

  /** Lines of the streams asked for in this request, one query for all of them (a streams list shows each one's totals). */
  private linesByStream(ctx: RequestContext) {
    return ctx.loader<BudgetLine[]>('budgetLine.byStream', async (ids) => {
      const rows = await this.db
        .getRepository(BudgetLine)
        .createQueryBuilder('l')
        .innerJoin('l.organization', 'o')
        .where('l.stream_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('o.name_ko', 'ASC')
        .addOrderBy('l.category', 'ASC')
        .addOrderBy('l.source', 'ASC')
        .getMany();
      return groupByIds(ids, rows, (r) => r.streamId);
    });
  }

  private async visibleLines(ctx: RequestContext, access: StreamAccess): Promise<BudgetLine[]> {
    const lines = (await this.linesByStream(ctx).load(access.stream.id)) ?? [];
    if (access.seesAll) return lines;
    const visible = await this.accessLayer.check(
      ctx,
      BUDGET_LINE_ACCESS,
      lines.map((l) => l.id),
    );
    return lines.filter((l) => visible.has(l.id));
  }

  /** Totals per source, 비목 and organization over the lines the caller may see; the same figures the XLSX export shows. */
  async summary(ctx: RequestContext, streamId: string): Promise<BudgetSummary & { lines: Array<BudgetLine & LineTotals> }> {
    const access = await this.access(ctx, streamId);
    const lines = await this.visibleLines(ctx, access);
    const sums = await loadEach(
      this.lineTotals(ctx),
      lines.map((l) => l.id),
    );
    const withTotals = lines.map((l, i) => {
      const t = sums[i];
      return { ...l, ...(t ?? { executed: 0, pending: 0 }) };
    });
    const sum = (rows: typeof withTotals) =>
      totals(
        rows.reduce((a, r) => a + r.plannedAmount, 0),
        rows.reduce((a, r) => a + r.executed, 0),
        rows.reduce((a, r) => a + r.pending, 0),
      );
    const orgIds = [...new Set(withTotals.map((l) => l.organizationId))];
    return {
      lines: withTotals,
      total: sum(withTotals),
      bySource: FUNDING_SOURCES.map((source) => ({ source, ...sum(withTotals.filter((l) => l.source === source)) })).filter(
        (t) => t.planned > 0 || t.executed > 0,
      ),
      byCategory: BUDGET_CATEGORIES.map((category) => ({ category, ...sum(withTotals.filter((l) => l.category === category)) })).filter(
        (t) => t.planned > 0 || t.executed > 0,
      ),
      byOrganization: orgIds.map((organizationId) => ({
        organizationId,
        ...sum(withTotals.filter((l) => l.organizationId === organizationId)),
      })),
    };
  }

  /** Members per stream id for lists (one grouped query). */
  memberCount(ctx: RequestContext) {
    return ctx.loader<number>('fundingStream.memberCount', async (ids) => {
      const rows: Array<{ id: string; n: number }> = await this.db.query(
        'SELECT stream_id AS id, count(*)::int AS n FROM stream_member WHERE stream_id = ANY($1::uuid[]) GROUP BY stream_id',
        [[...ids]],
      );
      return ids.map((id) => rows.find((r) => r.id === id)?.n ?? 0);
    });
  }
}
