import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes';
import { ParticipantsModule } from '../participants';
import { MessagingModule } from '../messaging';
import { FollowUpAnswers } from './follow-up-answers';
import { OutcomeService } from './outcome.service';
import { OutcomeEventsHandler } from './outcome-events.handler';
import { OutcomeResolver, ParticipantOutcomesResolver } from './outcomes.resolver';

@Module({
  imports: [ProgrammesModule, ParticipantsModule, MessagingModule],
  providers: [OutcomeService, FollowUpAnswers, OutcomeEventsHandler, OutcomeResolver, ParticipantOutcomesResolver],
  exports: [OutcomeService, FollowUpAnswers],
})
export class OutcomesModule {}
