// The names nearest a mistyped one, for an error message that says what was probably meant
// ("unknown actor "ovh-cloud"; did you mean "ovhcloud"?") instead of listing every name a
// corpus of a thousand articles holds.

/** Edits (insert, delete, substitute) from a to b, by rows; stops early past `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidates within a third of the name's length in edits, nearest first (ties in the
 * candidates' order), at most `count`.
 */
export function nearest(name: string, candidates: Iterable<string>, count = 3): string[] {
  const limit = Math.max(2, Math.ceil(name.length / 3));
  const scored: Array<{ candidate: string; distance: number; order: number }> = [];
  let order = 0;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance <= limit) scored.push({ candidate, distance, order });
    order++;
  }
  return scored.sort((a, b) => a.distance - b.distance || a.order - b.order).slice(0, count).map((s) => s.candidate);
}

/** The end of a message on an unknown name: the nearest names, or all of them when they are few. */
export function suggestion(name: string, candidates: readonly string[], all = 8): string {
  if (candidates.length === 0) return '';
  if (candidates.length <= all) return ` (${candidates.join(', ')})`;
  const near = nearest(name, candidates);
  return near.length > 0 ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
}
