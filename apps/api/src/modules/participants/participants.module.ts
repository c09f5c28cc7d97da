import { ParticipantSqlReads } from './participant.sql-reads';
import { ApplicantRecords } from './applicants';
import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { ParticipantService } from './participant.service';
import { ConsentService } from './consent.service';
import { ParticipantDetailsService } from './participant-details.service';
import { PiiCipher } from './pii-cipher';
import { ParticipantResolver } from './participants.resolver';
import { PersonalDataDownloads } from './personal-data-downloads';
import { ParticipantDestruction } from './participant-destruction';
import { PersonalDataPolicyResolver } from './personal-data-policy.resolver';

@Module({
  imports: [OrganizationsModule],
  providers: [
    ApplicantRecords,
    ParticipantService,
    ConsentService,
    ParticipantDetailsService,
    PiiCipher,
    ParticipantResolver,
    PersonalDataDownloads,
    PersonalDataPolicyResolver,
    ParticipantDestruction,
    ParticipantSqlReads,
  ],
  exports: [
    ParticipantService,
    ConsentService,
    ParticipantDetailsService,
    PiiCipher,
    ApplicantRecords,
    PersonalDataDownloads,
    ParticipantDestruction,
  ],
})
export class ParticipantsModule {}
