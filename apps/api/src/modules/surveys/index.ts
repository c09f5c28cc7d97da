import type { ApiModule } from '../../core/module';
import { SurveysModule } from './surveys.module';
import { Survey, SurveyReceipt, SurveyResponse } from './survey.entity';
import { SURVEYS_ERRORS } from './surveys.errors';
import { SurveyResolver } from './surveys.resolver';
import { MIGRATIONS } from './migrations';

/** Satisfaction surveys per programme: one-time links and QR codes to a public page, paper answers, anonymous results. */
export const surveys: ApiModule = {
  name: 'surveys',
  nest: SurveysModule,
  entities: [Survey, SurveyResponse, SurveyReceipt],
  resolvers: [SurveyResolver],
  errors: SURVEYS_ERRORS,
  migrations: MIGRATIONS,
};

export { SurveysModule };
