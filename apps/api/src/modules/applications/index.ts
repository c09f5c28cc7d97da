import type { ApiModule } from '../../core/module';
import { ApplicationsModule } from './applications.module';
import { Application, ApplicationDraft, ProgrammeDraw } from './application.entity';
import { ApplicationResolver, ProgrammeApplicationsResolver } from './applications.resolver';
import { APPLICATIONS_ERRORS } from './applications.errors';
import { MIGRATIONS } from './migrations';

/** Citizens apply on the public door (a form, a phone code) into the same enrolment the staff run: first come, a draw or a review. */
export const applications: ApiModule = {
  name: 'applications',
  nest: ApplicationsModule,
  entities: [ApplicationDraft, Application, ProgrammeDraw],
  resolvers: [ApplicationResolver, ProgrammeApplicationsResolver],
  errors: APPLICATIONS_ERRORS,
  migrations: MIGRATIONS,
  uniqueConstraints: { application_programme_person_key: 'ALREADY_APPLIED' },
  quietTables: ['application_draft'],
};

export { ApplicationsModule };
