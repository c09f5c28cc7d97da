import { SelfCheckIn } from './self-check-in';
import { AuthModule } from '../auth';
import { AttendanceLiveResolver } from './attendance-live';
import { Module } from '@nestjs/common';
import { RosterFileController } from './roster-file.controller';
import { RosterFileService } from './roster-file.service';
import { OrganizationsModule } from '../organizations';
import { ProgrammesModule } from '../programmes';
import { ParticipantsModule } from '../participants';
import { EnrolmentService } from './enrolment.service';
import { AttendanceService } from './attendance.service';
import { EnrolmentRules } from './enrolment-rules';
import { ApplicantPlaces } from './applicant-places';
import { ProgrammeEventsHandler } from './programme-events.handler';
import { ParticipantEventsHandler } from './participant-events.handler';
import {
  EnrolmentResolver,
  ParticipantEnrolmentResolver,
  ProgrammeEnrolmentResolver,
  SessionAttendanceResolver,
} from './enrolments.resolver';

@Module({
  imports: [AuthModule, OrganizationsModule, ProgrammesModule, ParticipantsModule],
  providers: [
    EnrolmentRules,
    ApplicantPlaces,
    ProgrammeEventsHandler,
    ParticipantEventsHandler,
    EnrolmentService,
    AttendanceService,
    SelfCheckIn,
    AttendanceLiveResolver,
    RosterFileService,
    EnrolmentResolver,
    ProgrammeEnrolmentResolver,
    ParticipantEnrolmentResolver,
    SessionAttendanceResolver,
  ],
  controllers: [RosterFileController],
  exports: [EnrolmentService, ApplicantPlaces, SelfCheckIn],
})
export class EnrolmentsModule {}
