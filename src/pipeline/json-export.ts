// An article exported by a CMS or an API as JSON ({"title": …, "author": …, "body": …}), saved
// as the text → the text it holds: its fields as a front matter (`title:`, `date:`, `author:`,
// `source:`, `description:`, the keys the header reads), then its text, whose own line breaks
// ("\n" in the string) are the text's. The JSON is data: it is parsed, never run.

/** Keys whose value is the article's text, in the order they are looked for. */
const BODY_KEYS = ['body', 'content', 'text', 'texte', 'contenu', 'article', 'articleBody', 'corps'];
/** Keys copied into the front matter, by the names the header reads. */
const FIELD_KEYS: Record<string, string> = {
  title: 'title', headline: 'title', titre: 'title',
  author: 'author', authors: 'authors', auteur: 'author', auteurs: 'authors', byline: 'author',
  date: 'date', published: 'date', publishedAt: 'date', published_at: 'date', datePublished: 'date', pubDate: 'date',
  modified: 'updated', dateModified: 'updated', updated: 'updated', updatedAt: 'updated', updated_at: 'updated', modified_at: 'updated',
  source: 'source', publisher: 'source', outlet: 'source', media: 'source',
  description: 'description', summary: 'description', excerpt: 'description', chapo: 'description', subtitle: 'description',
  url: 'url', link: 'url',
};

export interface FromJson {
  text: string;
  /** the key whose value was the text */
  body: string;
}

/**
 * The text a JSON export holds, or undefined when the file is no JSON object with a text in it.
 * A text that only starts with a brace is prose: it must parse whole, and hold a text of its own.
 */
export function fromJsonExport(text: string, shown: (body: string) => string = (body) => body): FromJson | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  const record = articleOf(parsed);
  if (!record) return undefined;
  const body = BODY_KEYS.find((key) => stringOf(record[key]) !== undefined)!;
  const name = (value: unknown): string | undefined =>
    stringOf(value) ?? (typeof value === 'object' && value !== null ? stringOf((value as { name?: unknown }).name) : undefined);
  const fields: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    const field = FIELD_KEYS[key];
    if (!field || key === body) continue;
    // a CMS's fields may hold HTML too (an excerpt's "<p>…</p>"): their text as shown
    const values = (Array.isArray(value) ? value : [value]).map(name).map((v) => (v === undefined ? v : shown(v))).filter((v): v is string => v !== undefined && v.trim() !== '');
    if (values.length === 0) continue;
    // one line a field, in quotes: a value's own line breaks would end it, and the quotes keep it whole
    // (a no-break space stays: French sets one before « : » and inside « »)
    const line = (v: string) => `"${v.replace(/[^\S\u00A0\u202F]+/gu, ' ').trim()}"`;
    if (values.length > 1) fields.push(`${field}:`, ...values.map((v) => `  - ${line(v)}`));
    else fields.push(`${field}: ${line(values[0]!)}`);
  }
  const content = shown(stringOf(record[body])!.replace(/\r\n?/gu, '\n'));
  return { text: fields.length ? `---\n${fields.join('\n')}\n---\n\n${content}\n` : `${content}\n`, body };
}

/** A field's text: a string, or the "rendered" string a CMS's API gives (`{"rendered": "<p>…</p>"}`); blank is none. */
function stringOf(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value : typeof value === 'object' && value !== null && typeof (value as { rendered?: unknown }).rendered === 'string' ? (value as { rendered: string }).rendered : undefined;
  return text !== undefined && text.trim() !== '' ? text : undefined;
}

/** The object that holds the article: the parsed value itself, or the one object it wraps (`{"data": {…}}`, `{"article": {…}}`). */
function articleOf(parsed: unknown, depth = 0): Record<string, unknown> | undefined {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const record = parsed as Record<string, unknown>;
  if (BODY_KEYS.some((key) => stringOf(record[key]) !== undefined)) return record;
  if (depth > 0) return undefined;
  const wrapped = Object.values(record).filter((value) => typeof value === 'object' && value !== null && !Array.isArray(value));
  return wrapped.length === 1 ? articleOf(wrapped[0], depth + 1) : undefined;
}
