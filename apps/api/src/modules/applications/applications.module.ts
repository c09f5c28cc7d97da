import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes';
import { ParticipantsModule } from '../participants';
import { EnrolmentsModule } from '../enrolments';
import { MessagingModule } from '../messaging';
import { ApplyController } from './apply.controller';
import { ApplyService } from './apply.service';
import { FirstComeSeats } from './first-come-seats';
import { Confirmations } from './confirmations';
import { StaffApplicationsService } from './staff-applications.service';
import { ApplicationTextsHandler } from './application-texts.handler';
import { ApplicationsMergeHandler } from './participant-merged.handler';
import { ApplicationResolver, ProgrammeApplicationsResolver } from './applications.resolver';

@Module({
  imports: [ProgrammesModule, ParticipantsModule, EnrolmentsModule, MessagingModule],
  controllers: [ApplyController],
  exports: [ApplyService],
  providers: [
    ApplicationsMergeHandler,
    FirstComeSeats,
    ApplyService,
    Confirmations,
    StaffApplicationsService,
    ApplicationTextsHandler,
    ApplicationResolver,
    ProgrammeApplicationsResolver,
  ],
})
export class ApplicationsModule {}
