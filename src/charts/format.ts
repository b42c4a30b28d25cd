// Dates as a French reader writes them, at the precision they are known:
// "2013", "juin 2013", "15 avril 2014" — never a made-up day.
const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

export function formatDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (!month) return year!;
  const monthName = months[Number(month) - 1];
  if (!monthName) throw new Error(`not a partial date: ${value}`);
  if (!day) return `${monthName} ${year}`;
  return `${Number(day) === 1 ? '1er' : Number(day)} ${monthName} ${year}`;
}

/** JSON safe to put inside <script type="application/json">: no "</script>" can close it early. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
