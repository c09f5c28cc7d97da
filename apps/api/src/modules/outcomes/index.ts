import type { ApiModule } from '../../core/module';
import { OutcomesModule } from './outcomes.module';
import { CounsellingNote, FollowUp, Goal, Outcome } from './outcome.entity';
import { OutcomeResolver, ParticipantOutcomesResolver } from './outcomes.resolver';
import { OUTCOMES_ERRORS } from './outcomes.errors';
import { seedOutcomes } from './outcomes.seed';
import { MIGRATIONS } from './migrations';

/** Link: counselling notes, goals, outcomes (employment, start-ups, …) and follow-ups after completions, held by one organization. */
export const outcomes: ApiModule = {
  name: 'outcomes',
  readModel: true,
  reads: [
    'activity',
    'activity_participant',
    'attendance',
    'certificate',
    'enrolment',
    'mentor',
    'mentor_assignment',
    'mentor_credential',
    'programme',
    'referral',
  ],
  personalData: [
    { column: 'counselling_note.body', item: { ko: '상담 기록', en: 'Counselling notes' }, purpose: 'PROGRAMME_OPERATION' },
    {
      column: 'outcome.evidence',
      item: { ko: '취업·창업 등 성과의 증빙 내용', en: 'Evidence of outcomes (work, start-ups)' },
      purpose: 'PROGRAMME_OPERATION',
    },
    {
      column: 'follow_up.note',
      item: { ko: '수료 후 추적 조사 메모', en: 'Follow-up notes after completion' },
      purpose: 'PROGRAMME_OPERATION',
    },
  ],
  nest: OutcomesModule,
  entities: [CounsellingNote, Goal, Outcome, FollowUp],
  resolvers: [OutcomeResolver, ParticipantOutcomesResolver],
  errors: OUTCOMES_ERRORS,
  migrations: MIGRATIONS,
  seed: seedOutcomes,
};

export { OutcomeService } from './outcome.service';
export type { OutcomeEvents } from './outcomes.events';
export { OutcomesModule };
export { FollowUpAnswers, type FollowUpQuestion } from './follow-up-answers';
