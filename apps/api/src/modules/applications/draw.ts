import { createHash, createHmac } from 'node:crypto';

/** One entry of a draw: the application's public number and whether the applicant is a resident (for the quota). */
export interface DrawEntry {
  number: number;
  resident: boolean;
}

export interface DrawResult {
  /** Every entry in draw order: `seat` for the first `seats` chosen (residents first up to the quota), the rest in order for the waitlist. */
  order: Array<DrawEntry & { rank: number; seat: boolean }>;
}

/** What is published when applications open: SHA-256 of the seed, so the seed cannot be chosen after seeing who applied. */
export const seedHash = (seedHex: string): string => createHash('sha256').update(Buffer.from(seedHex, 'hex')).digest('hex');

/** An entry's lot: HMAC-SHA256(seed, its number). Anyone holding the revealed seed recomputes every lot. */
export const lot = (seedHex: string, number: number): string =>
  createHmac('sha256', Buffer.from(seedHex, 'hex')).update(String(number)).digest('hex');

/**
 * The draw, reproducible from the seed: entries ordered by their lot (ascending); the seats go first to residents in
 * that order up to the quota, then to everyone left in that order; the others form the waitlist in the same order.
 */
export function draw(seedHex: string, entries: readonly DrawEntry[], seats: number, residentQuota: number): DrawResult {
  const ordered = [...entries]
    .map((e) => ({ ...e, lot: lot(seedHex, e.number) }))
    .sort((a, b) => (a.lot < b.lot ? -1 : a.lot > b.lot ? 1 : 0));
  const seated = new Set<number>();
  const free = Math.max(0, seats);
  for (const e of ordered) if (e.resident && seated.size < Math.min(residentQuota, free)) seated.add(e.number);
  for (const e of ordered) if (seated.size < free) seated.add(e.number);
  const winners = ordered.filter((e) => seated.has(e.number));
  const rest = ordered.filter((e) => !seated.has(e.number));
  return {
    order: [...winners, ...rest].map((e, i) => ({ number: e.number, resident: e.resident, rank: i + 1, seat: seated.has(e.number) })),
  };
}
