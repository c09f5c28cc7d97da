import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ageBandOf, seoulDate, type MentorKind } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import { AuditService, diff } from '../../core/audit/audit.service';
import { RequestContext, byIds, groupByIds } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { likePattern, type Page } from '../../core/graphql/pagination';
import { ProgrammeService } from '../programmes';
import { ParticipantService, PARTICIPANTS } from '../participants';
import { MENTOR_ACCESS } from './mentor.access';
import { Mentor, MentorCourse, MentorCredential } from './mentor.entity';
import type { MentorsArgs, RecordMentorInput, UpdateMentorInput } from './mentors.dto';
import { ENROLMENTS } from '../enrolments';

const PROFILE_FIELDS: Array<keyof Mentor> = ['skills', 'districts', 'languages', 'weeklyHours', 'availableWeekdays', 'active', 'note'];

/** Hours a week a new mentor is given until staff set their own (the smallest sensible deployment: two classes). */
const DEFAULT_WEEKLY_HOURS = 4;

/**
 * Credentials for the completed enrolments among `enrolmentIds` whose programme is a mentor course: the person's
 * mentor profile is created if missing (held by the organization holding the person), then one credential per kind.
 * Idempotent (the same completion delivered twice adds nothing). Returns what was added, for the audit.
 */
export async function issueCourseCredentials(
  em: EntityManager,
  enrolmentIds: readonly string[],
): Promise<Array<{ id: string; mentor_id: string; organization_id: string; kind: MentorKind }>> {
  if (!enrolmentIds.length) return [];
  const year = Number(seoulDate().slice(0, 4));
  const done: Array<{
    enrolment_id: string;
    participant_id: string;
    organization_id: string;
    birth_year: number;
    district_code: string | null;
    kind: MentorKind;
  }> = await em.query(
    `SELECT e.id AS enrolment_id, p.id AS participant_id, p.organization_id, p.birth_year, p.district_code, mc.kind
       FROM ${ENROLMENTS} e JOIN mentor_course mc ON mc.programme_id = e.programme_id JOIN ${PARTICIPANTS} p ON p.id = e.participant_id
      WHERE e.id = ANY($1::uuid[]) AND e.status = 'COMPLETED' ORDER BY e.id`,
    [enrolmentIds],
  );
  if (!done.length) return [];
  const people = [...new Map(done.map((d) => [d.participant_id, d])).values()];
  await em.query(
    `INSERT INTO mentor (participant_id, organization_id, age_band, weekly_hours, districts)
     SELECT x.participant_id, x.organization_id, x.age_band::age_band, $5, CASE WHEN x.district IS NULL THEN '{}' ELSE ARRAY[x.district] END
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::varchar[]) AS x(participant_id, organization_id, age_band, district)
     ON CONFLICT (participant_id) DO NOTHING`,
    [
      people.map((d) => d.participant_id),
      people.map((d) => d.organization_id),
      people.map((d) => ageBandOf(d.birth_year, year)),
      people.map((d) => d.district_code),
      DEFAULT_WEEKLY_HOURS,
    ],
  );
  return em.query(
    `INSERT INTO mentor_credential (mentor_id, kind, source, enrolment_id, earned_on)
     SELECT m.id, x.kind::mentor_kind, 'COURSE', x.enrolment_id, $4::date
       FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS x(participant_id, enrolment_id, kind) JOIN mentor m ON m.participant_id = x.participant_id
     ON CONFLICT (mentor_id, kind) DO NOTHING
     RETURNING id, mentor_id, (SELECT organization_id FROM mentor WHERE id = mentor_id) AS organization_id, kind`,
    [done.map((d) => d.participant_id), done.map((d) => d.enrolment_id), done.map((d) => d.kind), seoulDate()],
  );
}

/** Mentor profiles and credentials, and which programmes are mentor courses. */
@Injectable()
export class MentorService {
  constructor(
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammeService,
    private readonly participants: ParticipantService,
  ) {}

  /** The caller's capabilities on one mentor (its policy's), or null where it may not see it: batched per request tick. */
  granted(ctx: RequestContext, id: string) {
    return this.accessLayer.find(ctx, MENTOR_ACCESS, id);
  }

