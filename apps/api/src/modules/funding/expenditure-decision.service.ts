import { Injectable } from '@nestjs/common';
import { formatWon } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { AppError, problem } from '../../core/errors/app-error';
import { AuditService } from '../../core/audit/audit.service';
import { Transactions } from '../../core/database/transaction';
import { BudgetLine, Expenditure } from './budget-line.entity';
import { BudgetService } from './budget.service';
import { executedOn, lockExpenditure } from './expenditure-rows';
import { EventBus } from '../../core/events/event-bus';
import './funding.events';
import { FUNDING_FIELDS } from './funding.errors';

/** How long the deciding admin can take an approval or a rejection back. */
export const UNDO_DECISION_MINUTES = 10;

/** The lead's decisions on submitted expenditures: approve within the line, reject with a reason, take either back. */
@Injectable()
export class ExpenditureDecisionService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditService,
    private readonly budget: BudgetService,
    private readonly events: EventBus,
  ) {}

  /** Told to the submitting organization once the undo window has passed (and only if the decision still stands). */
  private announce(ctx: RequestContext, exp: Expenditure): Promise<void> {
    const at = new Date(exp.decidedAt!.getTime() + UNDO_DECISION_MINUTES * 60_000);
    return this.events.publish(
      ctx,
      'expenditure.decided',
      {
        expenditureId: exp.id,
        streamId: exp.streamId,
        organizationId: exp.organizationId,
        approved: exp.status === 'APPROVED',
        decidedAt: exp.decidedAt!.toISOString(),
        description: exp.description,
        amount: exp.amount,
      },
      { at },
    );
  }

  /**
   * Approves a submitted expenditure if it fits: the budget line's row is locked (SELECT … FOR UPDATE) before the
   * executed sum is read, so two admins approving at the same moment are serialized and the second sees the first.
   */
  async approve(ctx: RequestContext, id: string): Promise<Expenditure> {
    const { granted } = await this.budget.expenditureAccess(ctx, id);
    if (!granted.canDecide) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      const exp = await lockExpenditure(em, id);
      if (exp.status !== 'SUBMITTED') throw new AppError('EXPENDITURE_NOT_SUBMITTED');
      const line = await em.findOneOrFail(BudgetLine, { where: { id: exp.budgetLineId }, lock: { mode: 'pessimistic_write' } });
      const executed = await executedOn(em, line.id);
      if (executed + exp.amount > line.plannedAmount)
        throw new AppError('BUDGET_EXCEEDED', {
          params: { remaining: formatWon(line.plannedAmount - executed) },
          details: { remaining: line.plannedAmount - executed },
        });
      exp.status = 'APPROVED';
      exp.rejectReason = null;
      exp.decidedAt = new Date();
      exp.decidedById = ctx.userId;
      await em.save(exp);
      await this.audit.record(ctx, {
        action: 'expenditure.approve',
        entityType: 'expenditure',
        entityId: exp.id,
        organizationId: exp.organizationId,
        changes: { status: ['SUBMITTED', 'APPROVED'] },
      });
      await this.announce(ctx, exp);
      return exp;
    });
  }

  async reject(ctx: RequestContext, id: string, reason: string): Promise<Expenditure> {
    const why = reason.trim();
    if (!why)
      throw new AppError('REJECT_REASON_REQUIRED', {
        fields: [problem('reason', 'isNotEmpty', FUNDING_FIELDS.reasonIsNotEmpty)],
      });
    const { granted } = await this.budget.expenditureAccess(ctx, id);
    if (!granted.canDecide) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      const exp = await lockExpenditure(em, id);
      if (exp.status !== 'SUBMITTED') throw new AppError('EXPENDITURE_NOT_SUBMITTED');
      exp.status = 'REJECTED';
      exp.rejectReason = why;
      exp.decidedAt = new Date();
      exp.decidedById = ctx.userId;
      await em.save(exp);
      await this.audit.record(ctx, {
        action: 'expenditure.reject',
        entityType: 'expenditure',
        entityId: exp.id,
        organizationId: exp.organizationId,
        changes: { status: ['SUBMITTED', 'REJECTED'], rejectReason: [null, exp.rejectReason] },
      });
      await this.announce(ctx, exp);
      return exp;
    });
  }

  /**
   * The admin who approved or rejected an expenditure takes the decision back within UNDO_DECISION_MINUTES: it is
   * submitted again, as if undecided (an approval's amount leaves the executed sum, which no budget can object to).
   * Later, or by anyone else, a decision stands; the audit keeps both steps.
   */
  async undoDecision(ctx: RequestContext, id: string): Promise<Expenditure> {
    const { granted } = await this.budget.expenditureAccess(ctx, id);
    if (!granted.canDecide) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      const exp = await lockExpenditure(em, id);
      const decided = exp.status === 'APPROVED' || exp.status === 'REJECTED';
      const recent = exp.decidedAt !== null && Date.now() - exp.decidedAt.getTime() <= UNDO_DECISION_MINUTES * 60_000;
      if (!decided || exp.decidedById !== ctx.userId || !recent)
        throw new AppError('DECISION_NOT_UNDOABLE', { params: { minutes: UNDO_DECISION_MINUTES } });
      const before = { status: exp.status, rejectReason: exp.rejectReason };
      exp.status = 'SUBMITTED';
      exp.rejectReason = null;
      exp.decidedAt = null;
      exp.decidedById = null;
      await em.save(exp);
      await this.audit.record(ctx, {
        action: 'expenditure.undo_decision',
        entityType: 'expenditure',
        entityId: exp.id,
        organizationId: exp.organizationId,
        changes: { status: [before.status, 'SUBMITTED'], ...(before.rejectReason ? { rejectReason: [before.rejectReason, null] } : {}) },
      });
      return exp;
    });
  }
}
