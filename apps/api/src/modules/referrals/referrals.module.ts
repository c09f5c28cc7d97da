import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { ProgrammesModule } from '../programmes';
import { ParticipantsModule } from '../participants';
import { EnrolmentsModule } from '../enrolments';
import { OpportunitiesModule } from '../opportunities';
import { ReferralService } from './referral.service';
import { ReferralSharingService } from './referral-sharing.service';
import { ReferralResolver } from './referrals.resolver';
import { ReferralEventsHandler } from './referral-events.handler';

@Module({
  imports: [OrganizationsModule, ProgrammesModule, ParticipantsModule, EnrolmentsModule, OpportunitiesModule],
  providers: [ReferralService, ReferralSharingService, ReferralEventsHandler, ReferralResolver],
})
export class ReferralsModule {}
