import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Permission, formatWon } from '@lalaland/shared';
import { RequestContext, byIds } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { FUNDING_ERRORS } from './funding.errors';
import { AuditService, diff } from '../../core/audit/audit.service';
import { Page, PageArgs } from '../../core/graphql/pagination';
import { AccessService } from '../../core/access/access.service';
import type { Granted } from '../../core/access/access-policy';
import { BUDGET_LINE_ACCESS, EXPENDITURE_ACCESS } from './funding.access';
import { StreamMember } from './funding-stream.entity';
import { BudgetLine, Expenditure } from './budget-line.entity';
import { CreateBudgetLineInput, ExpenditureInput, ExpendituresArgs, UpdateBudgetLineInput, UpdateExpenditureInput } from './funding.dto';
import { FundingService, StreamAccess } from './funding.service';
import { StreamClosingService } from './stream-closing.service';
import { Transactions } from '../../core/database/transaction';
import { executedOn, lockExpenditure } from './expenditure-rows';
import { RecordGrantFor, type RecordGrant } from '../../core/records/record-access';

const EXPENDITURE_FIELDS: Array<keyof Expenditure> = [
  'budgetLineId',
  'amount',
  'spentOn',
  'description',
  'evidenceRef',
  'enaraNumber',
  'status',
];

/**
 * Budget lines (planned, by the stream lead's admins) and expenditures (drafted and submitted by the spending
 * organization, approved or rejected by the lead's admins). An approval never takes a line over its planned amount:
 * the line's row is locked in the approving transaction, so concurrent approvals are decided one after another.
 */
