import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { ParticipantService } from './participant.service';
import { PiiCipher } from './pii-cipher';
import { ParticipantResolver } from './participants.resolver';

@Module({
  imports: [OrganizationsModule],
  providers: [ParticipantService, PiiCipher, ParticipantResolver],
  exports: [ParticipantService, PiiCipher],
})
export class ParticipantsModule {}
