import type { TFunction } from 'i18next';

/**
 * A count as the API gives it to someone outside the organization holding the records: null when 1–4 people (hidden,
 * as every small count leaving the holder is), shown as "5명 미만".
 */
export function countText(n: number | null | undefined, t: TFunction): string {
  return n === null || n === undefined ? t('common.fewerThanFive') : n.toLocaleString('ko-KR');
}
