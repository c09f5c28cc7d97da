import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { seoulDate, seoulInstant } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import { AuditService, diff } from '../../core/audit/audit.service';
import { RequestContext, groupByIds } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError, problem, type FieldProblem } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import type { Page } from '../../core/graphql/pagination';
import { ParticipantDetailsService, ParticipantService, type Participant } from '../participants';
import { COUNSELLING_NOTE_ACCESS, FOLLOW_UP_ACCESS, GOAL_ACCESS, OUTCOME_ACCESS } from './outcome.access';
import type { AccessPolicy } from '../../core/access/access-policy';
import { CounsellingNote, FollowUp, Goal, Outcome } from './outcome.entity';
import type { CounsellingNoteInput, FollowUpResultInput, FollowUpsArgs, GoalInput, OutcomeInput } from './outcomes.dto';
import type { OutcomeEvents } from './outcomes.events';
import { journeyOf, type JourneyItem } from './journey';
import { askedFirstSql, createFollowUps, staffTurnSql } from './follow-ups';
import { OUTCOMES_FIELDS } from './outcomes.errors';

const GOAL_FIELDS: Array<keyof Goal> = ['kind', 'title', 'status', 'targetOn'];

/**
 * A person's journey beyond the classroom, kept by the organization holding them: counselling notes (each read
 * logged), goals, outcomes with their evidence and the programmes that led there, and follow-ups after completions.
 * Nobody else sees any of it (NOT_FOUND).
 */
@Injectable()
export class OutcomeService {
  constructor(
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly participants: ParticipantService,
    private readonly records: ParticipantDetailsService,
  ) {}

  /** A participant's records of one kind, for the holding organization only (null for anyone else). */
  private async held<T>(ctx: RequestContext, participantId: string, load: () => Promise<T>): Promise<T | null> {
    return (await this.participants.findOwn(ctx, participantId)) ? load() : null;
  }

  async notes(ctx: RequestContext, participantId: string): Promise<CounsellingNote[] | null> {
    return this.held(ctx, participantId, async () => {
      // Behind the second wall: row-level security shows this read only the organization's own notes.
      const rows = await this.tx.scoped(ctx, (em) =>
        this.accessLayer
          .filter(ctx, COUNSELLING_NOTE_ACCESS, em.getRepository(CounsellingNote).createQueryBuilder('n'), 'n')
          .andWhere('n.participant_id = :participantId', { participantId })
          .orderBy('n.occurred_on', 'DESC')
          .addOrderBy('n.created_at', 'DESC')
          .take(100)
          .getMany(),
      );
      await this.records.logRead(ctx, rows.length ? [participantId] : [], 'counselling-notes');
      return rows;
    });
  }

  async addNote(ctx: RequestContext, input: CounsellingNoteInput): Promise<CounsellingNote> {
    const person = await this.participants.own(ctx, input.participantId);
    return this.tx.run(ctx, async (em) => {
      const note = em.getRepository(CounsellingNote).create({
        participantId: person.id,
        organizationId: person.organizationId,
        occurredOn: input.occurredOn,
        body: input.body.trim(),
        authorId: ctx.userId,
      });
      await em.save(note);
      // The audit names the note, never its words.
      await this.audit.record(ctx, {
        action: 'counselling.add',
        entityType: 'counselling_note',
        entityId: note.id,
        organizationId: note.organizationId,
        changes: { participant: [null, person.pseudonymKey] },
      });
      return note;
    });
  }

  goals(ctx: RequestContext, participantId: string): Promise<Goal[] | null> {
    return this.held(ctx, participantId, () => this.byParticipant(ctx, Goal, GOAL_ACCESS).load(participantId) as Promise<Goal[]>);
  }

