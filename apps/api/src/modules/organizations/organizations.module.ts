import { OrganizationSqlReads } from './organization.sql-reads';
import { Module } from '@nestjs/common';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

@Module({ providers: [OrganizationService, OrganizationResolver, OrganizationSqlReads], exports: [OrganizationService] })
export class OrganizationsModule {}
