import { Injectable } from '@nestjs/common';
import type { TaskRecordType } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import type { AccessPolicy } from '../../core/access/access-policy';
import { RequestContext } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { BudgetService } from '../funding';
import { PROGRAMME_ACCESS } from '../programmes';
import { REFERRAL_ACCESS } from '../referrals';
import { ACTIVITY_ACCESS } from '../activities';
import { OPENING_ACCESS } from '../openings';

const POLICIES: Partial<Record<TaskRecordType, AccessPolicy>> = {
  PROGRAMME: PROGRAMME_ACCESS,
  REFERRAL: REFERRAL_ACCESS,
  ACTIVITY: ACTIVITY_ACCESS,
  OPENING: OPENING_ACCESS,
};

/**
 * A record a task points at must be one the caller sees (its module's own rule answers the NOT_FOUND). A module
 * listed after tasks (meetings) registers its record type's policy at start.
 */
@Injectable()
export class TaskRecords {
  constructor(
    private readonly accessLayer: AccessService,
    private readonly budget: BudgetService,
  ) {}

  private readonly registered = new Map<TaskRecordType, AccessPolicy>();

  register(type: TaskRecordType, policy: AccessPolicy): void {
    this.registered.set(type, policy);
  }

  async require(ctx: RequestContext, type: TaskRecordType, id: string): Promise<void> {
    if (type === 'EXPENDITURE') return void (await this.budget.expenditureAccess(ctx, id));
    const policy = POLICIES[type] ?? this.registered.get(type);
    if (!policy) throw new AppError('TASK_NOT_FOUND');
    await this.accessLayer.require(ctx, policy, id);
  }
}
