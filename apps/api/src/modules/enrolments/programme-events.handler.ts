import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { OnEvent } from '../../core/events/domain-events';
import { AppError } from '../../core/errors/app-error';
import { lockProgramme, type ProgrammeEvents } from '../programmes';
import { EnrolmentRules } from './enrolment-rules';

/** Enrolments' side of the programme lifecycle, inside the programme's transaction (its row already locked). */
@Injectable()
export class ProgrammeEventsHandler {
  constructor(
    private readonly tx: Transactions,
    private readonly rules: EnrolmentRules,
  ) {}

  /** Opening recruitment seats the applications in order; completing judges completion and issues certificates. */
  @OnEvent('programme.status_changed', 'transaction')
  async statusChanged(ctx: RequestContext, e: ProgrammeEvents['programme.status_changed']): Promise<void> {
    if (e.to !== 'RECRUITING' && e.to !== 'COMPLETED') return;
    await this.tx.run(ctx, async (em) => {
      const p = await lockProgramme(em, e.programmeId);
      if (e.to === 'RECRUITING') await this.rules.fillSeats(ctx, em, p);
      else await this.rules.complete(ctx, em, p);
    });
  }

  /** A session with attendance taken is kept (its minutes count towards completion). */
  @OnEvent('session.deleting', 'transaction')
  async sessionDeleting(ctx: RequestContext, e: ProgrammeEvents['session.deleting']): Promise<void> {
    const taken = await this.tx.readOwnWrites(ctx).query('SELECT 1 FROM attendance WHERE session_id = $1 LIMIT 1', [e.sessionId]);
    if (taken.length) throw new AppError('SESSION_HAS_ATTENDANCE');
  }

  /** More seats: the waitlist moves up. */
  @OnEvent('programme.capacity_raised', 'transaction')
  async capacityRaised(ctx: RequestContext, e: ProgrammeEvents['programme.capacity_raised']): Promise<void> {
    await this.tx.run(ctx, async (em) => {
      const p = await lockProgramme(em, e.programmeId);
      await this.rules.fillSeats(ctx, em, p);
    });
  }
}
