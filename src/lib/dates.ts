// Dates as French readers write them, at the precision the source gives: a year is
// not a day, so "2025" never becomes "1 janvier 2025".
const months = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];

/** '2014-04-15' → '15 avril 2014', '2020-09' → 'septembre 2020', '2025' → '2025' */
export function formatDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (month === undefined) return year ?? value;
  const name = months[Number(month) - 1];
  if (name === undefined) throw new Error(`invalid month in date: ${value}`);
  if (day === undefined) return `${name} ${year}`;
  return `${Number(day) === 1 ? '1er' : Number(day)} ${name} ${year}`;
}

/** Reading time in minutes at ~230 words a minute (French prose), at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/** Sort key of an article's date: chronological, articles of unknown date last. */
export function dateSortKey(value: string | undefined): string {
  return value ?? '\uffff';
}

/** How a page states an article's date: "15 avril 2014", "vers 2021 (date estimée)", "date inconnue". */
export function articleDateText(value: string | undefined, origin: string): string {
  if (value === undefined || origin === 'unknown') return 'date inconnue';
  return origin === 'estimated' ? `${formatDate(value)} (date estimée)` : formatDate(value);
}
