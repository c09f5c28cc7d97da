import type { ApiModule } from '../../core/module';
import { ProgrammesModule } from './programmes.module';
import { Initiative, Programme, ProgrammeCohost, StreamField, AgeBandEnum } from './programme.entity';
import { Instructor, LearningSession, Venue } from './session.entity';
import { InitiativeResolver, InstructorResolver, ProgrammeResolver, SessionResolver } from './programmes.resolver';
import { VenueBookingResolver, VenueResolver } from './venue.resolver';
import { PROGRAMMES_ERRORS } from './programmes.errors';

/** Learn: initiatives, programmes with their lifecycle, class sessions, venues and instructors. */
export const programmes: ApiModule = {
  name: 'programmes',
  nest: ProgrammesModule,
  entities: [Initiative, StreamField, Programme, ProgrammeCohost, Venue, Instructor, LearningSession],
  resolvers: [ProgrammeResolver, InitiativeResolver, SessionResolver, VenueResolver, VenueBookingResolver, InstructorResolver],
  errors: PROGRAMMES_ERRORS,
};

export { ProgrammesModule, Programme, AgeBandEnum, LearningSession };
export { ProgrammeService } from './programme.service';
export { SessionService, seriesDates } from './session.service';
export { heldSession } from './held-session';
export type { ProgrammeEvents } from './programmes.events';
