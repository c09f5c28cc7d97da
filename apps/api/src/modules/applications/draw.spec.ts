import { draw, lot, seedHash } from './draw';

const SEED = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

describe('the draw', () => {
  const entries = Array.from({ length: 40 }, (_, i) => ({ number: i + 1, resident: i % 3 === 0 }));

  it('is the same from the same seed, whatever order the entries come in, and differs with another seed', () => {
    const a = draw(SEED, entries, 10, 0);
    const b = draw(SEED, [...entries].reverse(), 10, 0);
    expect(b.order).toEqual(a.order);
    const c = draw('ff'.repeat(32), entries, 10, 0);
    expect(c.order.map((e) => e.number)).not.toEqual(a.order.map((e) => e.number));
  });

  it('seats exactly the seats, by lot, and waitlists the rest in lot order', () => {
    const r = draw(SEED, entries, 10, 0);
    expect(r.order.filter((e) => e.seat)).toHaveLength(10);
    const lots = r.order.map((e) => lot(SEED, e.number));
    expect(lots).toEqual([...lots].sort());
    expect(r.order.map((e) => e.rank)).toEqual(entries.map((_, i) => i + 1));
  });

  it('gives residents their quota first, then the rest by lot', () => {
    const r = draw(SEED, entries, 10, 6);
    const seated = r.order.filter((e) => e.seat);
    expect(seated.filter((e) => e.resident).length).toBeGreaterThanOrEqual(6);
    // Without the quota the lot alone would have seated fewer residents in this draw.
    const plain = draw(SEED, entries, 10, 0).order.filter((e) => e.seat);
    expect(plain.filter((e) => e.resident).length).toBeLessThan(6);
  });

  it('publishes a hash that matches only its seed', () => {
    expect(seedHash(SEED)).toMatch(/^[0-9a-f]{64}$/);
    expect(seedHash(SEED)).not.toBe(seedHash('ff'.repeat(32)));
  });
});
