import { Injectable } from '@nestjs/common';
import { hostFor } from './programme.access';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PROGRAMME_EDITABLE, programmeTransition, verbOf } from '@lalaland/shared';
import type { ProgrammeStatus } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { AppError, problem } from '../../core/errors/app-error';
import { fieldProblem } from '../../core/errors/validation';
import { AuditService, diff } from '../../core/audit/audit.service';
import { isUuid } from '../../core/graphql/pagination';
import { FundingService, countInStream } from '../funding';
import { Programme, ProgrammeCohost, StreamField } from './programme.entity';
import { refreshCounters } from './programme-counters';
import { CreateProgrammeInput, ProgrammeFieldsInput, UpdateProgrammeInput } from './programmes.dto';
import { EventBus } from '../../core/events/event-bus';
import { Transactions } from '../../core/database/transaction';
import { ProgrammeService } from './programme.service';
import { PROGRAMMES_FIELDS } from './programmes.errors';

/** The fields an update may change (and the audit diff compares). */
const FIELDS: Array<keyof Programme> = [
  'titleKo',
  'titleEn',
  'description',
  'pillar',
  'domain',
  'fieldId',
  'targetAudience',
  'ageBands',
  'format',
  'capacity',
  'targetParticipants',
  'targetCompletions',
  'completionRate',
  'startsOn',
  'endsOn',
  'recursYearly',
];

/**
 * Programme changes: creation, edits and the lifecycle. Access is checked (ProgrammeService.access, on the pool) before
 * each change's transaction opens; the change, its audit row and its events commit together.
 */
