import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { FundingModule } from '../funding';
import { ProgrammesModule } from '../programmes';
import { OpeningService } from './opening.service';
import { OpeningResolver } from './openings.resolver';

@Module({
  imports: [OrganizationsModule, FundingModule, ProgrammesModule],
  providers: [OpeningService, OpeningResolver],
  exports: [OpeningService],
})
export class OpeningsModule {}
