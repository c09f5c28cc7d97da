import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { ProgrammesModule } from '../programmes';
import { ParticipantsModule } from '../participants';
import { EnrolmentsModule } from '../enrolments';
import { OpeningsModule } from '../openings';
import { ReferralService } from './referral.service';
import { ReferralSharingService } from './referral-sharing.service';
import { ReferralFunnelService } from './referral-funnel';
import { ReferralResolver } from './referrals.resolver';
import { ReferralEventsHandler } from './referral-events.handler';

@Module({
  imports: [OrganizationsModule, ProgrammesModule, ParticipantsModule, EnrolmentsModule, OpeningsModule],
  providers: [ReferralService, ReferralSharingService, ReferralFunnelService, ReferralEventsHandler, ReferralResolver],
})
export class ReferralsModule {}
