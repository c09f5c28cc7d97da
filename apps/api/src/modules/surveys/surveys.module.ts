import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants';
import { SurveyResolver } from './surveys.resolver';
import { SurveyService } from './survey.service';

@Module({ imports: [ParticipantsModule], providers: [SurveyService, SurveyResolver], exports: [SurveyService] })
export class SurveysModule {}
