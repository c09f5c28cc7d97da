import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { ParticipantsModule } from '../participants';
import { MessagingResolver } from './messaging.resolver';
import { TextMessages } from './text-messages.service';

@Module({
  imports: [OrganizationsModule, ParticipantsModule],
  providers: [TextMessages, MessagingResolver],
  exports: [TextMessages],
})
export class MessagingModule {}
