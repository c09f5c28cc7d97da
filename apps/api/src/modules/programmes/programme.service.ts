import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { PROGRAMME_EDITABLE, Permission, programmeTransition } from '@lalaland/shared';
import type { ProgrammeStatus } from '@lalaland/shared';
import { RequestContext, byIds, groupByIds } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { fieldProblem } from '../../core/errors/validation';
import { AuditService, diff } from '../../core/audit/audit.service';
import { Page, isUuid, likePattern } from '../../core/graphql/pagination';
import { FundingService, StreamMember } from '../funding';
import { Initiative, Programme, ProgrammeCohost, StreamField } from './programme.entity';
import { CreateProgrammeInput, ProgrammeFieldsInput, ProgrammesArgs, UpdateProgrammeInput } from './programmes.dto';
import { EventBus } from '../../core/events/event-bus';
import { prefetchSessions, sessionProps, sessionsJson } from './session-rows';
import { Organization, OrganizationService } from '../organizations';
import { Transactions } from '../../core/database/transaction';
import { AccessService } from '../../core/access/access.service';
import { PROGRAMME_ACCESS, ProgrammeAccess, programmeAccess } from './programme.access';

/** What the caller may do with one programme. */
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
];

/**
 * Initiatives and programmes. A programme is visible to the members of its stream (drafts only to its host and
 * co-hosts), to ministry organizations (read-only) and to platform admins; anyone else gets PROGRAMME_NOT_FOUND.
 */
