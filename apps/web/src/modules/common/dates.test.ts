import { describe, expect, it } from 'vitest';
import { calendarDay, dayRange } from './dates';

describe('one date format', () => {
  it('shows a calendar day like a Seoul timestamp, whatever the machine time zone, and leaves malformed values alone', () => {
    expect(calendarDay('2025-09-01', 'ko')).toBe('2025. 09. 01.');
    expect(calendarDay('2025-09-01', 'en')).toBe('01/09/2025');
    expect(calendarDay('2025-13-40x', 'ko')).toBe('2025-13-40x');
    expect(dayRange('2025-09-01', null, 'ko')).toBe('2025. 09. 01.');
    expect(dayRange('2025-09-01', '2025-12-31', 'ko')).toBe('2025. 09. 01. ~ 2025. 12. 31.');
  });
});
