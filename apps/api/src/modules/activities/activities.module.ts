import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { FundingModule } from '../funding';
import { ParticipantsModule } from '../participants';
import { ActivityService } from './activity.service';
import { ActivityEventsHandler } from './activity-events.handler';
import { ActivityParticipantResolver, ActivityResolver } from './activities.resolver';

@Module({
  imports: [OrganizationsModule, FundingModule, ParticipantsModule],
  providers: [ActivityService, ActivityEventsHandler, ActivityResolver, ActivityParticipantResolver],
})
export class ActivitiesModule {}
