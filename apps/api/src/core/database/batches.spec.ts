import { Batches } from './batches';

describe('batches: work that arrives in a rush is done in runs per key', () => {
  it('calls that arrive while a run is under way share the next run; each gets its own answer, an error only its own', async () => {
    const runs: string[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const b = new Batches<string, string>(async (key, items) => {
      runs.push([key, ...items]);
      if (runs.length === 1) await gate;
      return items.map((i) => (i === 'bad' ? new Error(`refused ${i}`) : `${key}:${i}`));
    });
    const first = b.add('p', 'a');
    await new Promise((r) => setImmediate(r)); // the first run has begun
    const later = [b.add('p', 'b'), b.add('p', 'bad'), b.add('p', 'c'), b.add('q', 'x')];
    release();
    expect(await first).toBe('p:a');
    const settled = await Promise.allSettled(later);
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message))).toEqual([
      'p:b',
      'refused bad',
      'p:c',
      'q:x',
    ]);
    expect(runs).toContainEqual(['p', 'b', 'bad', 'c']);
    expect(runs).toHaveLength(3);
  });

  it('a run that fails fails its own items only; the next run goes on; at most maxItems share a run', async () => {
    let n = 0;
    const b = new Batches<number, number>(async (_key, items) => {
      if (++n === 1) throw new Error('the database went away');
      return items.map((i) => i * 2);
    }, 2);
    const first = b.add('k', 1).catch((e: Error) => e.message);
    await new Promise((r) => setImmediate(r));
    const rest = [b.add('k', 2), b.add('k', 3), b.add('k', 4)];
    expect(await first).toBe('the database went away');
    expect(await Promise.all(rest)).toEqual([4, 6, 8]);
    expect(n).toBe(3); // [1], [2, 3], [4]
  });
});
