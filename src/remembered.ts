/**
 * `compute` remembered per string key, for pure functions whose keys repeat (names across a corpus, a sentence's
 * skeleton tried again as it is rewritten). Past `bound` keys the memory is cleared, keeping it flat on large corpora.
 */
export function remembered<T>(compute: (key: string) => T, bound = 100_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size > bound) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
