import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../../core/access/access.service';
import { RequestContext } from '../../core/context/request-context';
import { AppError, problem } from '../../core/errors/app-error';
import { ProgrammeSessionService, PROGRAMMES, PROGRAMME_SESSIONS } from '../programmes';
import { MENTOR_ACCESS } from './mentor.access';
import type { Mentor } from './mentor.entity';
import { MentorService } from './mentor.service';
import type { MentorSuggestion } from './mentors.dto';
import { MENTORS_FIELDS } from './mentors.errors';
import { ORGANIZATIONS } from '../organizations';
import { STREAM_MEMBERS } from '../funding';

/** Suggested mentors for a class session, ranked with their reasons (npm run bench -- link measures it at scale). */
@Injectable()
export class MentorSuggestionService {
  constructor(
    private readonly accessLayer: AccessService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: ProgrammeSessionService,
    private readonly mentors: MentorService,
  ) {}

  /**
   * Mentors for a session, best first, in one statement: among the active mentors of the stream's organizations whom
   * the session would not overlap or take over their weekly hours, rank by skills asked for (×3), working in the
   * host's district (×2), usually free that weekday (×1), and a lighter week.
   */
  async suggest(ctx: RequestContext, sessionId: string, skills: string[], limit: number): Promise<MentorSuggestion[]> {
    if (skills.length > 20 || skills.some((k) => k.length > 60))
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('skills', 'arrayMaxSize', MENTORS_FIELDS.skillsArrayMaxSize)],
      });
    const { session, access } = await this.sessions.sessionAccess(ctx, sessionId);
    if (!access.runs) throw new AppError('FORBIDDEN');
    const params: unknown[] = [
      session.id,
      access.programme.streamId,
      skills.map((s) => s.trim().toLowerCase()).filter(Boolean),
      Math.min(Math.max(limit, 1), 20),
    ];
    const visible = this.accessLayer.predicate(ctx, MENTOR_ACCESS, 'm', params);
    const rows = (await this.db.query(
      `WITH s AS (
         SELECT ps.id, tstzrange(ps.starts_at, ps.ends_at, '[)') AS during, (date_trunc('week', ps.starts_at AT TIME ZONE 'Asia/Seoul'))::date AS week,
                round(extract(epoch FROM (ps.ends_at - ps.starts_at)) / 60)::int AS minutes,
                extract(isodow FROM ps.starts_at AT TIME ZONE 'Asia/Seoul')::int AS weekday,
                coalesce(ho.admin_code, hp.admin_code) AS district
           FROM ${PROGRAMME_SESSIONS} ps JOIN ${PROGRAMMES} p ON p.id = ps.programme_id JOIN ${ORGANIZATIONS} ho ON ho.id = p.host_organization_id
           LEFT JOIN ${ORGANIZATIONS} hp ON hp.id = ho.parent_id
          WHERE ps.id = $1),
       week_load AS (
         SELECT x.mentor_id, sum(x.minutes)::int AS minutes FROM mentor_assignment x, s
          WHERE x.week = s.week AND x.status IN ('ASSIGNED', 'CONFIRMED') GROUP BY x.mentor_id),
       busy AS (
         SELECT DISTINCT y.mentor_id FROM mentor_assignment y, s WHERE y.status IN ('ASSIGNED', 'CONFIRMED') AND y.during && s.during),
       c AS (
         SELECT m.id, m.skills, m.weekly_hours, coalesce(l.minutes, 0) AS week_minutes,
                s.district = ANY(m.districts) AS in_district, s.weekday = ANY(m.available_weekdays) AS that_day
           FROM mentor m CROSS JOIN s LEFT JOIN week_load l ON l.mentor_id = m.id
          WHERE m.active AND m.organization_id IN (SELECT organization_id FROM ${STREAM_MEMBERS} sm WHERE stream_id = $2) AND (${visible})
            AND coalesce(l.minutes, 0) + s.minutes <= m.weekly_hours * 60
            AND NOT EXISTS (SELECT 1 FROM busy b WHERE b.mentor_id = m.id)),
       ranked AS (
         SELECT c.*, ARRAY(SELECT k FROM unnest(c.skills) k WHERE lower(k) = ANY($3::text[])) AS matched FROM c)
       SELECT r.id, r.week_minutes, r.matched, r.in_district, r.that_day, r.weekly_hours * 60 AS capacity,
              cardinality(r.matched) * 3 + (CASE WHEN r.in_district THEN 2 ELSE 0 END) + (CASE WHEN r.that_day THEN 1 ELSE 0 END) AS score
         FROM ranked r
        ORDER BY score DESC, r.week_minutes::float / (r.weekly_hours * 60) ASC, r.id
        LIMIT $4`,
      params,
    )) as Array<{
      id: string;
      week_minutes: number;
      matched: string[];
      in_district: boolean | null;
      that_day: boolean | null;
      capacity: number;
      score: number;
    }>;
    const mentors = await this.mentors.byId(ctx).loadMany(rows.map((r) => r.id));
    return rows.map((r, i) => ({
      mentor: mentors[i] as Mentor,
      score: r.score,
      matchedSkills: r.matched,
      inDistrict: !!r.in_district,
      availableThatDay: !!r.that_day,
      weekMinutes: r.week_minutes,
      capacityMinutes: r.capacity,
    }));
  }
}
