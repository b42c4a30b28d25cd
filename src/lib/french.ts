// French words the build step needs to read dates and sentences.

/** month name (accents optional, lower case) → 1..12 */
export const MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7,
  août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};

/** the alternation of month names, for regular expressions */
export const MONTH_PATTERN = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** `Publié le 08 octobre 2019 à 09h07` → `2019-10-08` (undefined if the day does not exist) */
export function dayDate(day: string, month: string, year: string): string | undefined {
  const m = monthNumber(month);
  const d = day.toLowerCase() === '1er' ? 1 : Number(day);
  if (!m || !Number.isInteger(d) || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(Number(year), m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined;
  return `${year}-${pad2(m)}-${pad2(d)}`;
}
