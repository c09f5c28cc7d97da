import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants';
import { SearchService } from './search.service';
import { SearchResolver } from './search.resolver';

@Module({ imports: [ParticipantsModule], providers: [SearchService, SearchResolver] })
export class SearchModule {}
