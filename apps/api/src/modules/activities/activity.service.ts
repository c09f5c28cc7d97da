import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AGE_BANDS, ageBandOf, generationMixIndex, seoulDate, type AgeBand } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import { AuditService, diff } from '../../core/audit/audit.service';
import { RequestContext, byIds, groupByIds } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError, problem } from '../../core/errors/app-error';
import type { Page } from '../../core/graphql/pagination';
import { FundingService } from '../funding';
import { ConsentService, ParticipantService } from '../participants';
import { ACTIVITY_ACCESS } from './activity.access';
import { Activity, ActivityParticipant } from './activity.entity';
import type { ActivitiesArgs, ActivityFigures, ActivityHoursInput, ActivityInput, ActivityPeopleInput } from './activities.dto';
import { ACTIVITIES_FIELDS } from './activities.errors';

const FIELDS: Array<keyof Activity> = [
  'kind',
  'title',
  'description',
  'startsOn',
  'endsOn',
  'streamId',
  'leaderParticipantId',
  'openHeadcount',
];

/**
 * Citizens' activities supported by an organization: who takes part (its own participants, each one's age band
 * snapshotted at joining), the hours they give, and the generation mix. Figures are counts; names stay with the holder.
 */
@Injectable()
export class ActivityService {
  constructor(
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly funding: FundingService,
    private readonly participants: ParticipantService,
    private readonly consents: ConsentService,
  ) {}

  /** The caller's capabilities on one activity (its policy's), or null where it may not see it: batched per request tick. */
  granted(ctx: RequestContext, id: string) {
    return this.accessLayer.find(ctx, ACTIVITY_ACCESS, id);
  }

  byId(ctx: RequestContext) {
    return ctx.loader<Activity>('activity.byId', async (ids) =>
      byIds(
        ids,
        await this.tx
          .readOwnWrites(ctx)
          .getRepository(Activity)
          .findBy({ id: In([...ids]) }),
      ),
    );
  }

  async access(ctx: RequestContext, id: string): Promise<{ activity: Activity; runs: boolean }> {
    const { row: activity, granted } = await this.accessLayer.load(ctx, ACTIVITY_ACCESS, this.byId(ctx), id);
    return { activity, runs: granted.canRun };
  }

  async get(ctx: RequestContext, id: string): Promise<Activity> {
    return (await this.access(ctx, id)).activity;
  }

