import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { FundingModule } from '../funding';
import { ProgrammeService } from './programme.service';
import { SessionService } from './session.service';
import { VenueService } from './venue.service';
import { InitiativeResolver, InstructorResolver, ProgrammeResolver, SessionResolver } from './programmes.resolver';
import { VenueBookingResolver, VenueResolver } from './venue.resolver';

@Module({
  imports: [OrganizationsModule, FundingModule],
  providers: [ProgrammeService, SessionService, VenueService, ProgrammeResolver, InitiativeResolver, SessionResolver, VenueResolver, VenueBookingResolver, InstructorResolver],
  exports: [ProgrammeService, SessionService, VenueService],
})
export class ProgrammesModule {}
