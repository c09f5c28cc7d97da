import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { FundingModule } from '../funding';
import { AnnouncementService } from './announcement.service';
import { AnnouncementResolver } from './announcements.resolver';

@Module({
  imports: [OrganizationsModule, FundingModule],
  providers: [AnnouncementService, AnnouncementResolver],
  exports: [AnnouncementService],
})
export class AnnouncementsModule {}
