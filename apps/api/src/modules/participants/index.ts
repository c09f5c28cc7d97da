import type { ApiModule } from '../../core/module';
import { ParticipantsModule } from './participants.module';
import { Consent, Participant, PersonalDataAccess } from './participant.entity';
import { ParticipantResolver } from './participants.resolver';
import { PersonalDataPolicyResolver } from './personal-data-policy.resolver';
import { PiiCipher, upgradeParticipantPhones } from './pii-cipher';
import { PARTICIPANTS_ERRORS } from './participants.errors';
import { MIGRATIONS } from './migrations';
import { seedParticipants } from './participants.seed';

/** Citizens who take part: pseudonymous keys, encrypted personal data, consents, the logged read path. */
export const participants: ApiModule = {
  name: 'participants',
  personalData: [
    { column: 'participant.name', item: { ko: '이름', en: 'Name' }, purpose: 'PROGRAMME_OPERATION' },
    {
      column: 'participant.phone_encrypted',
      item: { ko: '휴대전화 (암호화)', en: 'Mobile phone (encrypted)' },
      purpose: 'PROGRAMME_OPERATION',
    },
    {
      column: 'participant.phone_hash',
      item: { ko: '휴대전화 확인값 (되돌릴 수 없음)', en: 'Mobile phone check value (irreversible)' },
      purpose: 'PROGRAMME_OPERATION',
    },
    { column: 'participant.birth_year', item: { ko: '출생연도', en: 'Year of birth' }, purpose: 'PROGRAMME_OPERATION' },
    { column: 'participant.gender', item: { ko: '성별', en: 'Gender' }, purpose: 'PROGRAMME_OPERATION' },
    { column: 'participant.district_code', item: { ko: '거주 구·군', en: 'District of residence' }, purpose: 'PROGRAMME_OPERATION' },
    {
      column: 'personal_data_access.detail',
      item: { ko: '개인정보 열람 기록 (누가, 무엇을, 왜)', en: 'Access log (who read what, why)' },
      purpose: 'SECURITY_LOG',
    },
    {
      column: 'personal_data_download.reason',
      item: { ko: '대량 내려받기 사유', en: 'Reasons for bulk downloads' },
      purpose: 'SECURITY_LOG',
    },
  ],
  nest: ParticipantsModule,
  entities: [Participant, Consent, PersonalDataAccess],
  resolvers: [ParticipantResolver, PersonalDataPolicyResolver],
  errors: PARTICIPANTS_ERRORS,
  migrations: MIGRATIONS,
  appendOnly: ['personal_data_access', 'personal_data_download', 'destruction_register'],
  // Phones encrypted by an older format are rewritten at start (idempotent).
  afterMigrate: async (db, config) => {
    await upgradeParticipantPhones(db, new PiiCipher(config));
  },
  seed: seedParticipants,
};

export { ParticipantsModule, Participant, PiiCipher };
export { rotateParticipantPhones } from './pii-cipher';
export { PersonalFieldEnum, Consent, ParticipantPersonal } from './participant.entity';
export { selectedPersonalFields } from './participants.resolver';
export { ParticipantService } from './participant.service';
export { PersonalDataDownloads } from './personal-data-downloads';
export { ParticipantDestruction, DESTROYED_NAME } from './participant-destruction';
export { ConsentService } from './consent.service';
export { ParticipantDetailsService } from './participant-details.service';
export { certificateNames } from './certificate-names';
export { seedSharingConsent } from './participants.seed';
export type { ParticipantEvents } from './participants.events';
export { PARTICIPANT_ACCESS } from './participant.access';
export { PARTICIPANTS, operationConsentSql, consentInForceSql, textableSql, findParticipant, consentsById, accessLogOf } from './published';
export { ApplicantRecords, type Applicant } from './applicants';
