import type { ApiModule } from '../../core/module';
import { CatalogueModule } from './catalogue.module';
import { ProgrammeOffer } from './offer.entity';
import { OfferResolver, ProgrammeOfferResolver } from './catalogue.resolver';
import { CATALOGUE_ERRORS } from './catalogue.errors';
import { MIGRATIONS } from './migrations';
import { seedCatalogue } from './catalogue.seed';

/** The public door: programmes offered to citizens (publication, application period, selection), the catalogue pages. */
export const catalogue: ApiModule = {
  name: 'catalogue',
  nest: CatalogueModule,
  entities: [ProgrammeOffer],
  resolvers: [OfferResolver, ProgrammeOfferResolver],
  errors: CATALOGUE_ERRORS,
  migrations: MIGRATIONS,
  // A read model for the public: its pages are a snapshot of programmes with their sessions, venues, hosts and offers.
  readModel: true,
  reads: ['instructor', 'organization', 'programme', 'programme_cohost', 'programme_session', 'venue'],
  seed: seedCatalogue,
};

export { CatalogueModule };
export { findOffer } from './published';
export { layout, esc, koreanDate, notFoundPage } from './pages';
