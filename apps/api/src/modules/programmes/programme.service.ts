import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Permission } from '@lalaland/shared';
import { RequestContext, byIds, groupByIds } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { AuditService } from '../../core/audit/audit.service';
import { Page } from '../../core/graphql/pagination';
import { programmeFilters } from './programme-filters';
import { queryBind } from '../../core/access/access-policy';
import { FundingService } from '../funding';
import { Initiative, Programme, ProgrammeCohost, StreamField } from './programme.entity';
import { ProgrammesArgs } from './programmes.dto';
import { EventBus } from '../../core/events/event-bus';
import { prefetchSessions, sessionProps, sessionsJson } from './session-rows';
import { Organization, OrganizationService } from '../organizations';
import { Transactions } from '../../core/database/transaction';
import { AccessService } from '../../core/access/access.service';
import { PROGRAMME_ACCESS, ProgrammeAccess, programmeAccess, seesRoster } from './programme.access';
import { RecordGrantFor, type RecordGrant } from '../../core/records/record-access';

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

  /** Documents and comments of a programme: the stream's members who see it read them; its host and co-hosts add. */
  @RecordGrantFor('PROGRAMME')
  async recordGrant(ctx: RequestContext, id: string): Promise<RecordGrant> {
    const access = await this.access(ctx, id);
    // The partners' working discussion and files: not a ministry, which reads programmes and figures only.
    if (!access.discusses) throw new AppError('PROGRAMME_NOT_FOUND');
    return { write: access.contributes, personal: false };
  }

  byId(ctx: RequestContext) {
    return ctx.loader<Programme>('programme.byId', async (ids) =>
      byIds(ids, await this.db.getRepository(Programme).findBy({ id: In([...ids]) })),
    );
  }

  cohostIds(ctx: RequestContext) {
    return ctx.loader<string[]>('programme.cohosts', async (ids) => {
      const rows = await this.db.getRepository(ProgrammeCohost).findBy({ programmeId: In([...ids]) });
      return groupByIds(ids, rows, (r) => r.programmeId).map((list) => list.map((r) => r.organizationId));
    });
  }

  initiativeById(ctx: RequestContext) {
    return ctx.loader<Initiative>('initiative.byId', async (ids) =>
      byIds(ids, await this.db.getRepository(Initiative).findBy({ id: In([...ids]) })),
    );
  }

  fieldById(ctx: RequestContext) {
    return ctx.loader<StreamField>('streamField.byId', async (ids) =>
      byIds(ids, await this.db.getRepository(StreamField).findBy({ id: In([...ids]) })),
    );
  }

  /** Subprogrammes per parent id (one query for a list). */
  children(ctx: RequestContext) {
    return ctx.loader<Programme[]>('programme.children', async (ids) => {
      const rows = await this.db
        .getRepository(Programme)
        .find({ where: { parentId: In([...ids]) }, order: { startsOn: 'ASC', titleKo: 'ASC' } });
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

  /** Whether the caller sees the programme's every enrolment and exact counts (host, co-host, platform admin): its facts alone, no stream. */
  async seesRoster(ctx: RequestContext, id: string): Promise<boolean> {
    const facts = await this.accessLayer.find(ctx, PROGRAMME_ACCESS, id);
    return !!facts && seesRoster(facts);
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
  async list(
    ctx: RequestContext,
    args: ProgrammesArgs,
    nested: { host?: boolean; sessions?: ReadonlySet<string> } = {},
  ): Promise<Page<Programme>> {
    const qb = this.visibleTo(ctx, this.db.getRepository(Programme).createQueryBuilder('p'), 'p');
    for (const condition of programmeFilters(args, 'p', queryBind(qb, 'f_'))) qb.andWhere(condition);
    qb.addSelect('count(*) OVER ()', 'total');
    this.accessLayer.selectCapabilities(ctx, PROGRAMME_ACCESS, qb, 'p');
    if (nested.host) qb.leftJoinAndMapOne('p.hostOrganization', Organization, 'h', 'h.id = p.host_organization_id');
    const sessionColumns = nested.sessions && sessionProps(nested.sessions);
    if (sessionColumns) qb.addSelect(sessionsJson('p', sessionColumns), 'sessions');
    qb.orderBy('p.starts_on', 'DESC').addOrderBy('p.title_ko', 'ASC').addOrderBy('p.id', 'ASC').offset(args.offset).limit(args.limit);
    const { entities, raw } = await qb.getRawAndEntities<{
      p_id: string;
      total: string;
      sessions?: unknown[][];
      [capability: string]: unknown;
    }>();
    const rawOf = new Map(raw.map((r) => [r.p_id, r]));
    for (const p of entities) {
      this.byId(ctx).prime(p.id, p);
      const capabilities = rawOf.get(p.id);
      if (capabilities) this.accessLayer.primeFrom(ctx, PROGRAMME_ACCESS, p.id, capabilities);
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
    return this.db.getRepository(Initiative).find({ where: { streamId: In(streams.map((s) => s.id)) }, order: { code: 'ASC', id: 'ASC' } });
  }

  async streamFields(ctx: RequestContext, streamId: string): Promise<StreamField[]> {
    await this.funding.access(ctx, streamId);
    return this.db.getRepository(StreamField).find({ where: { streamId }, order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  /** Checks what a programme refers to: the stream's field, co-hosts in the stream, dates in order. */
  /** Proposals waiting for the caller's decision: streams its organization leads (all for platform admins). */
  async approvalQueue(ctx: RequestContext): Promise<Programme[]> {
    if (!ctx.can(Permission.ProgrammeApprove)) return [];
    const qb = this.accessLayer.filterCan(ctx, PROGRAMME_ACCESS, 'awaitsMe', this.db.getRepository(Programme).createQueryBuilder('p'), 'p');
    return qb.orderBy('p.updated_at', 'ASC').limit(200).getMany();
  }
}
