import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { ParticipantService } from './participant.service';
import { ConsentService } from './consent.service';
import { ParticipantRecordService } from './participant-records.service';
import { PiiCipher } from './pii-cipher';
import { ParticipantResolver } from './participants.resolver';

@Module({
  imports: [OrganizationsModule],
  providers: [ParticipantService, ConsentService, ParticipantRecordService, PiiCipher, ParticipantResolver],
  exports: [ParticipantService, ConsentService, ParticipantRecordService, PiiCipher],
})
export class ParticipantsModule {}
