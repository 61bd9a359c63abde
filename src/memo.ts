/**
 * The results of a pure function of a string for the keys asked about most recently: for lookups
 * the pipeline repeats many times a document (a name in the place tables, a word's casing). Bounded:
 * when full it starts again, so a long batch does not grow it. It holds nothing a result depends on.
 * `compute` must not return undefined.
 */
export function recentResults<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value;
  };
}
