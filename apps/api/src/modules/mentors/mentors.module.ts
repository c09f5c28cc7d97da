import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { ProgrammesModule } from '../programmes';
import { ParticipantsModule } from '../participants';
import { MentorService } from './mentor.service';
import { MentorAssignmentService } from './mentor-assignment.service';
import { MentorEventsHandler } from './mentor-events.handler';
import {
  MentorAssignmentResolver,
  MentorGroupResolver,
  MentorResolver,
  ProgrammeMentorResolver,
  SessionMentorResolver,
} from './mentors.resolver';
import { MentorGroupService } from './mentor-group.service';
import { MentorSuggestionService } from './mentor-suggestion.service';
import { FundingModule } from '../funding';
import { MentorSelfLog } from './mentor-self-log';

@Module({
  imports: [OrganizationsModule, FundingModule, ProgrammesModule, ParticipantsModule],
  providers: [
    MentorService,
    MentorAssignmentService,
    MentorSelfLog,
    MentorSuggestionService,
    MentorGroupService,
    MentorGroupResolver,
    MentorEventsHandler,
    MentorResolver,
    MentorAssignmentResolver,
    ProgrammeMentorResolver,
    SessionMentorResolver,
  ],
  exports: [MentorSelfLog],
})
export class MentorsModule {}
