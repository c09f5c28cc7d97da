import { jamo, matchScore, queryWords, wordScore } from './korean-search';

describe('Korean-aware catalogue search', () => {
  it('decomposes syllables into jamo', () => {
    expect(jamo('디지털')).toBe('ㄷㅣㅈㅣㅌㅓㄹ');
    expect(jamo('AI 코딩!')).toBe('aiㅋㅗㄷㅣㅇ');
  });
  it('finds words with a slip of one jamo, two and three syllables long', () => {
    expect(wordScore('디지탈', '어르신 디지털 배움터')).toBeGreaterThanOrEqual(0.6);
    expect(matchScore(['코딍'], '주말 코딩 교실')).toBeGreaterThan(0); // a slipped vowel
    expect(matchScore(['코칭'], '주말 코딩 교실')).toBeGreaterThan(0); // a slipped consonant
    expect(wordScore('스마트폰', '스마트폰 활용 기초')).toBe(1);
  });
  it('does not match unrelated words', () => {
    expect(matchScore(['요리'], '어르신 디지털 배움터')).toBe(0);
    expect(matchScore(['요가'], '요리 교실')).toBe(0);
    expect(matchScore(['코치'], '주말 코딩 교실')).toBe(0);
    expect(matchScore(queryWords('디지털 요리'), '어르신 디지털 배움터')).toBe(0);
  });
  it('bounds what it reads', () => {
    expect(queryWords('가'.repeat(500))).toEqual(['가'.repeat(10)]);
    expect(queryWords('a b c d e f g h')).toHaveLength(5);
  });
});