  byId(ctx: RequestContext) {
    return ctx.loader<Mentor>('mentor.byId', async (ids) =>
      byIds(
        ids,
        await this.tx
          .readOwnWrites(ctx)
          .getRepository(Mentor)
          .findBy({ id: In([...ids]) }),
      ),
    );
  }

  /** A mentor the caller may see with whether the active organization holds them, or MENTOR_NOT_FOUND. */
  async access(ctx: RequestContext, id: string): Promise<{ mentor: Mentor; held: boolean }> {
    const { row: mentor, granted } = await this.accessLayer.load(ctx, MENTOR_ACCESS, this.byId(ctx), id);
    return { mentor, held: granted.canEdit };
  }

  async get(ctx: RequestContext, id: string): Promise<Mentor> {
    return (await this.access(ctx, id)).mentor;
  }

  /** The mentor pool the caller sees (its own and its streams' partners'), by kind and skill, own first. */
  async list(ctx: RequestContext, args: MentorsArgs): Promise<Page<Mentor>> {
    const qb = this.accessLayer.filter(ctx, MENTOR_ACCESS, this.db.getRepository(Mentor).createQueryBuilder('m'), 'm');
    if (args.kind)
      qb.andWhere('EXISTS (SELECT 1 FROM mentor_credential c WHERE c.mentor_id = m.id AND c.kind = :kind)', { kind: args.kind });
    if (args.skill?.trim())
      qb.andWhere("EXISTS (SELECT 1 FROM unnest(m.skills) s WHERE s ILIKE :skill ESCAPE '\\')", { skill: likePattern(args.skill.trim()) });
    if (args.mine) qb.andWhere('m.organization_id = :own', { own: ctx.activeOrganizationId });
    qb.orderBy('m.organization_id = :me', 'DESC')
      .setParameter('me', ctx.activeOrganizationId)
      .addOrderBy('m.active', 'DESC')
      .addOrderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC');
    const [items, totalCount] = await qb.skip(args.offset).take(args.limit).getManyAndCount();
    for (const m of items) this.byId(ctx).prime(m.id, m);
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  async credentials(ctx: RequestContext, mentorId: string): Promise<MentorCredential[]> {
    return (
      (await ctx
        .loader<MentorCredential[]>('mentor.credentials', async (ids) => {
          const rows = await this.tx
            .readOwnWrites(ctx)
            .getRepository(MentorCredential)
            .find({ where: { mentorId: In([...ids]) }, order: { earnedOn: 'ASC' } });
          return groupByIds(ids, rows, (r) => r.mentorId);
        })
        .load(mentorId)) ?? []
    );
  }

  /** Records a credential with evidence for a participant the active organization holds (the profile is made if missing). */
  async record(ctx: RequestContext, input: RecordMentorInput): Promise<Mentor> {
    const person = await this.participants.own(ctx, input.participantId);
    return this.tx.run(ctx, async (em) => {
      const repo = em.getRepository(Mentor);
      let mentor = await repo.findOne({ where: { participantId: person.id }, lock: { mode: 'pessimistic_write' } });
      if (!mentor) {
        mentor = repo.create({
          participantId: person.id,
          organizationId: person.organizationId,
          ageBand: ageBandOf(person.birthYear, Number(seoulDate().slice(0, 4))),
          weeklyHours: input.weeklyHours ?? DEFAULT_WEEKLY_HOURS,
          skills: input.skills ?? [],
          districts: input.districts ?? (person.districtCode ? [person.districtCode] : []),
          languages: input.languages ?? [],
          availableWeekdays: normalizeWeekdays(input.availableWeekdays ?? []),
          active: true,
          note: input.note ?? null,
        });
        await em.save(mentor);
        await this.audit.record(ctx, {
          action: 'mentor.create',
          entityType: 'mentor',
          entityId: mentor.id,
          organizationId: mentor.organizationId,
          changes: diff(null, mentor, PROFILE_FIELDS),
        });
      }
      const credential = em.getRepository(MentorCredential).create({
        mentorId: mentor.id,
        kind: input.kind,
        source: 'RECORDED',
        enrolmentId: null,
        evidence: input.evidence.trim(),
        earnedOn: seoulDate(),
      });
      await em.save(credential);
      await this.audit.record(ctx, {
        action: 'mentor.credential_record',
        entityType: 'mentor',
        entityId: mentor.id,
        organizationId: mentor.organizationId,
        changes: { kind: [null, input.kind] },
      });
      return mentor;
    });
  }

  /** Edits the profile of a mentor the active organization holds. */
  async update(ctx: RequestContext, input: UpdateMentorInput): Promise<Mentor> {
    const { held } = await this.access(ctx, input.id);
    if (!held) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      const mentor = await em.getRepository(Mentor).findOneOrFail({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      const before = { ...mentor };
      if (input.skills !== undefined) mentor.skills = input.skills.map((s) => s.trim()).filter(Boolean);
      if (input.districts !== undefined) mentor.districts = input.districts;
      if (input.languages !== undefined) mentor.languages = input.languages.map((s) => s.trim()).filter(Boolean);
      if (input.weeklyHours !== undefined) mentor.weeklyHours = input.weeklyHours;
      if (input.availableWeekdays !== undefined) mentor.availableWeekdays = normalizeWeekdays(input.availableWeekdays);
      if (input.active !== undefined) mentor.active = input.active;
      if (input.note !== undefined) mentor.note = input.note?.trim() || null;
      await em.save(mentor);
      this.byId(ctx).clear(mentor.id).prime(mentor.id, mentor);
      await this.audit.record(ctx, {
        action: 'mentor.update',
        entityType: 'mentor',
        entityId: mentor.id,
        organizationId: mentor.organizationId,
        changes: diff(before, mentor, PROFILE_FIELDS),
      });
      return mentor;
    });
  }

  /** Marks a programme as a mentor course of a kind (null: no longer one); the host's staff decide. */
  async setCourse(ctx: RequestContext, programmeId: string, kind: MentorKind | null): Promise<MentorKind | null> {
    const access = await this.programmes.access(ctx, programmeId);
    if (!access.runs) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      const [before] = (await em.query('SELECT kind FROM mentor_course WHERE programme_id = $1 FOR UPDATE', [programmeId])) as Array<{
        kind: MentorKind;
      }>;
      if (kind)
        await em.query(
          'INSERT INTO mentor_course (programme_id, kind) VALUES ($1, $2) ON CONFLICT (programme_id) DO UPDATE SET kind = EXCLUDED.kind, updated_at = now()',
          [programmeId, kind],
        );
      else await em.query('DELETE FROM mentor_course WHERE programme_id = $1', [programmeId]);
      this.courseKinds(ctx).clear(programmeId);
      await this.audit.record(ctx, {
        action: 'programme.mentor_course',
        entityType: 'programme',
        entityId: programmeId,
        organizationId: access.programme.hostOrganizationId,
        changes: { mentorCourse: [before?.kind ?? null, kind] },
      });
      return kind;
    });
  }

  private courseKinds(ctx: RequestContext) {
    return ctx.loader<MentorKind | null>('mentor.courseKind', async (ids) => {
      const rows = await this.tx
        .readOwnWrites(ctx)
        .getRepository(MentorCourse)
        .findBy({ programmeId: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.programmeId === id)?.kind ?? null);
    });
  }

  courseKind(ctx: RequestContext, programmeId: string): Promise<MentorKind | null> {
    return this.courseKinds(ctx).load(programmeId);
  }

  /** Credentials for completions of mentor courses (the completion event's after-commit delivery), audited. */
  async issueForCompletions(ctx: RequestContext, enrolmentIds: readonly string[]): Promise<number> {
    return this.tx.run(ctx, async (em) => {
      const added = await issueCourseCredentials(em, enrolmentIds);
      for (const c of added)
        await this.audit.record(ctx, {
          action: 'mentor.credential_earn',
          entityType: 'mentor',
          entityId: c.mentor_id,
          organizationId: c.organization_id,
          changes: { kind: [null, c.kind] },
        });
      return added.length;
    });
  }
}

/** Weekdays once each, in order. */
function normalizeWeekdays(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => a - b);
}
