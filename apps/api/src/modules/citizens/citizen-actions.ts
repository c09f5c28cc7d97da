import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PRIVACY_REQUEST_KINDS, type PrivacyRequestKind } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { isUuid } from '../../core/graphql/pagination';
import { ConsentService } from '../participants';
import { ApplicantPlaces, SelfCheckIn, type SelfCheckInResult } from '../enrolments';
import { ApplyService } from '../applications';
import { MentorSelfLog } from '../mentors';
import type { Person } from './citizen-sessions';
import { CheckInCodes } from './check-in-codes';
import { MyExport, type MyData } from './my-export';
import { MyLearningReader, type MyConsent, type MyLearning } from './my-learning';
import { PrivacyRequests, type MyRequest } from './privacy-requests.service';

/**
 * What a signed-in citizen does in their space, each on their own records only (the person's holdings): anything of
 * anyone else answers CITIZEN_ITEM_NOT_FOUND, the same as what does not exist.
 */
@Injectable()
export class CitizenActions {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly reader: MyLearningReader,
    private readonly exporter: MyExport,
    private readonly requestsService: PrivacyRequests,
    private readonly consents: ConsentService,
    private readonly places: ApplicantPlaces,
    private readonly apply: ApplyService,
    private readonly codes: CheckInCodes,
    private readonly selfCheckIn: SelfCheckIn,
    private readonly mentorLog: MentorSelfLog,
  ) {}

  private ids(p: Person) {
    return p.holdings.map((h) => h.participantId);
  }

  learning(ctx: RequestContext, p: Person): Promise<MyLearning> {
    return this.reader.read(ctx, p);
  }

  async enrolmentOf(p: Person, id: string): Promise<{ id: string; title: string; status: string; applicationId: string | null }> {
    const [e] = isUuid(id)
      ? ((await this.db.query(
          `SELECT e.id, e.status, p.title_ko AS title, (SELECT a.id FROM application a WHERE a.enrolment_id = e.id LIMIT 1) AS "applicationId"
             FROM enrolment e JOIN programme p ON p.id = e.programme_id WHERE e.id = $1 AND e.participant_id = ANY($2::uuid[])`,
          [id, this.ids(p)],
        )) as Array<{ id: string; title: string; status: string; applicationId: string | null }>)
      : [];
    if (!e || !['ENROLLED', 'WAITLISTED', 'APPLIED'].includes(e.status)) throw new AppError('CITIZEN_ITEM_NOT_FOUND');
    return e;
  }

  /** The person cancels: through their application when there is one (it is cancelled with it), else the enrolment. */
  async cancel(ctx: RequestContext, p: Person, id: string): Promise<string> {
    const e = await this.enrolmentOf(p, id);
    if (e.applicationId) await this.apply.cancel(ctx, this.apply.token(e.applicationId));
    else await this.tx.run(ctx, (em) => this.places.cancel(ctx, em, e.id));
    return e.title;
  }

  async consentOf(ctx: RequestContext, p: Person, id: string): Promise<MyConsent> {
    const c = await this.reader.consent(ctx, p, id);
    if (!c) throw new AppError('CITIZEN_ITEM_NOT_FOUND');
    return c;
  }

  async withdraw(ctx: RequestContext, p: Person, id: string): Promise<void> {
    await this.consents.withdrawByPerson(ctx, id, this.ids(p));
  }

  requests(p: Person): Promise<MyRequest[]> {
    return this.requestsService.ofPerson(p);
  }

  request(ctx: RequestContext, p: Person, kind: string, detail: string): Promise<number> {
    if (!(PRIVACY_REQUEST_KINDS as readonly string[]).includes(kind)) throw new AppError('PRIVACY_REQUEST_DETAIL_REQUIRED');
    return this.requestsService.create(ctx, p.holdings, kind as PrivacyRequestKind, detail, 'ONLINE');
  }

  exportData(ctx: RequestContext, p: Person): Promise<MyData> {
    return this.exporter.gather(ctx, p);
  }

  exportPdf(ctx: RequestContext, p: Person): Promise<Buffer> {
    return this.exporter.pdf(ctx, p);
  }

  historyPdf(ctx: RequestContext, p: Person): Promise<Buffer> {
    return this.exporter.history(ctx, p);
  }

  certificatePdf(ctx: RequestContext, p: Person, code: string, origin: string): Promise<Buffer | null> {
    return this.exporter.certificate(ctx, p, code, origin);
  }

  /** A ticket for the check-in page: from a QR code valid now, or a ticket still good; null otherwise. */
  ticketFor(sessionId: string, code: string | null, ticket: string | null): string | null {
    if (!isUuid(sessionId)) return null;
    if (code && this.codes.valid(sessionId, code)) return this.codes.ticket(sessionId);
    if (ticket && this.codes.ticketValid(sessionId, ticket)) return ticket;
    return null;
  }

  async checkInTarget(sessionId: string): Promise<{ title: string; startsAt: Date }> {
    const [s] = (await this.db.query(
      `SELECT p.title_ko AS title, s.starts_at AS "startsAt" FROM programme_session s JOIN programme p ON p.id = s.programme_id
        WHERE s.id = $1 AND s.cancelled_at IS NULL`,
      [sessionId],
    )) as Array<{ title: string; startsAt: Date }>;
    if (!s) throw new AppError('CHECK_IN_SESSION_UNAVAILABLE');
    return s;
  }

  /** A learner's check-in; or, for a mentor confirmed at the session (and not on its roster), their time logged. */
  async checkIn(
    ctx: RequestContext,
    p: Person,
    sessionId: string,
  ): Promise<SelfCheckInResult | { mentorMinutes: number; title: string; already: boolean }> {
    try {
      return await this.selfCheckIn.checkIn(ctx, sessionId, this.ids(p));
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'CHECK_IN_NOT_ENROLLED') throw e;
      const logged = await this.mentorLog.logAtSession(ctx, sessionId, this.ids(p));
      if (!logged) throw e;
      return { mentorMinutes: logged.minutes, title: logged.title, already: logged.already };
    }
  }
}
