import { Injectable } from '@nestjs/common';
import type { TaskRecordType } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import type { AccessPolicy } from '../../core/access/access-policy';
import { RequestContext } from '../../core/context/request-context';
import { BudgetService } from '../funding';
import { PROGRAMME_ACCESS } from '../programmes';
import { REFERRAL_ACCESS } from '../referrals';
import { ACTIVITY_ACCESS } from '../activities';
import { OPENING_ACCESS } from '../opportunities';

const POLICIES: Readonly<Record<Exclude<TaskRecordType, 'EXPENDITURE'>, AccessPolicy>> = {
  PROGRAMME: PROGRAMME_ACCESS,
  REFERRAL: REFERRAL_ACCESS,
  ACTIVITY: ACTIVITY_ACCESS,
  OPENING: OPENING_ACCESS,
};

/** A record a task points at must be one the caller sees (its module's own rule answers the NOT_FOUND). */
@Injectable()
export class TaskRecords {
  constructor(
    private readonly accessLayer: AccessService,
    private readonly budget: BudgetService,
  ) {}

  async require(ctx: RequestContext, type: TaskRecordType, id: string): Promise<void> {
    if (type === 'EXPENDITURE') await this.budget.expenditureAccess(ctx, id);
    else await this.accessLayer.require(ctx, POLICIES[type], id);
  }
}
