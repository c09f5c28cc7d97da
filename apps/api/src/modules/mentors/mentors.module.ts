import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { ProgrammesModule } from '../programmes';
import { ParticipantsModule } from '../participants';
import { MentorService } from './mentor.service';
import { MentorAssignmentService } from './mentor-assignment.service';
import { MentorEventsHandler } from './mentor-events.handler';
import { MentorAssignmentResolver, MentorResolver, ProgrammeMentorResolver, SessionMentorResolver } from './mentors.resolver';

@Module({
  imports: [OrganizationsModule, ProgrammesModule, ParticipantsModule],
  providers: [MentorService, MentorAssignmentService, MentorEventsHandler, MentorResolver, MentorAssignmentResolver, ProgrammeMentorResolver, SessionMentorResolver],
})
export class MentorsModule {}
