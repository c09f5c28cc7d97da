/**
 * Work that arrives in a rush, done in batches per key (a programme): calls that arrive while a run for their key is
 * under way share the next run, which starts when that one ends — so 2,000 applicants in a second make a handful of
 * runs of a few statements each, not 2,000 transactions queued on one lock. A run answers each item: a value, or an
 * Error that only that item's caller gets; a run that throws fails all of its items. At most `maxItems` share a run.
 */
export class Batches<I, R> {
  private readonly next = new Map<string, { items: I[]; run: Promise<ReadonlyArray<R | Error>> }>();
  private readonly tail = new Map<string, Promise<unknown>>();

  constructor(
    private readonly work: (key: string, items: readonly I[]) => Promise<ReadonlyArray<R | Error>>,
    private readonly maxItems = 500,
  ) {}

  /** Resolves with this item's answer from the run it joins (one that starts after this call). */
  async add(key: string, item: I): Promise<R> {
    let batch = this.next.get(key);
    if (!batch || batch.items.length >= this.maxItems) batch = this.open(key);
    const i = batch.items.push(item) - 1;
    const answer = (await batch.run)[i];
    if (answer instanceof Error) throw answer;
    return answer as R;
  }

  private open(key: string) {
    const items: I[] = [];
    const before = this.tail.get(key) ?? Promise.resolve();
    const batch = {
      items,
      run: before
        .catch(() => undefined)
        .then(() => {
          if (this.next.get(key) === batch) this.next.delete(key);
          return this.work(key, items);
        }),
    };
    this.next.set(key, batch);
    this.tail.set(key, batch.run);
    void batch.run
      .catch(() => undefined)
      .finally(() => {
        if (this.tail.get(key) === batch.run) this.tail.delete(key);
      });
    return batch;
  }
}
