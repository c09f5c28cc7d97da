import { ApplicantRecords } from './applicants';
import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { ParticipantService } from './participant.service';
import { ConsentService } from './consent.service';
import { ParticipantDetailsService } from './participant-details.service';
import { PiiCipher } from './pii-cipher';
import { ParticipantResolver } from './participants.resolver';

@Module({
  imports: [OrganizationsModule],
  providers: [ApplicantRecords, ParticipantService, ConsentService, ParticipantDetailsService, PiiCipher, ParticipantResolver],
  exports: [ParticipantService, ConsentService, ParticipantDetailsService, PiiCipher, ApplicantRecords],
})
export class ParticipantsModule {}