@Injectable()
export class ProgrammeService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly funding: FundingService,
    private readonly events: EventBus,
    private readonly accessLayer: AccessService,
    private readonly organizations: OrganizationService,
  ) {}

  byId(ctx: RequestContext) {
    return ctx.loader<Programme>('programme.byId', async (ids) => byIds(ids, await this.db.getRepository(Programme).findBy({ id: In([...ids]) })));
  }

  cohostIds(ctx: RequestContext) {
    return ctx.loader<string[]>('programme.cohosts', async (ids) => {
      const rows = await this.db.getRepository(ProgrammeCohost).findBy({ programmeId: In([...ids]) });
      return groupByIds(ids, rows, (r) => r.programmeId).map((list) => list.map((r) => r.organizationId));
    });
  }

  initiativeById(ctx: RequestContext) {
    return ctx.loader<Initiative>('initiative.byId', async (ids) => byIds(ids, await this.db.getRepository(Initiative).findBy({ id: In([...ids]) })));
  }

  fieldById(ctx: RequestContext) {
    return ctx.loader<StreamField>('streamField.byId', async (ids) => byIds(ids, await this.db.getRepository(StreamField).findBy({ id: In([...ids]) })));
  }

  /** Subprogrammes per parent id (one query for a list). */
  children(ctx: RequestContext) {
    return ctx.loader<Programme[]>('programme.children', async (ids) => {
      const rows = await this.db.getRepository(Programme).find({ where: { parentId: In([...ids]) }, order: { startsOn: 'ASC', titleKo: 'ASC' } });
      return groupByIds(ids, rows, (r) => r.parentId!);
    });
  }

  /** Drops a programme from this request's caches after its enrolments changed, so fields read afterwards are fresh. */
  forget(ctx: RequestContext, id: string): void {
    this.byId(ctx).clear(id);
    this.accessLayer.forget(ctx, PROGRAMME_ACCESS, id);
  }

  /** What the caller may do with a programme (PROGRAMME_ACCESS), or PROGRAMME_NOT_FOUND. */
  async access(ctx: RequestContext, id: string): Promise<ProgrammeAccess> {
    const access = await this.findAccess(ctx, id);
    if (!access) throw new AppError('PROGRAMME_NOT_FOUND');
    return access;
  }

  /** The same, or null when the programme is missing or not the caller's to see; a fault stays an error. */
  async findAccess(ctx: RequestContext, id: string): Promise<ProgrammeAccess | null> {
    const facts = await this.accessLayer.find(ctx, PROGRAMME_ACCESS, id);
    if (!facts) return null;
    const programme = await this.byId(ctx).load(id);
    // A visible programme's stream is visible: the programme rule includes the stream rule.
    const stream = programme ? await this.funding.findAccess(ctx, programme.streamId) : null;
    return programme && stream ? programmeAccess(ctx, programme, stream, facts) : null;
  }

  /** The programmes among `ids` the caller may see (one statement). */
  async visibleIds(ctx: RequestContext, ids: readonly string[]): Promise<Set<string>> {
    return new Set((await this.accessLayer.check(ctx, PROGRAMME_ACCESS, ids)).keys());
  }

  /** Restricts a query joining programmes as `alias` to those the caller may see (PROGRAMME_ACCESS's predicate). */
  visibleTo<Q extends SelectQueryBuilder<ObjectLiteral>>(ctx: RequestContext, qb: Q, alias: string): Q {
    return this.accessLayer.filter(ctx, PROGRAMME_ACCESS, qb, alias);
  }

  async get(ctx: RequestContext, id: string): Promise<Programme> {
    return (await this.access(ctx, id)).programme;
  }

  /**
   * Programmes of the caller's streams (a ministry and platform admins: all), newest first, with filters: one SQL
   * statement with the total (a window count), and, when the query asks for them, the hosts (a join) and the
   * sessions (a JSON array per programme), which prime the loaders their fields read. Counts come from the row.
   */
  async list(ctx: RequestContext, args: ProgrammesArgs, nested: { host?: boolean; sessions?: ReadonlySet<string> } = {}): Promise<Page<Programme>> {
    const qb = this.visibleTo(ctx, this.db.getRepository(Programme).createQueryBuilder('p'), 'p');
    if (args.streamId) qb.andWhere('p.stream_id = :streamId', { streamId: args.streamId });
    if (args.pillar) qb.andWhere('p.pillar = :pillar', { pillar: args.pillar });
    if (args.domain) qb.andWhere('p.domain = :domain', { domain: args.domain });
    if (args.status?.length) qb.andWhere('p.status IN (:...statuses)', { statuses: args.status });
    if (args.organizationId) {
      qb.andWhere('(p.host_organization_id = :o OR EXISTS (SELECT 1 FROM programme_cohost c2 WHERE c2.programme_id = p.id AND c2.organization_id = :o))', { o: args.organizationId });
    }
    if (args.topLevel) qb.andWhere('p.parent_id IS NULL');
    const search = args.search?.trim();
    if (search) qb.andWhere('(p.title_ko ILIKE :q OR p.title_en ILIKE :q)', { q: likePattern(search) });
    qb.addSelect('count(*) OVER ()', 'total');
    if (nested.host) qb.leftJoinAndMapOne('p.hostOrganization', Organization, 'h', 'h.id = p.host_organization_id');
    const sessionColumns = nested.sessions && sessionProps(nested.sessions);
    if (sessionColumns) qb.addSelect(sessionsJson('p', sessionColumns), 'sessions');
    qb.orderBy('p.starts_on', 'DESC').addOrderBy('p.title_ko', 'ASC').addOrderBy('p.id', 'ASC').offset(args.offset).limit(args.limit);
    const { entities, raw } = await qb.getRawAndEntities<{ p_id: string; total: string; sessions?: unknown[][] }>();
    const rawOf = new Map(raw.map((r) => [r.p_id, r]));
    for (const p of entities) {
      this.byId(ctx).prime(p.id, p);
      const host = (p as Programme & { hostOrganization?: Organization }).hostOrganization;
      if (host) this.organizations.byId(ctx).prime(host.id, host);
      const row = rawOf.get(p.id);
      if (sessionColumns && row?.sessions) prefetchSessions(p, sessionColumns, row.sessions);
    }
    // An empty page (offset past the end) has no row to carry the total: count separately.
    const totalCount = raw.length ? Number(raw[0]!.total) : args.offset > 0 ? await qb.offset(undefined).limit(undefined).getCount() : 0;
    return { items: entities, totalCount, offset: args.offset, limit: args.limit };
  }

  /** Initiatives of the streams the caller may see. */
  async initiatives(ctx: RequestContext): Promise<Initiative[]> {
    const streams = await this.funding.list(ctx);
    if (!streams.length) return [];
    return this.db.getRepository(Initiative).find({ where: { streamId: In(streams.map((s) => s.id)) }, order: { code: 'ASC' } });
  }

  async streamFields(ctx: RequestContext, streamId: string): Promise<StreamField[]> {
    await this.funding.access(ctx, streamId);
    return this.db.getRepository(StreamField).find({ where: { streamId }, order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  /** Checks what a programme refers to: the stream's field, co-hosts in the stream, dates in order. */
  private async checkRefs(streamId: string, input: ProgrammeFieldsInput, startsOn: string, endsOn: string | null): Promise<void> {
    if (input.fieldId && !(await this.db.getRepository(StreamField).existsBy({ id: input.fieldId, streamId }))) throw new AppError('STREAM_FIELD_INVALID');
    if (input.cohostIds?.length) {
      const n = await this.db.getRepository(StreamMember).countBy({ streamId, organizationId: In(input.cohostIds) });
      if (n !== new Set(input.cohostIds).size) throw new AppError('COHOST_NOT_IN_STREAM');
    }
    if (endsOn && endsOn < startsOn) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'endsOn', problems: ['min'], ko: '종료일은 시작일 이후여야 합니다.', en: 'The end date must be after the start date.' }] });
    }
  }

  async create(ctx: RequestContext, input: CreateProgrammeInput): Promise<Programme> {
    const missing = (['titleKo', 'pillar', 'domain', 'format', 'capacity', 'startsOn'] as const).filter((f) => input[f] === undefined || input[f] === null);
    if (missing.length) {
      throw new AppError('VALIDATION_FAILED', { fields: missing.map((field) => fieldProblem(field, 'isNotEmpty')) });
    }
    const initiative = isUuid(input.initiativeId) ? await this.initiativeById(ctx).load(input.initiativeId) : null;
    if (!initiative) throw new AppError('INITIATIVE_NOT_FOUND');
    const stream = await this.funding.findAccess(ctx, initiative.streamId);
    if (!stream) throw new AppError('INITIATIVE_NOT_FOUND');
    const hostId = ctx.isPlatformAdmin && input.hostOrganizationId ? input.hostOrganizationId : ctx.activeOrganizationId;
    if (!hostId) throw new AppError('FORBIDDEN');
    if (!stream.memberRole && !ctx.isPlatformAdmin) throw new AppError('FORBIDDEN'); // a ministry reads only
    if (!(await this.db.getRepository(StreamMember).existsBy({ streamId: initiative.streamId, organizationId: hostId }))) throw new AppError('NOT_STREAM_MEMBER');
    if (input.parentId) {
      const parent = await this.findAccess(ctx, input.parentId);
      if (!parent || parent.programme.initiativeId !== initiative.id || parent.programme.parentId) throw new AppError('PARENT_PROGRAMME_INVALID');
    }
    await this.checkRefs(initiative.streamId, input, input.startsOn!, input.endsOn ?? null);
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
      await this.audit.record(ctx, em, {
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
    const access = await this.access(ctx, input.id);
    if (!access.runs) throw new AppError('FORBIDDEN');
    const current = access.programme;
    if (!PROGRAMME_EDITABLE.includes(current.status)) throw new AppError('PROGRAMME_NOT_EDITABLE', { params: { status: current.status } });
    await this.checkRefs(current.streamId, input, input.startsOn ?? current.startsOn, input.endsOn === undefined ? current.endsOn : input.endsOn);
    return this.tx.run(ctx, async (em) => {
      const p = await em.findOneOrFail(Programme, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      const before = { ...p };
      for (const f of FIELDS) {
        const v = (input as unknown as Record<string, unknown>)[f];
        if (v === undefined) continue;
        if (v === null && ['titleKo', 'pillar', 'domain', 'format', 'capacity', 'startsOn', 'ageBands', 'completionRate'].includes(f)) continue;
        (p as unknown as Record<string, unknown>)[f] = typeof v === 'string' ? v.trim() || null : v;
      }
      if (p.capacity < p.seatsTaken) throw new AppError('CAPACITY_BELOW_ENROLLED', { params: { taken: p.seatsTaken } });
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
        await this.refreshCounters(em, p);
      }
      await this.audit.record(ctx, em, {
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
    const access = await this.access(ctx, id);
    const from = access.programme.status;
    const rule = programmeTransition(from, to);
    if (!rule) throw new AppError('ILLEGAL_TRANSITION', { params: { from, to } });
    if (rule.by === 'HOST' ? !access.runs : !access.approves) throw new AppError('FORBIDDEN');
    const why = comment?.trim() || null;
    if (to === 'RETURNED' && !why)
      throw new AppError('RETURN_COMMENT_REQUIRED', { fields: [{ field: 'comment', problems: ['isNotEmpty'], ko: '보완 요청 사유를 입력하세요.', en: 'Please say what needs to change.' }] });
    return this.tx.run(ctx, async (em) => {
      const p = await em.findOneOrFail(Programme, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (p.status !== from) throw new AppError('ILLEGAL_TRANSITION', { params: { from: p.status, to } });
      p.status = to;
      if (to === 'RETURNED' || to === 'APPROVED' || to === 'CANCELLED') p.statusComment = why;
      if (to === 'PROPOSED') p.statusComment = null;
      await em.save(p);
      await this.audit.record(ctx, em, {
        action: `programme.${to.toLowerCase()}`,
        entityType: 'programme',
        entityId: p.id,
        organizationId: p.hostOrganizationId,
        changes: { status: [from, to], ...(why ? { comment: [null, why] } : {}) },
      });
      // Enrolments seat the applications when recruiting opens and judge completion when the programme completes.
      await this.events.publish(ctx, 'programme.status_changed', { programmeId: p.id, from, to });
      await this.refreshCounters(em, p);
      return p;
    });
  }

  /** Reads back the counters the enrolment_tally trigger keeps on the row, after handlers changed enrolments in this transaction. */
  private async refreshCounters(em: EntityManager, p: Programme): Promise<void> {
    const fresh = await em.findOneOrFail(Programme, {
      where: { id: p.id },
      select: { id: true, seatsTaken: true, appliedCount: true, waitlistedCount: true, completedCount: true, droppedCount: true, noShowCount: true },
    });
    Object.assign(p, {
      seatsTaken: fresh.seatsTaken,
      appliedCount: fresh.appliedCount,
      waitlistedCount: fresh.waitlistedCount,
      completedCount: fresh.completedCount,
      droppedCount: fresh.droppedCount,
      noShowCount: fresh.noShowCount,
    });
  }

  /** Proposals waiting for the caller's decision: streams its organization leads (all for platform admins). */
  async approvalQueue(ctx: RequestContext): Promise<Programme[]> {
    const qb = this.db.getRepository(Programme).createQueryBuilder('p').where("p.status = 'PROPOSED'");
    if (!ctx.isPlatformAdmin) {
      if (!ctx.can(Permission.ProgrammeApprove)) return [];
      qb.innerJoin(StreamMember, 'm', "m.stream_id = p.stream_id AND m.organization_id = :org AND m.role = 'LEAD'", { org: ctx.activeOrganizationId });
    }
    return qb.orderBy('p.updated_at', 'ASC').limit(200).getMany();
  }
}
