import type { ApiModule } from '../../core/module';
import { ApplicationsModule } from './applications.module';
import { Application, ApplicationDraft, ProgrammeDraw } from './application.entity';
import { ApplicationResolver, ProgrammeApplicationsResolver } from './applications.resolver';
import { APPLICATIONS_ERRORS } from './applications.errors';
import { MIGRATIONS } from './migrations';

/** Citizens apply on the public door (a form, a phone code) into the same enrolment the staff run: first come, a draw or a review. */
export const applications: ApiModule = {
  name: 'applications',
  personalData: [
    {
      column: 'application_draft.name_encrypted',
      item: { ko: '신청할 때 적은 이름 (암호화)', en: 'Name typed when applying (encrypted)' },
      purpose: 'APPLICATION',
    },
    {
      column: 'application_draft.phone_encrypted',
      item: { ko: '신청할 때 적은 휴대전화 (암호화)', en: 'Mobile phone typed when applying (encrypted)' },
      purpose: 'APPLICATION',
    },
    { column: 'application_draft.phone_hash', item: { ko: '휴대전화 확인값', en: 'Mobile phone check value' }, purpose: 'APPLICATION' },
    { column: 'application_draft.birth_year', item: { ko: '출생연도', en: 'Year of birth' }, purpose: 'APPLICATION' },
    { column: 'application_draft.district_code', item: { ko: '거주 구·군', en: 'District of residence' }, purpose: 'APPLICATION' },
  ],
  nest: ApplicationsModule,
  entities: [ApplicationDraft, Application, ProgrammeDraw],
  resolvers: [ApplicationResolver, ProgrammeApplicationsResolver],
  errors: APPLICATIONS_ERRORS,
  migrations: MIGRATIONS,
  uniqueConstraints: { application_programme_person_key: 'ALREADY_APPLIED' },
  quietTables: ['application_draft'],
};

export { ApplicationsModule };
export { ApplyService } from './apply.service';
