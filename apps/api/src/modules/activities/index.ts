import type { ApiModule } from '../../core/module';
import { ActivitiesModule } from './activities.module';
import { Activity, ActivityParticipant } from './activity.entity';
import { ActivityParticipantResolver, ActivityResolver } from './activities.resolver';
import { ACTIVITIES_ERRORS } from './activities.errors';
import { seedActivities } from './activities.seed';
import { MIGRATIONS } from './migrations';

/** Act: citizens' activities (clubs, projects, volunteer events, the multigenerational challenge) with hours and the generation mix. */
export const activities: ApiModule = {
  name: 'activities',
  nest: ActivitiesModule,
  entities: [Activity, ActivityParticipant],
  resolvers: [ActivityResolver, ActivityParticipantResolver],
  errors: ACTIVITIES_ERRORS,
  migrations: MIGRATIONS,
  seed: seedActivities,
};
export { ACTIVITY_ACCESS } from './activity.access';
