import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { FundingModule } from '../funding/funding.module';
import { ProgrammeService } from './programme.service';
import { SessionService } from './session.service';
import { EnrolmentRules } from './enrolment-rules';
import { InitiativeResolver, InstructorResolver, ProgrammeResolver, SessionResolver, VenueBookingResolver, VenueResolver } from './programmes.resolver';

@Module({
  imports: [OrganizationsModule, FundingModule],
  providers: [ProgrammeService, SessionService, EnrolmentRules, ProgrammeResolver, InitiativeResolver, SessionResolver, VenueResolver, VenueBookingResolver, InstructorResolver],
  exports: [ProgrammeService, SessionService, EnrolmentRules],
})
export class ProgrammesModule {}