  async saveGoal(ctx: RequestContext, input: GoalInput): Promise<Goal> {
    const person = await this.participants.own(ctx, input.participantId);
    if (input.id) {
      await this.accessLayer.require(ctx, GOAL_ACCESS, input.id);
    }
    return this.tx.run(ctx, async (em) => {
      const repo = em.getRepository(Goal);
      const existing = input.id
        ? await repo.findOne({ where: { id: input.id, participantId: person.id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (input.id && !existing) throw new AppError('GOAL_NOT_FOUND');
      const before = existing ? { ...existing } : null;
      const goal = existing ?? repo.create({ participantId: person.id, organizationId: person.organizationId });
      goal.kind = input.kind;
      goal.title = input.title.trim();
      goal.status = input.status ?? goal.status ?? 'OPEN';
      goal.targetOn = input.targetOn ?? null;
      await em.save(goal);
      await this.audit.record(ctx, {
        action: existing ? 'goal.update' : 'goal.create',
        entityType: 'goal',
        entityId: goal.id,
        organizationId: goal.organizationId,
        changes: diff(before, goal, GOAL_FIELDS),
      });
      return goal;
    });
  }

  outcomes(ctx: RequestContext, participantId: string): Promise<Outcome[] | null> {
    return this.held(ctx, participantId, () => this.byParticipant(ctx, Outcome, OUTCOME_ACCESS).load(participantId) as Promise<Outcome[]>);
  }

  /** Records an outcome for a participant the organization holds, checked as the kind requires; announced for KPIs. */
  async recordOutcome(ctx: RequestContext, input: OutcomeInput, followUpId: string | null = null): Promise<Outcome> {
    const person = await this.participants.own(ctx, input.participantId);
    const problems: FieldProblem[] = [];
    if (input.kind === 'EMPLOYED' && !input.employmentType)
      problems.push(problem('employmentType', 'required', OUTCOMES_FIELDS.employmentTypeRequired));
    if (input.kind === 'CERTIFIED' && !input.certificateName?.trim())
      problems.push(problem('certificateName', 'required', OUTCOMES_FIELDS.certificateNameRequired));
    if (input.source === 'VERIFIED' && !input.evidence?.trim())
      problems.push(problem('evidence', 'required', OUTCOMES_FIELDS.evidenceRequired));
    if (input.occurredOn > seoulDate()) problems.push(problem('occurredOn', 'required', OUTCOMES_FIELDS.occurredOnFuture));
    if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });
    const programmeIds = [...new Set(input.programmeIds ?? [])];
    if (programmeIds.length) {
      const attended = (await this.tx
        .readOwnWrites(ctx)
        .query('SELECT DISTINCT programme_id FROM enrolment WHERE participant_id = $1 AND programme_id = ANY($2::uuid[])', [
          person.id,
          programmeIds,
        ])) as unknown[];
      if (attended.length !== programmeIds.length) throw new AppError('OUTCOME_PROGRAMME_NOT_ATTENDED');
    }
    return this.tx.run(ctx, async (em) => {
      const outcome = em.getRepository(Outcome).create({
        participantId: person.id,
        organizationId: person.organizationId,
        kind: input.kind,
        employmentType: input.kind === 'EMPLOYED' ? (input.employmentType ?? null) : null,
        businessNumber: input.kind === 'STARTED_BUSINESS' ? (input.businessNumber ?? null) : null,
        certificateName: input.kind === 'CERTIFIED' ? (input.certificateName?.trim() ?? null) : null,
        occurredOn: input.occurredOn,
        evidence: input.evidence?.trim() || null,
        source: input.source,
        programmeIds,
        followUpId,
        recordedById: ctx.userId,
      });
      await em.save(outcome);
      await this.audit.record(ctx, {
        action: 'outcome.record',
        entityType: 'outcome',
        entityId: outcome.id,
        organizationId: outcome.organizationId,
        changes: { kind: [null, outcome.kind], source: [null, outcome.source], programmes: [null, programmeIds.length] },
      });
      const recorded: OutcomeEvents['outcome.recorded'] = {
        outcomeId: outcome.id,
        participantId: person.id,
        organizationId: outcome.organizationId,
        kind: outcome.kind,
      };
      await this.events.publish(ctx, 'outcome.recorded', recorded);
      return outcome;
    });
  }

  followUpsOf(ctx: RequestContext, participantId: string): Promise<FollowUp[] | null> {
    return this.held(
      ctx,
      participantId,
      () => this.byParticipant(ctx, FollowUp, FOLLOW_UP_ACCESS).load(participantId) as Promise<FollowUp[]>,
    );
  }

  /** The organization's follow-ups, soonest first; `dueWithinDays` keeps the pending ones due by then (overdue included). */
  async followUps(ctx: RequestContext, args: FollowUpsArgs): Promise<Page<FollowUp>> {
    const qb = this.accessLayer.filter(ctx, FOLLOW_UP_ACCESS, this.db.getRepository(FollowUp).createQueryBuilder('f'), 'f');
    // A follow-up asked of the person by text waits a week for their answer before it is the staff's to do.
    if (args.dueWithinDays !== null && args.dueWithinDays !== undefined)
      qb.andWhere(`f.status = 'PENDING' AND f.due_on <= (:today::date + :days::int) AND ${staffTurnSql('f')}`, {
        today: seoulDate(),
        days: args.dueWithinDays,
      });
    if (args.overdue === true)
      qb.andWhere(`f.status = 'PENDING' AND f.due_on < :today::date AND ${staffTurnSql('f')}`, { today: seoulDate() });
    if (args.overdue === false) qb.andWhere("f.status = 'PENDING' AND f.due_on >= :today::date", { today: seoulDate() });
    qb.orderBy('f.due_on', 'ASC').addOrderBy('f.id', 'ASC');
    const [items, totalCount] = await qb.skip(args.offset).take(args.limit).getManyAndCount();
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  /** May the holding organization contact the person for a follow-up (consent covering the phone)? */
  contactAllowed(ctx: RequestContext, f: FollowUp): Promise<boolean> {
    return this.records.contactAllowed(ctx, f.participantId);
  }

  /** Closes a follow-up (DONE, UNREACHABLE, or SKIPPED); an outcome learnt on the call is recorded with it, in one transaction. */
  async closeFollowUp(ctx: RequestContext, input: FollowUpResultInput): Promise<FollowUp> {
    await this.accessLayer.require(ctx, FOLLOW_UP_ACCESS, input.id);
    const found = await this.tx.readOwnWrites(ctx).getRepository(FollowUp).findOneByOrFail({ id: input.id });
    if (input.status !== 'SKIPPED' && !(await this.records.contactAllowed(ctx, found.participantId)))
      throw new AppError('FOLLOW_UP_NO_CONTACT_CONSENT');
    if (input.outcome && input.outcome.participantId !== found.participantId)
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('outcome.participantId', 'equals', OUTCOMES_FIELDS.outcomeParticipantIdEquals)],
      });
    return this.tx.run(ctx, async (em) => {
      const f = await em.getRepository(FollowUp).findOneOrFail({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (f.status !== 'PENDING') throw new AppError('FOLLOW_UP_CLOSED');
      f.status = input.status;
      f.note = input.note?.trim() || null;
      f.doneAt = new Date();
      f.doneById = ctx.userId;
      await em.save(f);
      await this.audit.record(ctx, {
        action: 'follow_up.close',
        entityType: 'follow_up',
        entityId: f.id,
        organizationId: f.organizationId,
        changes: { status: ['PENDING', f.status] },
      });
      if (input.outcome) await this.recordOutcome(ctx, input.outcome, f.id);
      return f;
    });
  }

  /**
   * A partner hired a referred person for its opening (inside the hiring transaction): the organization holding the
   * person gets a VERIFIED EMPLOYED outcome, linked to the opening's programmes the person took.
   */
  async recordHire(
    ctx: RequestContext,
    e: {
      referralId: string;
      participantId: string;
      holderOrganizationId: string;
      employmentType: string | null;
      programmeIds: string[];
      employer: string;
    },
  ): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    const taken = (await em.query(
      'SELECT DISTINCT programme_id AS id FROM enrolment WHERE participant_id = $1 AND programme_id = ANY($2::uuid[])',
      [e.participantId, e.programmeIds],
    )) as Array<{
      id: string;
    }>;
    const [row] = (await em.query(
      `INSERT INTO outcome (participant_id, organization_id, kind, employment_type, occurred_on, evidence, source, programme_ids)
       VALUES ($1, $2, 'EMPLOYED', $3::employment_type, $4, $5, 'VERIFIED', $6::uuid[]) RETURNING id`,
      [
        e.participantId,
        e.holderOrganizationId,
        e.employmentType ?? 'FULL_TIME',
        seoulDate(),
        `채용 확인: ${e.employer} (연계 ${e.referralId.slice(0, 8)})`.slice(0, 500),
        taken.map((t) => t.id),
      ],
    )) as Array<{ id: string }>;
    await this.audit.record(ctx, {
      action: 'outcome.record',
      entityType: 'outcome',
      entityId: row!.id,
      organizationId: e.holderOrganizationId,
      changes: { kind: [null, 'EMPLOYED'], source: [null, 'VERIFIED'] },
    });
    const recorded: OutcomeEvents['outcome.recorded'] = {
      outcomeId: row!.id,
      participantId: e.participantId,
      organizationId: e.holderOrganizationId,
      kind: 'EMPLOYED',
    };
    await this.events.publish(ctx, 'outcome.recorded', recorded);
  }

