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
export { PARTICIPANTS, operationConsentSql, consentInForceSql, findParticipant, consentsById, accessLogOf } from './published';
export { ApplicantRecords, type Applicant } from './applicants';
