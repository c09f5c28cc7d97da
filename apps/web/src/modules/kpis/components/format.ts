import type { KpiUnit } from '../../../gql/graphql';

/** A figure in its unit, in the reader's language (null: nothing to show). */
export function formatFigure(value: number | null | undefined, unit: KpiUnit, lang: string): string {
  if (value === null || value === undefined) return '–';
  const n = value.toLocaleString(lang === 'en' ? 'en-US' : 'ko-KR', {
    maximumFractionDigits: unit === 'SCORE' || unit === 'INDEX' ? 2 : 1,
  });
  const ko = lang !== 'en';
  switch (unit) {
    case 'PEOPLE':
      return ko ? `${n}명` : n;
    case 'COUNT':
      return ko ? `${n}건` : n;
    case 'HOURS':
      return ko ? `${n}시간` : `${n} h`;
    case 'PERCENT':
      return `${n}%`;
    case 'SCORE':
      return ko ? `${n}점` : `${n} / 5`;
    default:
      return n;
  }
}