  /** Follow-ups of completions, each with its reminder on the morning it is due (the outbox holds it until then). */
  async followUpCompletions(ctx: RequestContext, enrolmentIds: readonly string[]): Promise<number> {
    return this.tx.run(ctx, async (em) => {
      const made = await createFollowUps(em, enrolmentIds);
      for (const f of made)
        await this.events.publish(
          ctx,
          'follow_up.due',
          { followUpId: f.id, organizationId: f.organizationId, dueOn: f.dueOn },
          { at: seoulInstant(f.dueOn, '09:00') },
        );
      return made.length;
    });
  }

  /** The follow-up is still waiting for staff (not done, not waiting for the person's answer): what its reminder checks. */
  async followUpStillDue(ctx: RequestContext, id: string): Promise<boolean> {
    const rows = (await this.tx
      .readOwnWrites(ctx)
      .query(`SELECT 1 FROM follow_up f WHERE f.id = $1 AND f.status = 'PENDING' AND ${staffTurnSql('f')} AND NOT ${askedFirstSql('f')}`, [
        id,
      ])) as unknown[];
    return rows.length > 0;
  }

  /** One statement per record kind per request tick (through the kind's access rule), oldest due or newest first, bounded. */
  private byParticipant<T extends Goal | Outcome | FollowUp>(ctx: RequestContext, entity: new () => T, policy: AccessPolicy) {
    return ctx.loader<T[]>(`outcomes.${policy.name}`, async (ids) => {
      const qb = this.accessLayer.filter(ctx, policy, this.tx.readOwnWrites(ctx).getRepository(entity).createQueryBuilder('x'), 'x');
      qb.andWhere('x.participant_id IN (:...ids)', { ids: [...ids] });
      if (entity === (FollowUp as unknown)) qb.orderBy('x.due_on', 'ASC');
      else qb.orderBy('x.created_at', 'DESC');
      const rows = (await qb.take(500).getMany()) as T[];
      return groupByIds(ids, rows, (r) => r.participantId);
    });
  }

  /** The person's journey for the organization holding them (null for anyone else). */
  journey(ctx: RequestContext, participantId: string): Promise<JourneyItem[] | null> {
    return this.held(ctx, participantId, () => journeyOf(this.tx.readOwnWrites(ctx), participantId));
  }

  person(ctx: RequestContext, id: string): Promise<Participant | null> {
    return this.participants.byId(ctx).load(id);
  }
}
