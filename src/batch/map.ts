/**
 * `mapBounded`: runs an async function over a (possibly endless, possibly slow) source with at most
 * `window` calls in flight, and yields the results in the source's order (or as they finish with
 * `ordered: false`). Items are pulled from the source only when there is room, so a batch of 5,000
 * inputs holds no more than a batch of 50; and a result is yielded as soon as it can be, even while
 * the source is still waiting for its next item (a streaming mapper must not sit on a finished line
 * until the next one arrives).
 */

export interface MapOptions {
  /** How many calls may be in flight (and results waiting to be yielded) at once; at least 1. */
  window: number;
  /** Yield in the source's order (default), or as results come. */
  ordered?: boolean;
}

interface Entry<T, R> {
  item: T;
  value: R | undefined;
  done: boolean;
  settled: Promise<Entry<T, R>>;
}

type Wake<T, R> = { kind: 'next'; next: IteratorResult<T> } | { kind: 'done'; entry: Entry<T, R> };

export async function* mapBounded<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  fn: (item: T) => Promise<R>,
  options: MapOptions,
): AsyncGenerator<{ item: T; value: R }> {
  const window = Math.max(1, Math.floor(options.window));
  const ordered = options.ordered !== false;
  const iterator: Iterator<T> | AsyncIterator<T> =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<T>)[Symbol.asyncIterator]()
      : (source as Iterable<T>)[Symbol.iterator]();
  const inflight: Entry<T, R>[] = [];
  let pendingNext: Promise<Wake<T, R>> | undefined;
  let exhausted = false;

  const start = (item: T): void => {
    const entry = { item, value: undefined, done: false } as unknown as Entry<T, R>;
    entry.settled = Promise.resolve()
      .then(() => fn(item))
      .then((value) => {
        entry.value = value;
        entry.done = true;
        return entry;
      });
    inflight.push(entry);
  };

  try {
    for (;;) {
      if (!exhausted && !pendingNext && inflight.length < window) {
        pendingNext = Promise.resolve(iterator.next()).then((next) => ({ kind: 'next', next }) as const);
      }
      const ready = ordered ? (inflight[0]?.done ? 0 : -1) : inflight.findIndex((entry) => entry.done);
      if (ready >= 0) {
        const [entry] = inflight.splice(ready, 1) as [Entry<T, R>];
        yield { item: entry.item, value: entry.value as R };
        continue;
      }
      if (exhausted && inflight.length === 0) return;
      const waits: Promise<Wake<T, R>>[] = [];
      if (pendingNext) waits.push(pendingNext);
      const watched = ordered ? inflight.slice(0, 1) : inflight;
      for (const entry of watched) waits.push(entry.settled.then((done) => ({ kind: 'done', entry: done }) as const));
      const wake = await Promise.race(waits);
      if (wake.kind === 'next') {
        pendingNext = undefined;
        if (wake.next.done) exhausted = true;
        else start(wake.next.value);
      }
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}
