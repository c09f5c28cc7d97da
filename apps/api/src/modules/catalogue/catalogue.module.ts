import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes';
import { CatalogueController } from './catalogue.controller';
import { CatalogueService } from './catalogue.service';
import { OfferResolver, ProgrammeOfferResolver } from './catalogue.resolver';
import { OfferService } from './offer.service';
import { OpenDataService } from './open-data';

@Module({
  imports: [ProgrammesModule],
  controllers: [CatalogueController],
  providers: [CatalogueService, OfferService, OpenDataService, OfferResolver, ProgrammeOfferResolver],
  exports: [OfferService, CatalogueService],
})
export class CatalogueModule {}
