import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { FundingModule } from '../funding';
import { TasksModule } from '../tasks';
import { DocumentsModule } from '../documents';
import { MeetingService } from './meeting.service';
import { MeetingInviteeResolver, MeetingResolver } from './meetings.resolver';

@Module({
  imports: [OrganizationsModule, FundingModule, TasksModule, DocumentsModule],
  providers: [MeetingService, MeetingResolver, MeetingInviteeResolver],
  exports: [MeetingService],
})
export class MeetingsModule {}
