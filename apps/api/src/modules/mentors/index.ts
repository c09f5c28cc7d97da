import type { ApiModule } from '../../core/module';
import { MentorsModule } from './mentors.module';
import { Mentor, MentorAssignment, MentorCourse, MentorCredential } from './mentor.entity';
import {
  MentorAssignmentResolver,
  MentorGroupResolver,
  MentorResolver,
  ProgrammeMentorResolver,
  SessionMentorResolver,
} from './mentors.resolver';
import { MentorGroup, MentorGroupMember } from './mentor-group.entity';
import { MENTORS_ERRORS } from './mentors.errors';
import { seedMentors } from './mentors.seed';
import { MIGRATIONS } from './migrations';

/** Link: mentors trained in mentor courses (or recorded by staff), deployed into class sessions, their hours verified. */
export const mentors: ApiModule = {
  name: 'mentors',
  personalData: [
    { column: 'mentor.note', item: { ko: '멘토에 관한 메모', en: 'Notes about the mentor' }, purpose: 'PROGRAMME_OPERATION' },
    {
      column: 'mentor_credential.evidence',
      item: { ko: '멘토 자격의 증빙', en: "Evidence of a mentor's credential" },
      purpose: 'PROGRAMME_OPERATION',
    },
  ],
  nest: MentorsModule,
  entities: [MentorCourse, Mentor, MentorCredential, MentorAssignment, MentorGroup, MentorGroupMember],
  resolvers: [MentorResolver, MentorAssignmentResolver, MentorGroupResolver, ProgrammeMentorResolver, SessionMentorResolver],
  errors: MENTORS_ERRORS,
  migrations: MIGRATIONS,
  uniqueConstraints: {
    mentor_credential_kind_key: 'MENTOR_CREDENTIAL_EXISTS',
    mentor_assignment_no_overlap: 'MENTOR_BUSY',
    mentor_group_org_name_key: 'MENTOR_GROUP_NAME_TAKEN',
  },
  seed: seedMentors,
};
export type { MentorEvents } from './mentors.events';
export { MENTOR_ACCESS } from './mentor.access';
export { MentorSelfLog } from './mentor-self-log';
export { MentorsModule };
