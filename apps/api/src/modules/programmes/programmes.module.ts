import { ProgrammeSqlReads } from './programme.sql-reads';
import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { FundingModule } from '../funding';
import { ProgrammeService } from './programme.service';
import { ProgrammeLifecycleService } from './programme-lifecycle.service';
import { ProgrammeSessionService } from './programme-session.service';
import { InstructorService } from './instructor.service';
import { VenueBookings } from './venue-bookings';
import { VenueService } from './venue.service';
import { StreamYearHandler } from './stream-year.handler';
import { InitiativeResolver, InstructorResolver, ProgrammeResolver, ProgrammeSessionResolver } from './programmes.resolver';
import { VenueBookingResolver, VenueResolver } from './venue.resolver';

@Module({
  imports: [OrganizationsModule, FundingModule],
  providers: [
    ProgrammeService,
    ProgrammeLifecycleService,
    ProgrammeSessionService,
    InstructorService,
    VenueBookings,
    VenueService,
    StreamYearHandler,
    ProgrammeResolver,
    InitiativeResolver,
    ProgrammeSessionResolver,
    VenueResolver,
    VenueBookingResolver,
    InstructorResolver,
    ProgrammeSqlReads,
  ],
  exports: [ProgrammeService, ProgrammeSessionService, VenueService],
})
export class ProgrammesModule {}
