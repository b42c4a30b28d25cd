// Formatting shared by the figures. Dates are written by src/lib/dates.ts, the one place
// that knows how a French reader writes a date at its precision.
export { formatDate } from '../lib/dates.ts';

/** A quote short enough for a table cell or a list line: cut at 90 characters, at a word. */
export function shortQuote(quote: string, max = 90): string {
  if (quote.length <= max) return quote;
  const cut = quote.slice(0, max - 2);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const number = new Intl.NumberFormat('fr-FR');

/** "2 307": a number as French writes it (a narrow no-break space between thousands). */
export function frenchNumber(n: number): string {
  return number.format(n);
}

/** A count with its noun, in French: "0 article", "1 article", "2 articles", "1 234 dates"
 *  (French takes the singular below 2, and a narrow no-break space between thousands). */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${number.format(n)}\u00a0${Math.abs(n) < 2 ? one : many}`;
}
