import { Injectable } from '@nestjs/common';
import { Permission, type CommentRecordType, type DocumentRecordType } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import { RequestContext } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { BudgetService } from '../funding';
import { PROGRAMME_ACCESS } from '../programmes';
import { REFERRAL_ACCESS } from '../referrals';
import { TASK_ACCESS } from '../tasks';
import { ANNOUNCEMENT_ACCESS } from '../announcements';

/** Records documents and comments belong to. */
export type RecordType = DocumentRecordType | CommentRecordType;

/** What the caller may do with the documents of one record (its module's own rule decides; NOT_FOUND otherwise). */
export interface RecordGrant {
  /** Upload to it. */
  write: boolean;
  /** Its documents hold personal data whatever the uploader said (a referral's). */
  personal: boolean;
}

/**
 * Access to what hangs off a record (documents, comments) follows the record: seeing the record is seeing them; adding
 * a document needs the record's own organization (and the permission that edits such records). One place per record
 * type, from its module's policy; a module listed after this one (meetings) registers its type at start.
 */
@Injectable()
export class RecordAccess {
  private readonly registered = new Map<RecordType, (ctx: RequestContext, id: string) => Promise<RecordGrant>>();

  constructor(
    private readonly accessLayer: AccessService,
    private readonly budget: BudgetService,
  ) {}

  /** A later module's record type (its own rule, as a grant). */
  register(type: RecordType, grant: (ctx: RequestContext, id: string) => Promise<RecordGrant>): void {
    this.registered.set(type, grant);
  }

  async grant(ctx: RequestContext, type: RecordType, id: string): Promise<RecordGrant> {
    const admin = ctx.isPlatformAdmin;
    switch (type) {
      case 'EXPENDITURE': {
        const { exp } = await this.budget.expenditureAccess(ctx, id);
        return { write: admin || (exp.organizationId === ctx.activeOrganizationId && ctx.can(Permission.ExpenditureWrite)), personal: false };
      }
      case 'PROGRAMME': {
        const g = await this.accessLayer.require(ctx, PROGRAMME_ACCESS, id);
        return { write: admin || (!!(g.host || g.cohost) && ctx.can(Permission.ProgrammeWrite)), personal: false };
      }
      case 'REFERRAL': {
        const g = await this.accessLayer.require(ctx, REFERRAL_ACCESS, id);
        return { write: admin || (!!(g.sender || g.recipient) && ctx.can(Permission.ParticipantManage)), personal: true };
      }
      case 'ANNOUNCEMENT': {
        const g = await this.accessLayer.require(ctx, ANNOUNCEMENT_ACCESS, id);
        return { write: admin || (!!g.sent && ctx.can(Permission.CoordinationWrite)), personal: false };
      }
      case 'TASK': {
        const g = await this.accessLayer.require(ctx, TASK_ACCESS, id);
        return { write: admin || (!!(g.asks || g.does) && ctx.can(Permission.CoordinationWrite)), personal: false };
      }
      default: {
        const grant = this.registered.get(type);
        if (!grant) throw new AppError('DOCUMENT_NOT_FOUND');
        return grant(ctx, id);
      }
    }
  }
}
