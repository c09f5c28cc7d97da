import { Module } from '@nestjs/common';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

@Module({ providers: [OrganizationService, OrganizationResolver], exports: [OrganizationService] })
export class OrganizationsModule {}
