import type { ApiModule } from '../../core/module';
import { seedOrganizations } from './organizations.seed';
import { OrganizationsModule } from './organizations.module';
import { Organization } from './organization.entity';
import { OrganizationName } from './organization-name.entity';
import { OrganizationResolver } from './organization.resolver';
import { ORGANIZATIONS_ERRORS } from './organizations.errors';

/** The partner directory: organizations, their names over time. */
export const organizations: ApiModule = {
  name: 'organizations',
  nest: OrganizationsModule,
  entities: [Organization, OrganizationName],
  resolvers: [OrganizationResolver],
  errors: ORGANIZATIONS_ERRORS,
  uniqueConstraints: { organization_short_code_key: 'ORGANIZATION_CODE_TAKEN', organization_admin_code_key: 'ORGANIZATION_CODE_TAKEN' },
  seed: seedOrganizations,
};

export { OrganizationsModule, Organization };
export { OrganizationService } from './organization.service';
export { ORGANIZATIONS, ORGANIZATION_COLUMNS, organizationIsSql, findOrganization } from './published';
