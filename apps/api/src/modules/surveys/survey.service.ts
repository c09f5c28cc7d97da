import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Permission, SMALL_CELL_MIN, SURVEY_ITEMS, SURVEY_PUBLISH_BATCH, seoulDate, type SurveyChannel } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { PiiCipher, PARTICIPANTS } from '../participants';
import { PROGRAMME_ACCESS, PROGRAMMES } from '../programmes';
import { suppressColumn } from '@lalaland/shared';
import { Survey, type SurveyResults } from './survey.entity';
import { ENROLMENTS } from '../enrolments';
import { ORGANIZATIONS } from '../organizations';

/** Enrolments a survey is for: those who took part (enrolled, completed, not completed). */
const INVITED = `('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SurveyLink {
  enrolmentId: string;
  /** The participant's pseudonymous key (the roster's), to hand the right slip to the right person. */
  participantKey: string;
  token: string;
}

export interface SurveyForm {
  programmeTitle: string;
  hostName: string;
  closed: boolean;
  answered: boolean;
}

/**
 * Satisfaction surveys: one per programme, opened by its host; each participant's one-time link is a keyed MAC of the
 * survey and enrolment (nothing secret is stored; a receipt makes it single use); answers are anonymous (no enrolment,
 * only the day); paper answers are entered by staff up to the number of participants; the counters the satisfaction
 * KPI reads move in the same transaction as each answer.
 */
@Injectable()
export class SurveyService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly accessLayer: AccessService,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
  ) {}

  /** The caller may run the programme's survey (host or co-host staff). */
  private async runs(ctx: RequestContext, programmeId: string): Promise<void> {
    const g = await this.accessLayer.require(ctx, PROGRAMME_ACCESS, programmeId);
    if (!(g.insider && ctx.can(Permission.ProgrammeWrite))) throw new AppError('FORBIDDEN');
  }

  /** The programme's survey, if opened (whoever sees the programme sees its anonymous results). */
  async ofProgramme(ctx: RequestContext, programmeId: string): Promise<Survey | null> {
    await this.accessLayer.require(ctx, PROGRAMME_ACCESS, programmeId);
    return this.db.getRepository(Survey).findOneBy({ programmeId });
  }

  async open(ctx: RequestContext, programmeId: string): Promise<Survey> {
    await this.runs(ctx, programmeId);
    return this.tx.run(ctx, async (em) => {
      await em.query(
        'INSERT INTO survey (programme_id, opened_by_id) VALUES ($1, $2) ON CONFLICT (programme_id) DO UPDATE SET closed_at = NULL, updated_at = now()',
        [programmeId, ctx.userId],
      );
      const s = await em.findOneByOrFail(Survey, { programmeId });
      await this.audit.record(ctx, {
        action: 'survey.open',
        entityType: 'survey',
        entityId: s.id,
        organizationId: ctx.activeOrganizationId,
        changes: { closedAt: [null, null] },
      });
      return s;
    });
  }

  async close(ctx: RequestContext, surveyId: string): Promise<Survey> {
    const s = await this.byIdFor(ctx, surveyId);
    await this.runs(ctx, s.programmeId);
    return this.tx.run(ctx, async (em) => {
      await em.query('SELECT 1 FROM survey WHERE id = $1 FOR UPDATE', [s.id]);
      await em.update(Survey, { id: s.id }, { closedAt: new Date() });
      // At close, every answer joins the results (nobody can answer any more, so none stands out).
      await this.publish(em, s.id, 0);
      await this.audit.record(ctx, {
        action: 'survey.close',
        entityType: 'survey',
        entityId: s.id,
        organizationId: ctx.activeOrganizationId,
        changes: { closedAt: [null, 'now'] },
      });
      return em.findOneByOrFail(Survey, { id: s.id });
    });
  }

  private async byIdFor(ctx: RequestContext, surveyId: string): Promise<Survey> {
    const s = UUID.test(surveyId) ? await this.db.getRepository(Survey).findOneBy({ id: surveyId }) : null;
    if (!s || !(await this.accessLayer.find(ctx, PROGRAMME_ACCESS, s.programmeId))) throw new AppError('SURVEY_NOT_FOUND');
    return s;
  }

  /** The one-time link of an enrolment: its id and a keyed MAC (the link is the only copy of the MAC anyone gets). */
  token(surveyId: string, enrolmentId: string): string {
    const id = Buffer.from(enrolmentId.replace(/-/g, ''), 'hex').toString('base64url');
    const mac = Buffer.from(this.cipher.hash(`survey-link:${surveyId}:${enrolmentId}`), 'hex')
      .subarray(0, 12)
      .toString('base64url');
    return id + mac;
  }

  /**
   * Every participant's link, for slips with QR codes (host staff; no personal data: the pseudonymous key only).
   * Whether a link was used is never told: with the results moving, it would tie an answer to its person.
   */
  async links(ctx: RequestContext, surveyId: string): Promise<SurveyLink[]> {
    const s = await this.byIdFor(ctx, surveyId);
    await this.runs(ctx, s.programmeId);
    const rows: Array<{ id: string; key: string }> = await this.db.query(
      `SELECT e.id, pt.pseudonym_key AS key FROM ${ENROLMENTS} e JOIN ${PARTICIPANTS} pt ON pt.id = e.participant_id
        WHERE e.programme_id = $1 AND e.status IN ${INVITED} ORDER BY pt.pseudonym_key LIMIT 500`,
      [s.programmeId],
    );
    return rows.map((r) => ({ enrolmentId: r.id, participantKey: r.key, token: this.token(s.id, r.id) }));
  }

  /** What a link opens (public): the survey's programme, or SURVEY_LINK_INVALID for anything forged or unknown. */
  private async resolve(token: string): Promise<{ survey: Survey; enrolmentId: string; title: string; host: string }> {
    if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{38}$/.test(token)) throw new AppError('SURVEY_LINK_INVALID');
    const hex = Buffer.from(token.slice(0, 22), 'base64url').toString('hex');
    if (hex.length !== 32) throw new AppError('SURVEY_LINK_INVALID');
    const enrolmentId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const [row] = (await this.db.query(
      `SELECT s.id, p.title_ko AS title, o.name_ko AS host FROM ${ENROLMENTS} e JOIN survey s ON s.programme_id = e.programme_id JOIN ${PROGRAMMES} p ON p.id = e.programme_id
         JOIN ${ORGANIZATIONS} o ON o.id = p.host_organization_id WHERE e.id = $1 AND e.status IN ${INVITED}`,
      [enrolmentId],
    )) as Array<{ id: string; title: string; host: string }>;
    if (!row || this.token(row.id, enrolmentId) !== token) throw new AppError('SURVEY_LINK_INVALID');
    const survey = await this.db.getRepository(Survey).findOneByOrFail({ id: row.id });
    return { survey, enrolmentId, title: row.title, host: row.host };
  }

  async form(token: string): Promise<SurveyForm> {
    const { survey, enrolmentId, title, host } = await this.resolve(token);
    const [r] = (await this.db.query('SELECT 1 FROM survey_receipt WHERE survey_id = $1 AND enrolment_id = $2', [
      survey.id,
      enrolmentId,
    ])) as unknown[];
    return { programmeTitle: title, hostName: host, closed: !!survey.closedAt, answered: !!r };
  }

  /** A participant's answer through their link: once (the receipt's key), anonymous (the answer has no enrolment). */
  async answer(ctx: RequestContext, token: string, scores: number[], comment: string | null): Promise<boolean> {
    const { survey, enrolmentId } = await this.resolve(token);
    if (survey.closedAt) throw new AppError('SURVEY_CLOSED');
    checkScores(scores);
    return this.tx.run(ctx, async (em) => {
      const inserted = (await em.query(
        'INSERT INTO survey_receipt (survey_id, enrolment_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1',
        [survey.id, enrolmentId],
      )) as unknown[];
      if (!inserted.length) throw new AppError('SURVEY_ALREADY_ANSWERED');
      await this.record(em, survey.id, [{ scores, comment }], 'ONLINE');
      return true;
    });
  }

  /** Paper answers typed in by the host's staff (never more answers than participants); audited as a count. */
  async enterPaper(ctx: RequestContext, surveyId: string, answers: Array<{ scores: number[]; comment?: string | null }>): Promise<Survey> {
    const s = await this.byIdFor(ctx, surveyId);
    await this.runs(ctx, s.programmeId);
    for (const a of answers) checkScores(a.scores);
    return this.tx.run(ctx, async (em) => {
      const [{ invited }] = (await em.query(
        `SELECT count(*)::int AS invited FROM ${ENROLMENTS} e WHERE programme_id = $1 AND status IN ${INVITED}`,
        [s.programmeId],
      )) as [{ invited: number }];
      const [locked] = (await em.query('SELECT answered_count FROM survey WHERE id = $1 FOR UPDATE', [s.id])) as Array<{
        answered_count: number;
      }>;
      if ((locked?.answered_count ?? 0) + answers.length > invited) throw new AppError('SURVEY_TOO_MANY_ANSWERS');
      await this.record(
        em,
        s.id,
        answers.map((a) => ({ scores: a.scores, comment: a.comment ?? null })),
        'PAPER',
      );
      await this.audit.record(ctx, {
        action: 'survey.paper',
        entityType: 'survey',
        entityId: s.id,
        organizationId: ctx.activeOrganizationId,
        changes: { answers: [null, answers.length] },
      });
      return em.findOneByOrFail(Survey, { id: s.id });
    });
  }

  /** Stores answers unpublished, then publishes the waiting ones once SURVEY_PUBLISH_BATCH have gathered. */
  private async record(
    em: EntityManager,
    surveyId: string,
    answers: Array<{ scores: number[]; comment: string | null }>,
    channel: SurveyChannel,
  ): Promise<void> {
    // Answers to one survey take turns, so a batch is never split between two transactions.
    await em.query('UPDATE survey SET answered_count = answered_count + $2, updated_at = now() WHERE id = $1', [surveyId, answers.length]);
    await em.query(
      `INSERT INTO survey_response (survey_id, answered_on, channel, scores, comment)
       SELECT $1, $2::date, $3, ARRAY(SELECT jsonb_array_elements_text(a->'scores')::smallint), NULLIF(btrim(a->>'comment'), '') FROM jsonb_array_elements($4::jsonb) a`,
      [surveyId, seoulDate(), channel, JSON.stringify(answers)],
    );
    await this.publish(em, surveyId, SURVEY_PUBLISH_BATCH);
  }

  /** Publishes the waiting answers if at least `atLeast` wait: into the results and the KPI's counters, together. */
  private async publish(em: EntityManager, surveyId: string, atLeast: number): Promise<void> {
    await em.query(
      `WITH waiting AS (SELECT id, scores FROM survey_response WHERE survey_id = $1 AND NOT published),
            go AS (SELECT count(*) >= greatest($2, 1) AS ok FROM waiting),
            done AS (UPDATE survey_response r SET published = true FROM waiting w, go WHERE go.ok AND r.id = w.id RETURNING r.scores)
       UPDATE survey SET response_count = response_count + (SELECT count(*) FROM done),
              item_sums = ARRAY(SELECT s.a + COALESCE((SELECT sum(d.scores[s.i]) FROM done d), 0)::int FROM unnest(item_sums) WITH ORDINALITY AS s(a, i) ORDER BY s.i)
        WHERE id = $1 AND (SELECT ok FROM go)`,
      [surveyId, atLeast],
    );
  }

  /**
   * Results: counts, item means and distributions; comments only from 5 answers on (a small class's would identify).
   * Another organization (a stream's other members, the lead, the ministry) sees them as any aggregate leaving the host:
   * under 5 answers no means or distribution, and each distribution's small cells suppressed.
   */
  async results(ctx: RequestContext, s: Survey): Promise<SurveyResults> {
    const g = await this.accessLayer.require(ctx, PROGRAMME_ACCESS, s.programmeId);
    const outside = !g.insider;
    const [{ invited }] = (await this.db.query(
      `SELECT count(*)::int AS invited FROM ${ENROLMENTS} e WHERE programme_id = $1 AND status IN ${INVITED}`,
      [s.programmeId],
    )) as [{ invited: number }];
    const counts: Array<{ i: number; v: number; n: number }> = await this.db.query(
      'SELECT i, r.scores[i] AS v, count(*)::int AS n FROM survey_response r, generate_series(1, 5) i WHERE r.survey_id = $1 AND r.published GROUP BY 1, 2',
      [s.id],
    );
    // Random ids, so an order unrelated to when each came.
    const comments: Array<{ comment: string }> =
      s.responseCount >= SMALL_CELL_MIN
        ? await this.db.query(
            'SELECT comment FROM survey_response WHERE survey_id = $1 AND published AND comment IS NOT NULL ORDER BY id LIMIT 100',
            [s.id],
          )
        : [];
    const few = outside && s.responseCount < SMALL_CELL_MIN;
    return {
      responses: s.responseCount,
      answered: s.answeredCount,
      invited,
      items: SURVEY_ITEMS.map((item, i) => {
        const distribution = [1, 2, 3, 4, 5].map((v) => counts.find((c) => c.i === i + 1 && c.v === v)?.n ?? 0);
        return {
          item,
          mean: s.responseCount && !few ? Math.round(((s.itemSums[i] ?? 0) / s.responseCount) * 100) / 100 : null,
          distribution: few ? [] : outside ? suppressColumn(distribution).cells : distribution,
        };
      }),
      comments: comments.map((c) => c.comment),
    };
  }
}

function checkScores(scores: number[]): void {
  if (!Array.isArray(scores) || scores.length !== SURVEY_ITEMS.length || !scores.every((v) => Number.isInteger(v) && v >= 1 && v <= 5))
    throw new AppError('SURVEY_SCORES_INVALID');
}
