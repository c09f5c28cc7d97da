import { Module } from '@nestjs/common';
import { AuthModule } from '../auth';
import { OrganizationsModule } from '../organizations';
import { MembersService } from './members.service';
import { MembershipResolver, OrganizationMembersResolver } from './members.resolver';
import { InvitationMailHandler } from './invitation-mail.handler';

@Module({
  imports: [AuthModule, OrganizationsModule],
  providers: [MembersService, InvitationMailHandler, MembershipResolver, OrganizationMembersResolver],
})
export class MembersModule {}
