// Body units → Block[]: the shapes the text is written in, before anyone decides what is
// article and what is chrome.
//   - a list: consecutive lines that start with one kind of marker (• - – * 1. 1) a) (1));
//     a line right under an item, with no blank line between and a lower-case start, goes on
//     with that item; a single dash line is a list only after a line that ends with ":";
//   - a table: two or more consecutive rows of as many cells (tabs or " | "); a rule row
//     (|---|---|) belongs to it and has no cells; or three or more rows of as many cells set
//     apart by runs of spaces (columns aligned with spaces, as a PDF or a terminal copies them);
//   - anything else: one block per unit.
import { listMarker, tableCells, isTableRule, type ListMarker } from './features.ts';
import type { Unit } from './units.ts';

export type Block =
  | { kind: 'text'; units: [Unit] }
  | { kind: 'list'; ordered: boolean; start?: number; style?: 'a' | '1'; units: Unit[]; items: Array<{ text: string; units: Unit[] }> }
  | { kind: 'table'; units: Unit[]; rows: string[][] };

export function structure(units: Unit[], rawLines: string[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < units.length; ) {
    const unit = units[i]!;
    const table = readTable(units, rawLines, i);
    if (table) {
      blocks.push(table.block);
      i = table.next;
      continue;
    }
    const list = readList(units, i);
    if (list) {
      blocks.push(list.block);
      i = list.next;
      continue;
    }
    blocks.push({ kind: 'text', units: [unit] });
    i++;
  }
  return blocks;
}

function family(marker: ListMarker): string {
  if (!marker.ordered) return /[-–—]/u.test(marker.marker) ? 'dash' : 'bullet';
  return marker.marker; // "1.", "1)", "a)", "(1)"…
}

function readList(units: Unit[], from: number): { block: Block; next: number } | undefined {
  const first = listMarker(units[from]!.text);
  if (!first) return undefined;
  const kind = family(first);
  const items: Array<{ text: string; units: Unit[] }> = [];
  let i = from;
  while (i < units.length) {
    const marker = listMarker(units[i]!.text);
    if (!marker || family(marker) !== kind) break;
    // numbering that goes back ("3." then "1.") starts another list: a table of contents, then the first section
    const previous = items.length > 0 ? listMarker(items[items.length - 1]!.units[0]!.text)?.ordinal : undefined;
    if (marker.ordinal && previous && ordinalValue(marker.ordinal) < ordinalValue(previous)) break;
    const item = { text: marker.text, units: [units[i]!] };
    i++;
    // an item cut over several lines: the next line has no marker, no blank line before it,
    // and starts in lower case (or the item stops mid-sentence)
    while (i < units.length && !units[i]!.blankBefore && !listMarker(units[i]!.text) && continuesItem(item.text, units[i]!.text)) {
      item.text = `${item.text} ${units[i]!.text}`;
      item.units.push(units[i]!);
      i++;
    }
    items.push(item);
  }
  // One dash line alone is a dialogue line or an interview question, not a list, unless the
  // line before announces a list; one bullet or number alone is a list of one.
  if (items.length === 1 && kind === 'dash' && !/:\s*$/u.test(units[from - 1]?.text ?? '')) return undefined;
  if (items.length === 1 && first.ordered && !/:\s*$/u.test(units[from - 1]?.text ?? '')) return undefined;
  const ordered = first.ordered;
  const block: Block = {
    kind: 'list',
    ordered,
    ...(ordered ? { style: /[a-z]/u.test(first.ordinal ?? '') ? ('a' as const) : ('1' as const) } : {}),
    ...(ordered && first.ordinal && ordinalValue(first.ordinal) !== 1 ? { start: ordinalValue(first.ordinal) } : {}),
    units: items.flatMap((item) => item.units),
    items,
  };
  return { block, next: i };
}

/** Characters a line has when a wrap cut it: a shorter item stops where its writer ended it. */
const WRAPPED_ITEM = 50;

