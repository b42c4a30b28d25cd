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

/** A date as a complement of time: "en 2014", "en avril 2014", "le 3 octobre 2019". */
export function atDate(value: string): string {
  return value.length === 10 ? `le ${formatDate(value)}` : `en ${formatDate(value)}`;
}

/** "de 2008 à 2019", "d’avril 2014 à octobre 2019", "du 3 mars au 5 mai 2019" is not attempted:
 *  days are written whole, "du 3 mars 2019 au 5 mai 2019". */
export function spanText(from: string | undefined, until: string | undefined): string {
  const start = from ? formatDate(from) : undefined;
  const end = until ? formatDate(until) : undefined;
  const de = (text: string, day: boolean) => (day ? `du ${text}` : /^[aeiouyàâéèêîôû]/iu.test(text) ? `d’${text}` : `de ${text}`);
  const a = (text: string, day: boolean) => (day ? `au ${text}` : `à ${text}`);
  if (start && end) return `${de(start, from!.length === 10)} ${a(end, until!.length === 10)}`;
  if (start) return from!.length === 10 ? `à partir du ${start}` : /^[aeiouyàâéèêîôû]/iu.test(start) ? `à partir d’${start}` : `à partir de ${start}`;
  if (end) return until!.length === 10 ? `jusqu’au ${end}` : `jusqu’en ${end}`;
  return '';
}

/** "2014, 2019 et 2020" */
export function frenchList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}
