import { seriesDates } from './session-times';

describe('weekly series dates (ISO weekdays, Asia/Seoul calendar days)', () => {
  it('starts at the first date and takes the chosen weekdays in order until the count is reached', () => {
    // 2026-03-02 is a Monday: Mondays and Wednesdays, five sessions.
    expect(seriesDates('2026-03-02', [1, 3], 5)).toEqual(['2026-03-02', '2026-03-04', '2026-03-09', '2026-03-11', '2026-03-16']);
  });

  it('skips to the first chosen weekday when the first date is not one, and crosses month and year ends', () => {
    expect(seriesDates('2026-12-29', [5], 3)).toEqual(['2027-01-01', '2027-01-08', '2027-01-15']); // a Tuesday → Fridays
  });

  it('gives nothing for no weekdays instead of looping (bounded by count × 7 days)', () => {
    expect(seriesDates('2026-03-02', [], 10)).toEqual([]);
  });

  it('treats Sunday as 7', () => {
    expect(seriesDates('2026-03-02', [7], 1)).toEqual(['2026-03-08']);
  });
});
