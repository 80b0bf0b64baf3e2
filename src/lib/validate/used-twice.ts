/**
 * The "id used twice" check every list with ids makes (groups, units, indicators, a plan's targets and
 * assessment checks, ledger projects and events): which entries repeat an earlier entry's key. Each
 * rule says it in its own words, at its own place.
 */

/** Every entry whose key an earlier entry already had: its index → the first such entry's index, in order. */
export function usedTwice<T>(items: readonly T[], key: (item: T) => string): Map<number, number> {
  const first = new Map<string, number>();
  const again = new Map<number, number>();
  items.forEach((item, index) => {
    const k = key(item);
    const at = first.get(k);
    if (at === undefined) first.set(k, index);
    else again.set(index, at);
  });
  return again;
}