function continuesItem(item: string, next: string): boolean {
  // a short numbered line over a capitalised sentence is a section's heading over its text
  // ("2. Gaia-X, l'ambition franco-allemande" / "Présenté en 2019, …"), not an item cut short
  return /^\p{Ll}/u.test(next) || !/[.!?…:;»”)]$/u.test(item) && item.length >= WRAPPED_ITEM && next.length < 200 && /^[\p{L}«“"(]/u.test(next) && /[,\p{Ll}]$/u.test(item);
}

function ordinalValue(ordinal: string): number {
  return /\d/.test(ordinal) ? Number(ordinal) : ordinal.charCodeAt(0) - 96;
}

/** Rows whose cells are set apart by runs of spaces only: three of them at least, as aligned columns are. */
const ALIGNED_ROWS = 3;

/** "Amazon Web Services      32 %": cells set apart by two spaces or more, each short, and no sentence's end. */
function alignedCells(raw: string): string[] | undefined {
  const line = raw.trim();
  if (!/\S\s{2,}\S/u.test(line) || /[.!?:;]$/u.test(line)) return undefined;
  const cells = line.split(/\s{2,}/u);
  return cells.length >= 2 && cells.every((cell) => cell.length <= 60) ? cells : undefined;
}

function readTable(units: Unit[], rawLines: string[], from: number): { block: Block; next: number } | undefined {
  return delimitedTable(units, rawLines, from) ?? alignedTable(units, rawLines, from);
}

/** Rows aligned with spaces: as many cells in each, three rows at least. */
function alignedTable(units: Unit[], rawLines: string[], from: number): { block: Block; next: number } | undefined {
  const rowOf = (unit: Unit | undefined) => (unit && unit.lines === 1 ? alignedCells(rawLines[unit.line - 1] ?? unit.text) : undefined);
  const first = rowOf(units[from]);
  if (!first) return undefined;
  const rows = [first];
  let i = from + 1;
  for (let row = rowOf(units[i]); row && row.length === first.length; row = rowOf(units[++i])) rows.push(row);
  if (rows.length < ALIGNED_ROWS || !columnsAligned(units.slice(from, i).map((unit) => rawLines[unit.line - 1] ?? unit.text))) return undefined;
  return { block: { kind: 'table', units: units.slice(from, i), rows }, next: i };
}

/**
 * Each column after the first starts, or ends, at one place on every row (within two
 * characters): a table set in columns, not lines of justified text whose spaces were doubled.
 */
function columnsAligned(lines: string[]): boolean {
  const spans = lines.map((line) => [...line.trimEnd().matchAll(/(?:^|(?<=\s{2}))\S(?:.*?\S)?(?=\s{2,}|$)/gu)].map((m) => [m.index, m.index + m[0].length] as const));
  const columns = spans[0]!.length;
  for (let k = 1; k < columns; k++) {
    const starts = spans.map((row) => row[k]![0]);
    const ends = spans.map((row) => row[k]![1]);
    const steady = (xs: number[]) => Math.max(...xs) - Math.min(...xs) <= 2;
    if (!steady(starts) && !steady(ends)) return false;
  }
  return true;
}

function delimitedTable(units: Unit[], rawLines: string[], from: number): { block: Block; next: number } | undefined {
  const rowOf = (unit: Unit): string[] | 'rule' | undefined => {
    if (unit.lines !== 1) return undefined;
    const raw = rawLines[unit.line - 1] ?? unit.text;
    if (isTableRule(raw)) return 'rule';
    return tableCells(raw);
  };
  const first = rowOf(units[from]!);
  if (!first || first === 'rule') return undefined;
  const width = first.length;
  const rows: string[][] = [first];
  const taken: Unit[] = [units[from]!];
  let i = from + 1;
  while (i < units.length) {
    const row = rowOf(units[i]!);
    if (row === 'rule') {
      taken.push(units[i]!);
      i++;
      continue;
    }
    if (!row || Math.abs(row.length - width) > 0) break;
    rows.push(row);
    taken.push(units[i]!);
    i++;
  }
  if (rows.length < 2) return undefined;
  return { block: { kind: 'table', units: taken, rows }, next: i };
}
