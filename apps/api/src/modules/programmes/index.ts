import type { ApiModule } from '../../core/module';
import { seedProgrammes } from './programmes.seed';
import { followTheClock, seedThisYear } from './this-year.seed';
import { ProgrammesModule } from './programmes.module';
import { Initiative, Programme, ProgrammeCohost, StreamField, AgeBandEnum, PillarEnum } from './programme.entity';
import { Instructor } from './instructor.entity';
import { ProgrammeSession } from './programme-session.entity';
import { Venue, VenueRelease } from './venue.entity';
import { InitiativeResolver, InstructorResolver, ProgrammeResolver, ProgrammeSessionResolver } from './programmes.resolver';
import { VenueBookingResolver, VenueResolver } from './venue.resolver';
import { PROGRAMMES_ERRORS } from './programmes.errors';
import { MIGRATIONS } from './migrations';

/** Learn: initiatives, programmes with their lifecycle, class sessions, venues and instructors. */
export const programmes: ApiModule = {
  name: 'programmes',
  personalData: [{ column: 'instructor.name', item: { ko: '강사 이름', en: "Instructors' names" }, purpose: 'STAFF_ACCOUNT' }],
  nest: ProgrammesModule,
  entities: [Initiative, StreamField, Programme, ProgrammeCohost, Venue, VenueRelease, Instructor, ProgrammeSession],
  resolvers: [ProgrammeResolver, InitiativeResolver, ProgrammeSessionResolver, VenueResolver, VenueBookingResolver, InstructorResolver],
  errors: PROGRAMMES_ERRORS,
  migrations: MIGRATIONS,
  // The 2025 demo once; then, at every start, the streams' years up to today and this year's classes.
  seed: async (em) => {
    await seedProgrammes(em);
    await followTheClock(em);
    await seedThisYear(em);
  },
};

export { ProgrammesModule, Programme, AgeBandEnum, PillarEnum, ProgrammeSession };
export { ProgrammeService } from './programme.service';
export { ProgrammeSessionService } from './programme-session.service';
export { refreshCounters, ENROLMENT_COUNTS } from './programme-counters';
export type { ProgrammeEvents } from './programmes.events';
export { PROGRAMME_ACCESS, VENUE_ACCESS, outsideCount, seesRoster } from './programme.access';
export { SEED_PROGRAMMES } from './demo-programmes';
export { PROGRAMMES, PROGRAMME_SESSIONS, runsProgrammeSql, hostsProgrammeSql, lockProgramme, nextSession } from './published';
