// What the timeline's script decides, without the DOM: the order the keyboard walks the marks
// in, where a key leads, the period two range inputs make, which marks a period leaves out,
// and the sentence the live region says. src/client/timeline.ts only reads the page and
// applies these. Pure.

export interface MarkPosition {
  id: string;
  band: string;
  /** left edge on the axis */
  x: number;
  /** fractional year the mark starts */
  since: number;
}

/** Marks per band, left to right (ties by start, then id): the keyboard's order. */
export function bandOrder(marks: readonly MarkPosition[]): Map<string, MarkPosition[]> {
  const bands = new Map<string, MarkPosition[]>();
  for (const mark of marks) bands.set(mark.band, [...(bands.get(mark.band) ?? []), mark]);
  for (const list of bands.values()) list.sort((a, b) => a.x - b.x || a.since - b.since || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return bands;
}

/**
 * Where a key leads from `current`: ←/→ the previous or next mark of its band, Home/End its
 * first or last, ↑/↓ the nearest mark of the other band. `undefined`: the key is not ours;
 * `null`: ours, but there is nowhere to go (the end of the band).
 */
export function moveFrom(bands: ReadonlyMap<string, readonly MarkPosition[]>, current: MarkPosition, key: string): MarkPosition | null | undefined {
  const band = bands.get(current.band) ?? [];
  const index = band.findIndex((m) => m.id === current.id);
  const other = [...bands.entries()].find(([name]) => name !== current.band)?.[1] ?? [];
  const nearest = () =>
    other.reduce<MarkPosition | null>((best, m) => (!best || Math.abs(m.x - current.x) < Math.abs(best.x - current.x) ? m : best), null);
  switch (key) {
    case 'ArrowRight': return band[index + 1] ?? null;
    case 'ArrowLeft': return index > 0 ? band[index - 1]! : null;
    case 'Home': return band[0] ?? null;
    case 'End': return band.at(-1) ?? null;
    case 'ArrowDown':
    case 'ArrowUp': return nearest();
    default: return undefined;
  }
}

export interface Period {
  /** null: the axis's first (or last) year, i.e. no limit, kept out of the URL */
  from: number | null;
  to: number | null;
}

/** Two range inputs that cannot cross: the one moved pushes the other. */
export function periodFromInputs(fromValue: number, toValue: number, moved: 'from' | 'to', first: number, last: number): Period {
  let from = fromValue;
  let to = toValue;
  if (from > to) (moved === 'from' ? (to = from) : (from = to));
  return { from: from === first ? null : from, to: to === last ? null : to };
}

/** A mark from `since` to `until` (fractional years) lies outside the years from…to, inclusive. */
export function isOutside(since: number, until: number, from: number, to: number): boolean {
  return until <= from || since >= to + 1;
}

/** x of 1 January of `year`, from the axis's ends. */
export function yearX(year: number, scale: { x0: number; x1: number; from: number; to: number }): number {
  return scale.x0 + ((year - scale.from) * (scale.x1 - scale.x0)) / (scale.to - scale.from + 1);
}

/** What the live region says after a change. */
export function statusText(inPeriod: number, from: number, to: number, actorChosen: boolean, linked: number): string {
  const marks = inPeriod === 1 ? '1 marque' : `${inPeriod} marques`;
  const period = from === to ? `en ${from}` : `entre ${from} et ${to}`;
  const actor = actorChosen ? (linked === 1 ? ' 1 concerne l’acteur choisi.' : ` ${linked} concernent l’acteur choisi.`) : '';
  return `${marks} ${period}.${actor}`;
}

/** The event a URL fragment names (`#<event-id>`), if it is one of `ids`; a view-state hash (`#de=…`) is not. */
export function anchoredEvent(hash: string, ids: ReadonlySet<string>): string | undefined {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  return id && !id.includes('=') && ids.has(id) ? id : undefined;
}
