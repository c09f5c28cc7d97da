import { describe, expect, it } from 'vitest';
import { calendarDay, dayRange, parseDayInput, typedDay } from './dates';

describe('one date format', () => {
  it('shows a calendar day like a Seoul timestamp, whatever the machine time zone, and leaves malformed values alone', () => {
    expect(calendarDay('2025-09-01', 'ko')).toBe('2025. 09. 01.');
    expect(calendarDay('2025-09-01', 'en')).toBe('01/09/2025');
    expect(calendarDay('2025-13-40x', 'ko')).toBe('2025-13-40x');
    expect(dayRange('2025-09-01', null, 'ko')).toBe('2025. 09. 01.');
    expect(dayRange('2025-09-01', '2025-12-31', 'ko')).toBe('2025. 09. 01. ~ 2025. 12. 31.');
  });

  it('reads a date typed the Korean way, on a number pad or pasted, and refuses days that do not exist', () => {
    for (const typed of ['2025. 09. 01.', '2025.9.1', '2025. 9. 1', '20250901', '2025-09-01', ' 2025/09/01 '])
      expect(parseDayInput(typed)).toBe('2025-09-01');
    for (const typed of ['', '2025. 09.', '2025. 02. 30.', '2025. 13. 01.', '0001. 01. 01.', '01/09/2025', '2025090'])
      expect(parseDayInput(typed)).toBeNull();
    expect(typedDay('2025-09-01', 'ko')).toBe('2025. 09. 01.');
    expect(typedDay('2025-09-01', 'en')).toBe('2025-09-01');
    expect(typedDay('', 'ko')).toBe('');
  });
});
