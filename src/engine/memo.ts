/**
 * A bounded memo for pure string parsers. Appendix columns repeat themselves (the same units,
 * deadlines, statuses and indicators on thousands of rows), so parsing each distinct text
 * once is most of the engine's speed on big sheets. Results are shared: callers treat them
 * as read-only.
 */
export function memoize<T>(fn: (text: string) => T, limit = 20000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string): T => {
    let hit = cache.get(text);
    if (hit === undefined && !cache.has(text)) {
      hit = fn(text);
      // Long unique texts (task descriptions) would only churn the cache.
      if (text.length <= 200) {
        if (cache.size >= limit) cache = new Map();
        cache.set(text, hit);
      }
    }
    return hit as T;
  };
}
