import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AccessService } from '../../core/access/access.service';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { MENTOR_ACCESS, MENTOR_GROUP_ACCESS } from './mentor.access';
import { Mentor } from './mentor.entity';
import { MentorGroup, MentorGroupMember } from './mentor-group.entity';
import type { MentorGroupInput } from './mentors.dto';
import { MentorService } from './mentor.service';

/** Mentor groups of the organization holding their members: a coordinator, a roster, the members' verified hours. */
@Injectable()
export class MentorGroupService {
  constructor(
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly mentors: MentorService,
  ) {}

  async list(ctx: RequestContext): Promise<MentorGroup[]> {
    const qb = this.accessLayer.filter(ctx, MENTOR_GROUP_ACCESS, this.db.getRepository(MentorGroup).createQueryBuilder('g'), 'g');
    return qb.orderBy('g.name', 'ASC').take(100).getMany();
  }

  /** Creates a group (no id) or changes one: its members must be mentors the organization holds; the coordinator is one of them. */
  async save(ctx: RequestContext, input: MentorGroupInput): Promise<MentorGroup> {
    const org = ctx.activeOrganizationId;
    if (!org) throw new AppError('FORBIDDEN');
    if (input.id) await this.accessLayer.require(ctx, MENTOR_GROUP_ACCESS, input.id);
    const memberIds = [...new Set([...(input.memberIds ?? []), ...(input.coordinatorId ? [input.coordinatorId] : [])])];
    const granted = await this.accessLayer.check(ctx, MENTOR_ACCESS, memberIds);
    if (memberIds.some((id) => !granted.get(id)?.held)) throw new AppError('MENTOR_NOT_FOUND');
    return this.tx.run(ctx, async (em) => {
      const repo = em.getRepository(MentorGroup);
      const existing = input.id ? await repo.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } }) : null;
      const group = existing ?? repo.create({ organizationId: org });
      group.name = input.name.trim();
      group.coordinatorId = input.coordinatorId ?? null;
      await em.save(group);
      if (memberIds.length)
        await em
          .createQueryBuilder()
          .insert()
          .into(MentorGroupMember)
          .values(memberIds.map((mentorId) => ({ groupId: group.id, mentorId })))
          .orIgnore()
          .execute();
      await this.audit.record(ctx, {
        action: existing ? 'mentor_group.update' : 'mentor_group.create',
        entityType: 'mentor_group',
        entityId: group.id,
        organizationId: org,
        changes: { members: [null, memberIds.length] },
      });
      return group;
    });
  }

  /** The members of every group of a request tick, in one statement (joining order). */
  async members(ctx: RequestContext, groupId: string): Promise<Mentor[]> {
    const found = await ctx
      .loader<Mentor[]>('mentorGroup.members', async (ids) => {
        const links = await this.tx
          .readOwnWrites(ctx)
          .getRepository(MentorGroupMember)
          .find({ where: { groupId: In([...ids]) }, order: { joinedAt: 'ASC' }, take: 5000 });
        const mentors = await this.mentors.byId(ctx).loadMany(links.map((l) => l.mentorId));
        return ids.map((id) =>
          links.flatMap((l, i) => (l.groupId === id && mentors[i] && !(mentors[i] instanceof Error) ? [mentors[i]] : [])),
        );
      })
      .load(groupId);
    return found ?? [];
  }

  /** The members' verified minutes, all groups of a request tick in one statement. */
  verifiedMinutes(ctx: RequestContext, groupId: string): Promise<number> {
    return ctx
      .loader<number>('mentorGroup.minutes', async (ids) => {
        const rows = (await this.tx
          .readOwnWrites(ctx)
          .query(
            'SELECT gm.group_id AS id, coalesce(sum(a.logged_minutes), 0)::int AS minutes FROM mentor_group_member gm JOIN mentor_assignment a ON a.mentor_id = gm.mentor_id AND a.verified_at IS NOT NULL WHERE gm.group_id = ANY($1::uuid[]) GROUP BY 1',
            [[...ids]],
          )) as Array<{ id: string; minutes: number }>;
        return ids.map((id) => rows.find((r) => r.id === id)?.minutes ?? 0);
      })
      .load(groupId) as Promise<number>;
  }

  coordinator(ctx: RequestContext, g: MentorGroup): Promise<Mentor | null> {
    return g.coordinatorId ? this.mentors.byId(ctx).load(g.coordinatorId) : Promise.resolve(null);
  }
}
