import type { ApiModule } from '../../core/module';
import { MeetingsModule } from './meetings.module';
import { Meeting, MeetingDecision, MeetingInvitee } from './meeting.entity';
import { MeetingInviteeResolver, MeetingResolver } from './meetings.resolver';
import { MEETINGS_ERRORS } from './meetings.errors';

/** Coordination: the council (협의회) and working groups — agenda, invitees, minutes, decisions that become tasks. */
export const meetings: ApiModule = {
  name: 'meetings',
  nest: MeetingsModule,
  entities: [Meeting, MeetingInvitee, MeetingDecision],
  resolvers: [MeetingResolver, MeetingInviteeResolver],
  errors: MEETINGS_ERRORS,
};

export { MeetingsModule };
export type { MeetingEvents } from './meetings.events';
export { MEETING_ACCESS } from './meeting.access';