@Injectable()
export class ProgrammeLifecycleService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly funding: FundingService,
    private readonly events: EventBus,
    private readonly programmes: ProgrammeService,
  ) {}

  private async checkRefs(
    streamId: string,
    input: ProgrammeFieldsInput,
    startsOn: string,
    endsOn: string | null,
    period: { periodStart: string; periodEnd: string },
  ): Promise<void> {
    if (input.fieldId && !(await this.db.getRepository(StreamField).existsBy({ id: input.fieldId, streamId })))
      throw new AppError('STREAM_FIELD_INVALID');
    if (input.cohostIds?.length) {
      const n = await countInStream(this.db.manager, streamId, input.cohostIds);
      if (n !== new Set(input.cohostIds).size) throw new AppError('COHOST_NOT_IN_STREAM');
    }
    if (endsOn && endsOn < startsOn) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('endsOn', 'min', PROGRAMMES_FIELDS.endsOnMin)],
      });
    }
    // Within the stream's period: a programme (and so its sessions and room bookings) cannot reach past the year it is funded in.
    if (startsOn < period.periodStart || (endsOn ?? startsOn) > period.periodEnd)
      throw new AppError('PROGRAMME_OUTSIDE_STREAM', {
        params: { start: period.periodStart, end: period.periodEnd },
        fields: [problem(startsOn < period.periodStart ? 'startsOn' : 'endsOn', 'range', PROGRAMMES_FIELDS.range)],
      });
  }

  async create(ctx: RequestContext, input: CreateProgrammeInput): Promise<Programme> {
    const missing = (['titleKo', 'pillar', 'domain', 'format', 'capacity', 'startsOn'] as const).filter(
      (f) => input[f] === undefined || input[f] === null,
    );
    if (missing.length) {
      throw new AppError('VALIDATION_FAILED', { fields: missing.map((field) => fieldProblem(field, 'isNotEmpty')) });
    }
    const initiative = isUuid(input.initiativeId) ? await this.programmes.initiativeById(ctx).load(input.initiativeId) : null;
    if (!initiative) throw new AppError('INITIATIVE_NOT_FOUND');
    const stream = await this.funding.findAccess(ctx, initiative.streamId);
    if (!stream) throw new AppError('INITIATIVE_NOT_FOUND');
    // Only a platform admin chooses the host; anyone else hosts for the active organization, and naming another is refused.
    const hostId = hostFor(ctx, input.hostOrganizationId);
    if (!hostId && input.hostOrganizationId)
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('hostOrganizationId', 'equals', PROGRAMMES_FIELDS.hostOrganizationIdEquals)],
      });
    if (!hostId) throw new AppError('FORBIDDEN');
    if (!stream.participates) throw new AppError('FORBIDDEN'); // a ministry reads only
    if ((await countInStream(this.db.manager, initiative.streamId, [hostId])) === 0) throw new AppError('NOT_STREAM_MEMBER');
    if (input.parentId) {
      const parent = await this.programmes.findAccess(ctx, input.parentId);
      if (!parent || parent.programme.initiativeId !== initiative.id || parent.programme.parentId)
        throw new AppError('PARENT_PROGRAMME_INVALID');
    }
    await this.checkRefs(initiative.streamId, input, input.startsOn!, input.endsOn ?? null, stream.stream);
    return this.tx.run(ctx, async (em) => {
      const p = em.create(Programme, {
        initiativeId: initiative.id,
        streamId: initiative.streamId,
        parentId: input.parentId ?? null,
        titleKo: input.titleKo!.trim(),
        titleEn: input.titleEn?.trim() || null,
        description: input.description?.trim() || null,
        pillar: input.pillar!,
        domain: input.domain!,
        fieldId: input.fieldId ?? null,
        hostOrganizationId: hostId,
        targetAudience: input.targetAudience?.trim() || null,
        ageBands: input.ageBands ?? [],
        format: input.format!,
        capacity: input.capacity!,
        targetParticipants: input.targetParticipants ?? null,
        targetCompletions: input.targetCompletions ?? null,
        completionRate: input.completionRate ?? 80,
        startsOn: input.startsOn!,
        endsOn: input.endsOn ?? null,
        recursYearly: input.recursYearly ?? false,
        status: 'DRAFT',
        statusComment: null,
        createdById: ctx.userId,
        isSample: false,
      });
      await em.save(p);
      const cohosts = [...new Set(input.cohostIds ?? [])].filter((o) => o !== hostId);
      if (cohosts.length)
        await em.insert(
          ProgrammeCohost,
          cohosts.map((organizationId) => ({ programmeId: p.id, organizationId })),
        );
      await this.audit.record(ctx, {
        action: 'programme.create',
        entityType: 'programme',
        entityId: p.id,
        organizationId: hostId,
        changes: { ...diff(null, p, FIELDS), cohostIds: [null, cohosts] },
      });
      return p;
    });
  }

  async update(ctx: RequestContext, input: UpdateProgrammeInput): Promise<Programme> {
    const access = await this.programmes.access(ctx, input.id);
    if (!access.runs) throw new AppError('FORBIDDEN');
    const current = access.programme;
    if (!PROGRAMME_EDITABLE.includes(current.status)) throw new AppError('PROGRAMME_NOT_EDITABLE', { params: { status: current.status } });
    const stream = await this.funding.findAccess(ctx, current.streamId);
    if (!stream) throw new AppError('PROGRAMME_NOT_FOUND');
    await this.checkRefs(
      current.streamId,
      input,
      input.startsOn ?? current.startsOn,
      input.endsOn === undefined ? current.endsOn : input.endsOn,
      stream.stream,
    );
    return this.tx.run(ctx, async (em) => {
      const p = await em.findOneOrFail(Programme, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      const before = { ...p };
      for (const f of FIELDS) {
        const v = (input as unknown as Record<string, unknown>)[f];
        if (v === undefined) continue;
        if (
          v === null &&
          ['titleKo', 'pillar', 'domain', 'format', 'capacity', 'startsOn', 'ageBands', 'completionRate', 'recursYearly'].includes(f)
        )
          continue;
        (p as unknown as Record<string, unknown>)[f] = typeof v === 'string' ? v.trim() || null : v;
      }
      if (p.capacity < p.seatsTaken) throw new AppError('CAPACITY_BELOW_ENROLLED', { params: { taken: p.seatsTaken } });
      if (p.startsOn !== before.startsOn || p.endsOn !== before.endsOn) {
        const [{ n }] = (await em.query(
          `SELECT count(*)::int AS n FROM programme_session WHERE programme_id = $1 AND cancelled_at IS NULL
              AND ((starts_at AT TIME ZONE 'Asia/Seoul')::date < $2 OR ($3::date IS NOT NULL AND (ends_at AT TIME ZONE 'Asia/Seoul')::date > $3))`,
          [p.id, p.startsOn, p.endsOn],
        )) as [{ n: number }];
        if (n) throw new AppError('PROGRAMME_DATES_EXCLUDE_SESSIONS', { params: { count: n } });
      }
      await em.save(p);
      let cohostChange: unknown[] | undefined;
      if (input.cohostIds) {
        const old = (await em.findBy(ProgrammeCohost, { programmeId: p.id })).map((c) => c.organizationId);
        const next = [...new Set(input.cohostIds)].filter((o) => o !== p.hostOrganizationId);
        await em.delete(ProgrammeCohost, { programmeId: p.id });
        if (next.length)
          await em.insert(
            ProgrammeCohost,
            next.map((organizationId) => ({ programmeId: p.id, organizationId })),
          );
        if (JSON.stringify([...old].sort()) !== JSON.stringify([...next].sort())) cohostChange = [old, next];
      }
      if (p.capacity > before.capacity) {
        await this.events.publish(ctx, 'programme.capacity_raised', { programmeId: p.id, from: before.capacity, to: p.capacity });
        await refreshCounters(em, p);
      }
      await this.audit.record(ctx, {
        action: 'programme.update',
        entityType: 'programme',
        entityId: p.id,
        organizationId: p.hostOrganizationId,
        changes: { ...diff(before, p, FIELDS), ...(cohostChange ? { cohostIds: cohostChange } : {}) },
      });
      return p;
    });
  }

  /**
   * Moves a programme along its lifecycle. Only legal transitions are accepted, each by its actor: the host's staff
   * propose, open recruiting, start, complete or cancel; the stream lead's admins approve or return (with a comment).
   * Opening recruitment seats the applications in order; completing marks completers and issues certificates.
   */
  async transition(ctx: RequestContext, id: string, to: ProgrammeStatus, comment?: string | null): Promise<Programme> {
    const access = await this.programmes.access(ctx, id);
    const from = access.programme.status;
    const rule = programmeTransition(from, to);
    if (!rule) throw new AppError('ILLEGAL_TRANSITION', { params: { from, to } });
    if (rule.by === 'HOST' ? !access.runs : !access.approves) throw new AppError('FORBIDDEN');
    const why = comment?.trim() || null;
    if (to === 'RETURNED' && !why)
      throw new AppError('RETURN_COMMENT_REQUIRED', {
        fields: [problem('comment', 'isNotEmpty', PROGRAMMES_FIELDS.commentIsNotEmpty)],
      });
    return this.tx.run(ctx, async (em) => {
      const p = await em.findOneOrFail(Programme, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (p.status !== from) throw new AppError('ILLEGAL_TRANSITION', { params: { from: p.status, to } });
      p.status = to;
      if (to === 'RETURNED' || to === 'APPROVED' || to === 'CANCELLED') p.statusComment = why;
      if (to === 'PROPOSED') p.statusComment = null;
      await em.save(p);
      await this.audit.record(ctx, {
        action: `programme.${verbOf(to)}`,
        entityType: 'programme',
        entityId: p.id,
        organizationId: p.hostOrganizationId,
        changes: { status: [from, to], ...(why ? { comment: [null, why] } : {}) },
      });
      // A cancelled programme's sessions not yet held are cancelled too: kept for history, their rooms free again.
      if (to === 'CANCELLED') {
        const [, released] = (await em.query(
          'UPDATE programme_session SET cancelled_at = now(), updated_at = now() WHERE programme_id = $1 AND ends_at > now() AND cancelled_at IS NULL',
          [p.id],
        )) as [unknown, number];
        if (released)
          await this.audit.record(ctx, {
            action: 'programme.sessions_cancelled',
            entityType: 'programme',
            entityId: p.id,
            organizationId: p.hostOrganizationId,
            changes: { sessions: [null, released] },
          });
      }
      // Enrolments seat the applications when recruiting opens and judge completion when the programme completes.
      await this.events.publish(ctx, 'programme.status_changed', { programmeId: p.id, from, to });
      await refreshCounters(em, p);
      return p;
    });
  }
}