@Injectable()
export class BudgetService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly funding: FundingService,
    private readonly accessLayer: AccessService,
    private readonly closings: StreamClosingService,
  ) {}

  /** Documents and comments of an expenditure: whoever sees it reads them; the spending organization adds. */
  @RecordGrantFor('EXPENDITURE')
  async recordGrant(ctx: RequestContext, id: string): Promise<RecordGrant> {
    const g = await this.accessLayer.require(ctx, EXPENDITURE_ACCESS, id);
    return { write: g.canEdit && ctx.can(Permission.ExpenditureWrite), personal: false };
  }

  private lineById(ctx: RequestContext) {
    return ctx.loader<BudgetLine>('budgetLine.byId', async (ids) =>
      byIds(
        ids,
        await this.tx
          .readOwnWrites(ctx)
          .getRepository(BudgetLine)
          .findBy({ id: In([...ids]) }),
      ),
    );
  }

  private expenditureById(ctx: RequestContext) {
    return ctx.loader<Expenditure>('expenditure.byId', async (ids) =>
      byIds(
        ids,
        await this.tx
          .readOwnWrites(ctx)
          .getRepository(Expenditure)
          .findBy({ id: In([...ids]) }),
      ),
    );
  }

  /** A line the caller may see (BUDGET_LINE_ACCESS), what it may do with it, and its stream. */
  private async lineAccess(
    ctx: RequestContext,
    id: string,
  ): Promise<{ line: BudgetLine; granted: Granted<{ own: boolean; canSpend: boolean; canPlan: boolean }>; access: StreamAccess }> {
    const { row: line, granted } = await this.accessLayer.load(ctx, BUDGET_LINE_ACCESS, this.lineById(ctx), id);
    return { line, granted, access: await this.funding.access(ctx, line.streamId) };
  }

  async createLine(ctx: RequestContext, input: CreateBudgetLineInput): Promise<BudgetLine> {
    const access = await this.funding.access(ctx, input.streamId);
    if (!access.manages) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      if (!(await em.existsBy(StreamMember, { streamId: input.streamId, organizationId: input.organizationId })))
        throw new AppError('NOT_STREAM_MEMBER');
      if (
        await em.existsBy(BudgetLine, {
          streamId: input.streamId,
          organizationId: input.organizationId,
          category: input.category,
          source: input.source,
        })
      )
        throw new AppError('BUDGET_LINE_EXISTS');
      const line = em.create(BudgetLine, { ...input, note: input.note?.trim() || null, isSample: false });
      await em.save(line);
      await this.audit.record(ctx, {
        action: 'budget.line_create',
        entityType: 'budget_line',
        entityId: line.id,
        organizationId: input.organizationId,
        changes: diff(null, line, ['streamId', 'category', 'source', 'plannedAmount', 'note']),
      });
      return line;
    });
  }

  async updateLine(ctx: RequestContext, input: UpdateBudgetLineInput): Promise<BudgetLine> {
    const { granted } = await this.lineAccess(ctx, input.id);
    if (!granted.canPlan) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      const line = await em.findOneOrFail(BudgetLine, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      const reason = input.correctionReason?.trim() || null;
      const corrected = await this.closings.allowCorrection(ctx, em, {
        streamId: line.streamId,
        entityType: 'budget_line',
        entityId: line.id,
        reason,
      });
      const before = { ...line };
      if (input.plannedAmount !== undefined && input.plannedAmount !== null) {
        const executed = await executedOn(em, line.id);
        if (input.plannedAmount < executed) throw new AppError('BUDGET_BELOW_EXECUTED', { params: { executed: formatWon(executed) } });
        line.plannedAmount = input.plannedAmount;
      }
      if (input.note !== undefined) line.note = input.note?.trim() || null;
      await em.save(line);
      await this.audit.record(ctx, {
        action: corrected ? 'budget.line_correct' : 'budget.line_update',
        entityType: 'budget_line',
        entityId: line.id,
        organizationId: line.organizationId,
        changes: { ...diff(before, line, ['plannedAmount', 'note']), ...(corrected ? { reason: [null, reason] } : {}) },
      });
      return line;
    });
  }

  /** Expenditures of a stream the caller may see: its own organization's (drafts included); the lead also sees everyone's submitted and decided ones. */
  async list(ctx: RequestContext, streamId: string, args: ExpendituresArgs): Promise<Page<Expenditure> | null> {
    const access = await this.funding.access(ctx, streamId);
    if (!access.participates) return null; // a ministry sees totals only
    const qb = this.accessLayer.filter(
      ctx,
      EXPENDITURE_ACCESS,
      this.db.getRepository(Expenditure).createQueryBuilder('e').where('e.stream_id = :streamId', { streamId }),
      'e',
    );
    if (args.status) qb.andWhere('e.status = :status', { status: args.status });
    if (args.organizationId) qb.andWhere('e.organization_id = :org', { org: args.organizationId });
    qb.orderBy('e.spent_on', 'DESC').addOrderBy('e.created_at', 'DESC').offset(args.offset).limit(args.limit);
    const [items, totalCount] = await qb.getManyAndCount();
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  /** Submitted expenditures waiting for the caller's decision: streams its organization leads (all for platform admins). */
  async approvalQueue(ctx: RequestContext, page: PageArgs): Promise<Page<Expenditure>> {
    const qb = this.accessLayer.filterCan(
      ctx,
      EXPENDITURE_ACCESS,
      'awaitsMe',
      this.db.getRepository(Expenditure).createQueryBuilder('e'),
      'e',
    );
    qb.orderBy('e.submitted_at', 'ASC').offset(page.offset).limit(page.limit);
    const [items, totalCount] = await qb.getManyAndCount();
    return { items, totalCount, offset: page.offset, limit: page.limit };
  }

  /** An expenditure the caller may see (EXPENDITURE_ACCESS) and what it may do with it; others' drafts and other streams' are NOT_FOUND. */
  async expenditureAccess(
    ctx: RequestContext,
    id: string,
  ): Promise<{ exp: Expenditure; granted: Granted<{ own: boolean; canEdit: boolean; canDecide: boolean; awaitsMe: boolean }> }> {
    const { row: exp, granted } = await this.accessLayer.load(ctx, EXPENDITURE_ACCESS, this.expenditureById(ctx), id);
    return { exp, granted };
  }

  /** Only the spending organization (or a platform admin) edits, submits or deletes its expenditures. */
  private async ownExpenditure(ctx: RequestContext, id: string): Promise<Expenditure> {
    const { exp, granted } = await this.expenditureAccess(ctx, id);
    if (!granted.canEdit) throw new AppError('EXPENDITURE_NOT_FOUND');
    return exp;
  }

  async get(ctx: RequestContext, id: string): Promise<Expenditure> {
    return (await this.expenditureAccess(ctx, id)).exp;
  }

  /** Checks a draft's line (own organization's, visible) and date (within the stream period). */
  private async checkInput(ctx: RequestContext, input: ExpenditureInput): Promise<BudgetLine> {
    const { line, granted, access } = await this.lineAccess(ctx, input.budgetLineId);
    if (!granted.canSpend) throw new AppError('BUDGET_LINE_NOT_FOUND');
    if (line.carried) throw new AppError('BUDGET_LINE_DRAFT');
    const { periodStart: start, periodEnd: end } = access.stream;
    if (input.spentOn < start || input.spentOn > end) throw new AppError('EXPENDITURE_OUTSIDE_PERIOD', { params: { start, end } });
    return line;
  }

  async create(ctx: RequestContext, input: ExpenditureInput): Promise<Expenditure> {
    const line = await this.checkInput(ctx, input);
    return this.tx.run(ctx, async (em) => {
      const exp = em.create(Expenditure, {
        budgetLineId: line.id,
        streamId: line.streamId,
        organizationId: line.organizationId,
        amount: input.amount,
        spentOn: input.spentOn,
        description: input.description.trim(),
        evidenceRef: input.evidenceRef?.trim() || null,
        enaraNumber: input.enaraNumber?.trim() || null,
        status: input.submit ? 'SUBMITTED' : 'DRAFT',
        submittedAt: input.submit ? new Date() : null,
        createdById: ctx.userId,
        rejectReason: null,
        decidedAt: null,
        decidedById: null,
        isSample: false,
      });
      await em.save(exp);
      await this.audit.record(ctx, {
        action: 'expenditure.create',
        entityType: 'expenditure',
        entityId: exp.id,
        organizationId: exp.organizationId,
        changes: diff(null, exp, EXPENDITURE_FIELDS),
      });
      return exp;
    });
  }

  async update(ctx: RequestContext, input: UpdateExpenditureInput): Promise<Expenditure> {
    const current = await this.ownExpenditure(ctx, input.id);
    const line = await this.checkInput(ctx, input);
    // Another line of the same stream and organization only: moving spending into another stream would leave it
    // with this stream's lead to approve (the database refuses it too: expenditure_line_scope_fkey).
    if (line.streamId !== current.streamId || line.organizationId !== current.organizationId) {
      throw new AppError('EXPENDITURE_LINE_OTHER_STREAM', {
        fields: [{ field: 'budgetLineId', problems: ['sameStream'], ...FUNDING_ERRORS.EXPENDITURE_LINE_OTHER_STREAM }],
      });
    }
    return this.tx.run(ctx, async (em) => {
      const exp = await lockExpenditure(em, input.id);
      if (exp.status !== 'DRAFT' && exp.status !== 'REJECTED') throw new AppError('EXPENDITURE_NOT_EDITABLE');
      const before = { ...exp };
      Object.assign(exp, {
        budgetLineId: line.id,
        amount: input.amount,
        spentOn: input.spentOn,
        description: input.description.trim(),
        evidenceRef: input.evidenceRef?.trim() || null,
        enaraNumber: input.enaraNumber?.trim() || null,
        status: input.submit ? 'SUBMITTED' : 'DRAFT',
        submittedAt: input.submit ? new Date() : null,
      });
      await em.save(exp);
      await this.audit.record(ctx, {
        action: 'expenditure.update',
        entityType: 'expenditure',
        entityId: exp.id,
        organizationId: exp.organizationId,
        changes: diff(before, exp, EXPENDITURE_FIELDS),
      });
      return exp;
    });
  }

  async submit(ctx: RequestContext, id: string): Promise<Expenditure> {
    await this.ownExpenditure(ctx, id);
    return this.tx.run(ctx, async (em) => {
      const exp = await lockExpenditure(em, id);
      if (exp.status !== 'DRAFT' && exp.status !== 'REJECTED') throw new AppError('EXPENDITURE_NOT_EDITABLE');
      const before = exp.status;
      exp.status = 'SUBMITTED';
      exp.submittedAt = new Date();
      await em.save(exp);
      await this.audit.record(ctx, {
        action: 'expenditure.submit',
        entityType: 'expenditure',
        entityId: exp.id,
        organizationId: exp.organizationId,
        changes: { status: [before, 'SUBMITTED'] },
      });
      return exp;
    });
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    await this.ownExpenditure(ctx, id);
    return this.tx.run(ctx, async (em) => {
      const exp = await lockExpenditure(em, id);
      if (exp.status !== 'DRAFT') throw new AppError('EXPENDITURE_NOT_EDITABLE');
      await em.delete(Expenditure, { id });
      await this.audit.record(ctx, {
        action: 'expenditure.delete',
        entityType: 'expenditure',
        entityId: id,
        organizationId: exp.organizationId,
        changes: { amount: [exp.amount, null] },
      });
      return true;
    });
  }

  lineOf(ctx: RequestContext, exp: Expenditure) {
    return ctx
      .loader<BudgetLine>('budgetLine.byId', async (ids) =>
        byIds(ids, await this.db.getRepository(BudgetLine).findBy({ id: In([...ids]) })),
      )
      .load(exp.budgetLineId);
  }
}
