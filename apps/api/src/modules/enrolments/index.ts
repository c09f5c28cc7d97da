import type { ApiModule } from '../../core/module';
import { seedEnrolments, seedThisYearEnrolments } from './enrolments.seed';
import { AppError } from '../../core/errors/app-error';
import { EnrolmentsModule } from './enrolments.module';
import { Attendance, Certificate, Enrolment } from './enrolment.entity';
import {
  EnrolmentResolver,
  ParticipantEnrolmentResolver,
  ProgrammeEnrolmentResolver,
  SessionAttendanceResolver,
} from './enrolments.resolver';
import { AttendanceLiveResolver } from './attendance-live';
import { IMPORT_MAX_BYTES, XLSX_TYPE } from './roster-file.service';
import { ENROLMENTS_ERRORS } from './enrolments.errors';
import { MIGRATIONS } from './migrations';
import { PROGRAMMES } from '../programmes';

/** Enrolment with capacity and waitlist, attendance, certificates, roster files. */
export const enrolments: ApiModule = {
  name: 'enrolments',
  personalData: [
    { column: 'certificate.holder_name', item: { ko: '수료증의 이름', en: 'Name on certificates' }, purpose: 'PROGRAMME_OPERATION' },
    {
      column: 'enrolment.gender',
      item: { ko: '수강 당시 성별 (통계용)', en: 'Gender at enrolment (for statistics)' },
      purpose: 'PROGRAMME_OPERATION',
    },
    {
      column: 'enrolment.district_code',
      item: { ko: '수강 당시 거주 구·군 (통계용)', en: 'District at enrolment (for statistics)' },
      purpose: 'PROGRAMME_OPERATION',
    },
  ],
  nest: EnrolmentsModule,
  entities: [Enrolment, Attendance, Certificate],
  resolvers: [
    EnrolmentResolver,
    ProgrammeEnrolmentResolver,
    ParticipantEnrolmentResolver,
    SessionAttendanceResolver,
    AttendanceLiveResolver,
  ],
  errors: ENROLMENTS_ERRORS,
  migrations: MIGRATIONS,
  uniqueConstraints: { enrolment_programme_participant_key: 'ALREADY_ENROLLED' },
  uploads: [
    {
      pathPrefix: '/imports/',
      contentTypes: ['application/octet-stream', XLSX_TYPE, 'text/csv', 'application/vnd.ms-excel'],
      maxBytes: IMPORT_MAX_BYTES,
      tooLarge: () => new AppError('IMPORT_TOO_LARGE', { params: { max: IMPORT_MAX_BYTES / 1024 / 1024 } }),
    },
  ],
  // Learners left "enrolled" in programmes closed before NOT_COMPLETED existed become NOT_COMPLETED (idempotent).
  afterMigrate: async (db) => {
    await db.query(`UPDATE enrolment e SET status = 'NOT_COMPLETED', status_changed_at = now(), updated_at = now()
                      FROM ${PROGRAMMES} p WHERE p.id = e.programme_id AND p.status = 'COMPLETED' AND e.status = 'ENROLLED'`);
  },
  seed: async (em) => {
    await seedEnrolments(em);
    await seedThisYearEnrolments(em);
  },
};

export { Enrolment, EnrolmentsModule };
export { EnrolmentService } from './enrolment.service';
export type { EnrolmentEvents } from './enrolments.events';
export { ENROLMENTS } from './published';
export { ApplicantPlaces } from './applicant-places';
export { SelfCheckIn, type SelfCheckInResult } from './self-check-in';
