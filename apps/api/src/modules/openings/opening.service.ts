import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { seoulDate } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import { AuditService, diff } from '../../core/audit/audit.service';
import { RequestContext, byIds } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError, problem } from '../../core/errors/app-error';
import type { Page } from '../../core/graphql/pagination';
import { FundingService } from '../funding';
import { OPENING_ACCESS } from './opening.access';
import { Opening } from './opening.entity';
import type { OpeningInput, OpeningsArgs } from './openings.dto';
import { OPENINGS_FIELDS } from './openings.errors';

const FIELDS: Array<keyof Opening> = [
  'kind',
  'title',
  'description',
  'skills',
  'programmeIds',
  'employmentType',
  'places',
  'deadline',
  'status',
];

/** Openings posted by partners to their stream; referrals (with consent) bring them applicants. */
@Injectable()
export class OpeningService {
  constructor(
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly funding: FundingService,
  ) {}

  /** The caller's capabilities on one opening (its policy's), or null where it may not see it: batched per request tick. */
  granted(ctx: RequestContext, id: string) {
    return this.accessLayer.find(ctx, OPENING_ACCESS, id);
  }

  byId(ctx: RequestContext) {
    return ctx.loader<Opening>('opening.byId', async (ids) =>
      byIds(
        ids,
        await this.tx
          .readOwnWrites(ctx)
          .getRepository(Opening)
          .findBy({ id: In([...ids]) }),
      ),
    );
  }

  async access(ctx: RequestContext, id: string): Promise<{ opening: Opening; runs: boolean }> {
    const { row: opening, granted } = await this.accessLayer.load(ctx, OPENING_ACCESS, this.byId(ctx), id);
    return { opening, runs: granted.canRun };
  }

  async get(ctx: RequestContext, id: string): Promise<Opening> {
    return (await this.access(ctx, id)).opening;
  }

  /** An opening a referral may name: visible to the caller, open, its deadline not passed. */
  async referable(ctx: RequestContext, id: string): Promise<Opening> {
    const { opening } = await this.access(ctx, id);
    if (opening.status !== 'OPEN' || opening.deadline < seoulDate()) throw new AppError('OPENING_NOT_OPEN');
    return opening;
  }

  async list(ctx: RequestContext, args: OpeningsArgs): Promise<Page<Opening>> {
    const qb = this.accessLayer.filter(ctx, OPENING_ACCESS, this.db.getRepository(Opening).createQueryBuilder('o'), 'o');
    if (args.open) qb.andWhere("o.status = 'OPEN' AND o.deadline >= :today", { today: seoulDate() });
    if (args.mine) qb.andWhere('o.organization_id = :own', { own: ctx.activeOrganizationId });
    qb.orderBy('o.deadline', 'ASC').addOrderBy('o.id', 'ASC');
    const [items, totalCount] = await qb.skip(args.offset).take(args.limit).getManyAndCount();
    for (const o of items) this.byId(ctx).prime(o.id, o);
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  /** Posts an opening of the active organization to a stream it is in, or changes one it posted. */
  async save(ctx: RequestContext, input: OpeningInput): Promise<Opening> {
    const org = ctx.activeOrganizationId;
    if (!org) throw new AppError('FORBIDDEN');
    if (input.id && !(await this.access(ctx, input.id)).runs) throw new AppError('FORBIDDEN');
    const stream = await this.funding.findAccess(ctx, input.streamId);
    if (!stream?.memberRole) throw new AppError('OPENING_STREAM_NOT_MEMBER');
    if (!input.id && input.deadline < seoulDate())
      throw new AppError('OPENING_DEADLINE_PAST', {
        fields: [problem('deadline', 'min', OPENINGS_FIELDS.deadlineMin)],
      });
    return this.tx.run(ctx, async (em) => {
      const repo = em.getRepository(Opening);
      const existing = input.id ? await repo.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } }) : null;
      const before = existing ? { ...existing } : null;
      const o = existing ?? repo.create({ organizationId: org, status: 'OPEN' });
      o.streamId = input.streamId;
      o.kind = input.kind;
      o.title = input.title.trim();
      o.description = input.description?.trim() || null;
      o.skills = (input.skills ?? []).map((s) => s.trim()).filter(Boolean);
      o.programmeIds = [...new Set(input.programmeIds ?? [])];
      o.employmentType = input.kind === 'MENTORING' ? null : (input.employmentType ?? (input.kind === 'JOB' ? 'FULL_TIME' : 'FIXED_TERM'));
      o.places = input.places ?? 1;
      o.deadline = input.deadline;
      if (input.status) o.status = input.status;
      await em.save(o);
      this.byId(ctx).clear(o.id).prime(o.id, o);
      await this.audit.record(ctx, {
        action: existing ? 'opening.update' : 'opening.create',
        entityType: 'opening',
        entityId: o.id,
        organizationId: o.organizationId,
        changes: diff(before, o, FIELDS),
      });
      return o;
    });
  }

  /** A hire took a place: the opening is FILLED once every place is taken (inside the hiring transaction). */
  async placeTaken(ctx: RequestContext, openingId: string, hires: number): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    await em.query(`UPDATE opening SET status = 'FILLED', updated_at = now() WHERE id = $1 AND status = 'OPEN' AND places <= $2`, [
      openingId,
      hires,
    ]);
    this.byId(ctx).clear(openingId);
  }
}
