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
