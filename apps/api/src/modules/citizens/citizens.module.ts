import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants';
import { ProgrammesModule } from '../programmes';
import { EnrolmentsModule } from '../enrolments';
import { MessagingModule } from '../messaging';
import { ApplicationsModule } from '../applications';
import { CitizenSessions } from './citizen-sessions';
import { CitizenTextsHandler } from './citizen-texts.handler';
import { CitizenActions } from './citizen-actions';
import { CheckInCodes } from './check-in-codes';
import { SessionSelfCheckInResolver } from './check-in.resolver';
import { MyLearningReader } from './my-learning';
import { MyExport } from './my-export';
import { PrivacyRequests } from './privacy-requests.service';
import { PrivacyRequestsResolver } from './privacy-requests.resolver';
import { MyController } from './my.controller';
import { MyHttp } from './my-http';
import { MyPhoneController } from './my-phone.controller';
import { FollowUpController } from './follow-up.controller';
import { OutcomesModule } from '../outcomes';
import { MentorsModule } from '../mentors';

@Module({
  imports: [ParticipantsModule, ProgrammesModule, EnrolmentsModule, MessagingModule, ApplicationsModule, OutcomesModule, MentorsModule],
  controllers: [MyController, MyPhoneController, FollowUpController],
  providers: [
    CitizenSessions,
    MyHttp,
    CitizenTextsHandler,
    CitizenActions,
    CheckInCodes,
    SessionSelfCheckInResolver,
    MyLearningReader,
    MyExport,
    PrivacyRequests,
    PrivacyRequestsResolver,
  ],
})
export class CitizensModule {}
