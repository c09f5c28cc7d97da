/** How applicants to a public programme are selected (선정방법). */
export const SELECTION_METHODS = ['FIRST_COME', 'LOTTERY', 'REVIEW'] as const;
export type SelectionMethod = (typeof SELECTION_METHODS)[number];
export const SELECTION_METHOD_LABELS: Readonly<Record<SelectionMethod, { ko: string; en: string }>> = {
  FIRST_COME: { ko: '선착순', en: 'First come, first served' },
  LOTTERY: { ko: '추첨', en: 'Lottery' },
  REVIEW: { ko: '심사', en: 'Review' },
};

/** Programme states in which a published programme is in the public catalogue. */
export const CATALOGUE_STATUSES = ['RECRUITING', 'RUNNING'] as const;

/** Where an application stands for a citizen looking at the catalogue, at a given moment. */
export type ApplicationWindow = 'NOT_YET' | 'OPEN' | 'CLOSED';
export function applicationWindow(
  offer: { applyFrom: Date | string | null; applyUntil: Date | string | null },
  now: Date,
): ApplicationWindow {
  const from = offer.applyFrom === null ? null : new Date(offer.applyFrom).getTime();
  const until = offer.applyUntil === null ? null : new Date(offer.applyUntil).getTime();
  if (from !== null && now.getTime() < from) return 'NOT_YET';
  if (until !== null && now.getTime() >= until) return 'CLOSED';
  return 'OPEN';
}
