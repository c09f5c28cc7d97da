import { Module } from '@nestjs/common';
import { AuthModule } from '../auth';
import { OrganizationsModule } from '../organizations';
import { MembersService } from './members.service';
import { MembershipResolver, OrganizationMembersResolver } from './members.resolver';

@Module({ imports: [AuthModule, OrganizationsModule], providers: [MembersService, MembershipResolver, OrganizationMembersResolver] })
export class MembersModule {}
