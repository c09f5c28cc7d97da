import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes';
import { ParticipantsModule } from '../participants';
import { OutcomeService } from './outcome.service';
import { OutcomeEventsHandler } from './outcome-events.handler';
import { OutcomeResolver, ParticipantOutcomesResolver } from './outcomes.resolver';

@Module({
  imports: [ProgrammesModule, ParticipantsModule],
  providers: [OutcomeService, OutcomeEventsHandler, OutcomeResolver, ParticipantOutcomesResolver],
  exports: [OutcomeService],
})
export class OutcomesModule {}