  /** Activities the caller sees (its own, and its streams'), newest first. */
  async list(ctx: RequestContext, args: ActivitiesArgs): Promise<Page<Activity>> {
    const qb = this.accessLayer.filter(ctx, ACTIVITY_ACCESS, this.db.getRepository(Activity).createQueryBuilder('a'), 'a');
    if (args.kind) qb.andWhere('a.kind = :kind', { kind: args.kind });
    if (args.mine) qb.andWhere('a.organization_id = :own', { own: ctx.activeOrganizationId });
    qb.orderBy('a.starts_on', 'DESC').addOrderBy('a.id', 'DESC');
    const [items, totalCount] = await qb.skip(args.offset).take(args.limit).getManyAndCount();
    for (const a of items) this.byId(ctx).prime(a.id, a);
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  /** Creates an activity for the active organization, or changes one it runs. */
  async save(ctx: RequestContext, input: ActivityInput): Promise<Activity> {
    const org = ctx.activeOrganizationId;
    if (!org) throw new AppError('FORBIDDEN');
    if (input.id && !(await this.access(ctx, input.id)).runs) throw new AppError('FORBIDDEN');
    if (input.endsOn && input.endsOn < input.startsOn)
      throw new AppError('ACTIVITY_NOT_ENDED_BEFORE_START', {
        fields: [problem('endsOn', 'min', ACTIVITIES_FIELDS.endsOnMin)],
      });
    if (input.streamId) {
      const stream = await this.funding.findAccess(ctx, input.streamId);
      if (!stream?.memberRole) throw new AppError('ACTIVITY_STREAM_NOT_MEMBER');
    }
    if (input.leaderParticipantId) await this.participants.own(ctx, input.leaderParticipantId);
    return this.tx.run(ctx, async (em) => {
      const repo = em.getRepository(Activity);
      const existing = input.id ? await repo.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } }) : null;
      const before = existing ? { ...existing } : null;
      const a = existing ?? repo.create({ organizationId: org, openHeadcount: 0 });
      a.kind = input.kind;
      a.title = input.title.trim();
      a.description = input.description?.trim() || null;
      a.startsOn = input.startsOn;
      a.endsOn = input.endsOn ?? null;
      a.streamId = input.streamId ?? null;
      a.leaderParticipantId = input.leaderParticipantId ?? null;
      if (input.openHeadcount !== undefined && input.openHeadcount !== null) a.openHeadcount = input.openHeadcount;
      await em.save(a);
      this.byId(ctx).clear(a.id).prime(a.id, a);
      await this.audit.record(ctx, {
        action: existing ? 'activity.update' : 'activity.create',
        entityType: 'activity',
        entityId: a.id,
        organizationId: a.organizationId,
        changes: diff(before, a, FIELDS),
      });
      // The leader takes part too.
      if (a.leaderParticipantId) await this.join(ctx, a, [a.leaderParticipantId]);
      return a;
    });
  }

  /** Adds participants the organization holds (with an operation consent); their age band is taken now. Returns how many joined. */
  async addPeople(ctx: RequestContext, input: ActivityPeopleInput): Promise<number> {
    const { activity, runs } = await this.access(ctx, input.activityId);
    if (!runs) throw new AppError('FORBIDDEN');
    const ids = [...new Set(input.participantIds)];
    for (const id of ids) {
      await this.participants.own(ctx, id);
      if (!(await this.consents.hasOperationConsent(ctx, id))) throw new AppError('CONSENT_REQUIRED');
    }
    return this.tx.run(ctx, async () => {
      const added = await this.join(ctx, activity, ids);
      await this.audit.record(ctx, {
        action: 'activity.join',
        entityType: 'activity',
        entityId: activity.id,
        organizationId: activity.organizationId,
        changes: { participants: [null, added] },
      });
      return added;
    });
  }

  private async join(ctx: RequestContext, activity: Activity, participantIds: readonly string[]): Promise<number> {
    const em = this.tx.readOwnWrites(ctx);
    const year = Number(seoulDate().slice(0, 4));
    const people = await Promise.all(participantIds.map((id) => this.participants.byId(ctx).load(id)));
    const rows = people
      .filter((p) => p !== null)
      .map((p) => ({ activityId: activity.id, participantId: p.id, ageBand: ageBandOf(p.birthYear, year) }));
    if (!rows.length) return 0;
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(ActivityParticipant)
      .values(rows)
      .orIgnore()
      .returning(['participantId'])
      .execute();
    this.figures(ctx).clear(activity.id);
    return (result.raw as unknown[]).length;
  }

  async removePerson(ctx: RequestContext, activityId: string, participantId: string): Promise<boolean> {
    const { activity, runs } = await this.access(ctx, activityId);
    if (!runs) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      const r = await em.delete(ActivityParticipant, { activityId, participantId });
      await this.audit.record(ctx, {
        action: 'activity.leave',
        entityType: 'activity',
        entityId: activity.id,
        organizationId: activity.organizationId,
        changes: { participants: [null, -(r.affected ?? 0)] },
      });
      return (r.affected ?? 0) > 0;
    });
  }

  /**
   * The hours many people gave, saved together (a 30-person event is one save): every one of them must take part, or
   * nothing is saved; one audit row per person whose hours changed.
   */
  async setHours(ctx: RequestContext, input: ActivityHoursInput): Promise<ActivityParticipant[]> {
    const { activity, runs } = await this.access(ctx, input.activityId);
    if (!runs) throw new AppError('FORBIDDEN');
    const hours = new Map(input.entries.map((e) => [e.participantId, e.hours]));
    if (hours.size !== input.entries.length)
      throw new AppError('VALIDATION_FAILED', { fields: [problem('entries', 'unique', ACTIVITIES_FIELDS.entriesUnique)] });
    return this.tx.run(ctx, async (em) => {
      const rows = await em
        .getRepository(ActivityParticipant)
        .find({ where: { activityId: activity.id, participantId: In([...hours.keys()]) }, lock: { mode: 'pessimistic_write' } });
      if (rows.length !== hours.size) throw new AppError('PARTICIPANT_NOT_FOUND');
      const changed = rows.filter((r) => Number(r.hours) !== hours.get(r.participantId));
      await em.query(
        'UPDATE activity_participant a SET hours = x.h FROM unnest($2::uuid[], $3::numeric[]) AS x(p, h) WHERE a.activity_id = $1 AND a.participant_id = x.p',
        [activity.id, changed.map((r) => r.participantId), changed.map((r) => hours.get(r.participantId))],
      );
      await this.audit.recordMany(
        ctx,
        changed.map((r) => ({
          action: 'activity.hours',
          entityType: 'activity',
          entityId: activity.id,
          organizationId: activity.organizationId,
          changes: { participantId: r.participantId, hours: [Number(r.hours), hours.get(r.participantId)] },
        })),
      );
      this.figures(ctx).clear(activity.id);
      for (const r of rows) r.hours = hours.get(r.participantId)!;
      return rows;
    });
  }

  /** The people taking part (the supporting organization only; null for others), by joining order. */
  async people(ctx: RequestContext, a: Activity): Promise<ActivityParticipant[] | null> {
    if (!(await this.accessLayer.find(ctx, ACTIVITY_ACCESS, a.id))?.canRun) return null;
    const rows = await this.tx
      .readOwnWrites(ctx)
      .getRepository(ActivityParticipant)
      .find({ where: { activityId: a.id }, order: { joinedAt: 'ASC' }, take: 500 });
    return rows;
  }

  /** Counts by generation, hours and the mix index, for every activity of a request tick in one statement. */
  figures(ctx: RequestContext) {
    return ctx.loader<ActivityFigures>('activity.figures', async (ids) => {
      const rows = (await this.tx
        .readOwnWrites(ctx)
        .query(
          'SELECT activity_id AS id, age_band AS band, count(*)::int AS n, coalesce(sum(hours), 0)::float AS hours FROM activity_participant WHERE activity_id = ANY($1::uuid[]) GROUP BY 1, 2',
          [[...ids]],
        )) as Array<{ id: string; band: AgeBand; n: number; hours: number }>;
      const grouped = groupByIds(ids, rows, (r) => r.id);
      return ids.map((id, i) => {
        const mine = grouped[i] ?? [];
        const counts = Object.fromEntries(mine.map((r) => [r.band, r.n])) as Partial<Record<AgeBand, number>>;
        const participants = mine.reduce((n, r) => n + r.n, 0);
        return {
          participants,
          people: participants,
          hours: Math.round(mine.reduce((h, r) => h + r.hours, 0) * 10) / 10,
          generations: AGE_BANDS.map((band) => ({ band, count: counts[band] ?? 0 })),
          mixIndex: generationMixIndex(counts),
        };
      });
    });
  }

  async figuresOf(ctx: RequestContext, a: Activity): Promise<ActivityFigures> {
    const f = (await this.figures(ctx).load(a.id))!;
    return { ...f, people: f.participants + a.openHeadcount };
  }
}
