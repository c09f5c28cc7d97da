import { canChangeEnrolment, consentState, meetsCompletion } from '@lalaland/shared';

describe('completion rule (PRESENT and LATE count; sessions held = ended or marked)', () => {
  it('completes at the programme’s rate of the sessions held, rounding in the participant’s favour only by the exact ratio', () => {
    expect(meetsCompletion(3, 4, 75)).toBe(true);
    expect(meetsCompletion(2, 4, 75)).toBe(false);
    expect(meetsCompletion(8, 10, 80)).toBe(true);
    expect(meetsCompletion(7, 10, 80)).toBe(false);
  });

  it('never completes anyone while no session has been held', () => {
    expect(meetsCompletion(0, 0, 0)).toBe(false);
  });
});

describe('manual enrolment changes (one rule for the API and the portal)', () => {
  it('drops applied, waitlisted and enrolled people; marks only the enrolled as no-show; never touches completed or dropped', () => {
    expect(canChangeEnrolment('APPLIED', 'DROPPED')).toBe(true);
    expect(canChangeEnrolment('WAITLISTED', 'DROPPED')).toBe(true);
    expect(canChangeEnrolment('ENROLLED', 'NO_SHOW')).toBe(true);
    expect(canChangeEnrolment('WAITLISTED', 'NO_SHOW')).toBe(false);
    expect(canChangeEnrolment('COMPLETED', 'DROPPED')).toBe(false);
    expect(canChangeEnrolment('DROPPED', 'ENROLLED')).toBe(false);
  });
});

describe('consent state (whether personal data may be used at all)', () => {
  const op = (withdrawnAt: string | null, retentionUntil = '2030-12-31') => ({
    purpose: 'PROGRAMME_OPERATION',
    withdrawnAt,
    retentionUntil,
  });
  it('is ACTIVE while a programme-operation consent is in force, whatever else was withdrawn', () => {
    expect(consentState([op('2026-01-01'), op(null)], '2026-06-01')).toBe('ACTIVE');
  });
  it('is WITHDRAWN, EXPIRED or NONE otherwise; a sharing consent alone is NONE', () => {
    expect(consentState([op('2026-01-01')], '2026-06-01')).toBe('WITHDRAWN');
    expect(consentState([op(null, '2026-05-31')], '2026-06-01')).toBe('EXPIRED');
    expect(consentState([{ purpose: 'THIRD_PARTY_SHARING', withdrawnAt: null, retentionUntil: '2030-12-31' }], '2026-06-01')).toBe('NONE');
    expect(consentState(null)).toBe('NONE');
  });
});
