// Text → ParsedArticle: recognise the layouts the corpus has.
//   (a) ` date YYYY-MM <first paragraph…>` and no title
//   (b) a title, possibly repeated on the next line
//   (c) a byline zone: author name, `Par X, …`, `Publié le 08 octobre 2019 à 09h07`
//   (d) sub-headings: short lines without final punctuation, alone between blank lines
//   (e) `Source : X` (or `Source :` then `X` on the next line) → attribution
// Page chrome (promos, comments, captions…) is the clean stage's job.
import type { SourceMeta, Precision } from '../model/knowledge.ts';
import { partialDate, precisionOf } from '../model/knowledge.ts';
import { problem, type Problem } from '../lib/errors.ts';
import { MONTHS, MONTH_PATTERN, dayDate } from '../lib/french.ts';
import { truncateAtWord } from '../lib/text.ts';
import { splitSentences } from './segment.ts';

export type DateOrigin = 'byline' | 'header' | 'sources' | 'text';

export interface ArticleDate {
  value: string;
  precision: Precision;
  origin: DateOrigin;
}

/** One non-empty line of the body, with what the layout says about it. */
export interface BodyLine {
  line: number;
  text: string;
  /** `heading` when the line has the shape of a sub-heading; clean may still drop it */
  shape: 'heading' | 'paragraph' | 'attribution';
  /** for a `Source : X` line: X */
  attribution?: string;
}

export interface DroppedBlock {
  kind: string;
  line: number;
  text: string;
}

export interface ParsedArticle {
  name: string;
  path: string;
  title: string;
  titleOrigin: 'text' | 'sources' | 'derived';
  date: ArticleDate;
  author?: string;
  outlet?: string;
  attribution?: string;
  /** the source's URL, when sources.yaml gives it */
  url?: string;
  body: BodyLine[];
  /** lines that are metadata, not text (title repeat, byline, attribution), reported like chrome */
  dropped: DroppedBlock[];
  warnings: string[];
}

export type Parsed = { ok: true; article: ParsedArticle } | { ok: false; problems: Problem[] };

const HEADER_DATE = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s+|$)(.*)$/i;
/** "8 octobre 2019", "jeudi 1er juin 2022", "08/10/2019", with an optional time "à 09h07" */
const DAY_TEXT = String.raw`(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?<day>1er|\d{1,2})\s+(?<month>${MONTH_PATTERN})\s+(?<year>\d{4})`;
const DAY_NUMERIC = String.raw`(?<nday>\d{1,2})[/.](?<nmonth>\d{1,2})[/.](?<nyear>\d{4})`;
const TIME = String.raw`(?:,?\s+(?:à\s+)?\d{1,2}\s*[h:]\s*\d{2}(?:\s*min)?)?`;
/** ", mis à jour le 4 mars 2022 à 12h00", " - Modifié à 12h00" after the publication date */
const UPDATE_TAIL = String.raw`(?:\s*[,–—|-]?\s*(?:mis à jour|modifié|actualisé|màj)\b.*)?`;
const PUBLISHED = new RegExp(String.raw`^(?:publié|mis en ligne|posté)\s+le\s+(?:${DAY_TEXT}|${DAY_NUMERIC})${TIME}\.?${UPDATE_TAIL}$`, 'iu');
const UPDATED = /^(?:mis à jour|modifié|actualisé)\s+le\s+/iu;
/** "Alexandre Boero", "Jean-Marc de La Tour": 2 to 5 words, capitalised (particles allowed) */
const PERSON = /^\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:de|du|des|la|le|van|von|da|di)\s+)?\p{Lu}[\p{L}’'.-]*){1,4}$/u;
const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:de|du|des|la|le|van|von)\s+)?\p{Lu}[\p{L}’'.-]*){1,4}`;
/** "Par Alexandre Boero, Journaliste…", "Par Jean Dupont le 3 mars 2021 à 10h00" */
const BYLINE = new RegExp(String.raw`^[Pp]ar\s+(?<name>${NAME})(?:,?\s+le\s+(?:${DAY_TEXT}|${DAY_NUMERIC})${TIME}\.?|\s*(?:[,–—|-].*)?\.?)$`, 'u');
const SOURCE_LINE = /^sources?\s*:\s*(.*)$/iu;

export function parse(name: string, path: string, text: string, source: SourceMeta | undefined): Parsed {
  const lines = text.split('\n');
  const dropped: DroppedBlock[] = [];
  const warnings: string[] = [];
  const isBlank = (index: number): boolean => index < 0 || index >= lines.length || lines[index]!.trim() === '';
  const nextFilled = (index: number): number => {
    let i = index + 1;
    while (i < lines.length && isBlank(i)) i++;
    return i;
  };

  let cursor = nextFilled(-1);
  let title: string | undefined;
  let date: ArticleDate | undefined;
  let author: string | undefined;
  /** the first paragraph when it shares the header line (layout a) */
  let headerParagraph: BodyLine | undefined;

  // (a) ` date 2020-09 Dans un communiqué…`: a date header, no title.
  const header = lines[cursor]?.match(HEADER_DATE);
  if (header) {
    if (!partialDate.safeParse(header[1]).success) {
      return { ok: false, problems: [problem(path, cursor + 1, `the date header "${header[1]}" is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD`)] };
    }
    date = { value: header[1]!, precision: precisionOf(header[1]!), origin: 'header' };
    const rest = header[2]!.trim();
    if (rest) headerParagraph = { line: cursor + 1, text: rest, shape: 'paragraph' };
    cursor = nextFilled(cursor);
  } else if (cursor < lines.length && looksLikeTitle(lines[cursor]!)) {
    // (b) a title, maybe written twice.
    title = lines[cursor]!.trim();
    cursor = nextFilled(cursor);
    if (cursor < lines.length && lines[cursor]!.trim() === title) {
      dropped.push({ kind: 'title-repeat', line: cursor + 1, text: title });
      cursor = nextFilled(cursor);
    }
  }

  // (c) the byline zone: author lines and the publication date, right after the title.
  for (;;) {
    if (cursor >= lines.length) break;
    const line = lines[cursor]!.trim();
    const published = line.match(PUBLISHED);
    const byline = line.match(BYLINE);
    const following = lines[nextFilled(cursor)]?.trim() ?? '';
    if (published) {
      const value = bylineDate(published.groups ?? {});
      if (value && !date) date = { value, precision: 'day', origin: 'byline' };
      dropped.push({ kind: 'byline-date', line: cursor + 1, text: line });
    } else if (UPDATED.test(line) && line.length < 80) {
      dropped.push({ kind: 'byline-date', line: cursor + 1, text: line });
    } else if (byline) {
      author ??= byline.groups!.name!.trim();
      const value = bylineDate(byline.groups ?? {});
      if (value && !date) date = { value, precision: 'day', origin: 'byline' };
      dropped.push({ kind: 'byline', line: cursor + 1, text: line });
    } else if (PERSON.test(line) && (BYLINE.test(following) || PUBLISHED.test(following))) {
      author ??= line;
      dropped.push({ kind: 'byline', line: cursor + 1, text: line });
    } else break;
    cursor = nextFilled(cursor);
  }

  // (d) + (e): the body, line by line; one non-empty line is one block. An attribution is
  // only marked here: clean keeps it unless it stands in the reader comments.
  const body: BodyLine[] = headerParagraph ? [headerParagraph] : [];
  for (let i = cursor; i < lines.length; i++) {
    if (isBlank(i)) continue;
    const text = lines[i]!.trim();
    const source = text.match(SOURCE_LINE);
    if (source && !/^sources?\s*:\s*\S.*[.!?]$/iu.test(text) && text.length < 100) {
      const named = source[1]!.trim();
      const next = nextFilled(i);
      const candidate = lines[next]?.trim() ?? '';
      if (!named && candidate && candidate.length < 80 && !/[.!?]$/.test(candidate)) {
        // `Source :` then the name on a line of its own
        body.push({ line: i + 1, text, shape: 'attribution', attribution: candidate });
        body.push({ line: next + 1, text: candidate, shape: 'attribution' });
        i = next;
      } else {
        body.push({ line: i + 1, text, shape: 'attribution', ...(named ? { attribution: named } : {}) });
      }
      continue;
    }
    // A hard-wrapped paragraph: the line goes on from a long previous one (no blank line
    // between, no final punctuation before, a lower-case letter to start). Short lines
    // ("Commentaires (10)" above a pseudonym) are never continued.
    const previous = body.at(-1);
    if (previous && previous.shape !== 'attribution' && !isBlank(i - 1) && previous.text.length >= 50 && /^\p{Ll}/u.test(text) && !/[.!?…:;»"”)]$/u.test(previous.text)) {
      previous.text = `${previous.text} ${text}`;
      previous.shape = 'paragraph';
      continue;
    }
    const alone = isBlank(i - 1) && isBlank(i + 1);
    body.push({ line: i + 1, text, shape: alone && looksLikeHeading(text) ? 'heading' : 'paragraph' });
  }

  // The date: the text's own first, then what the editor wrote in content/sources.yaml.
  if (!date && source?.date) date = { value: source.date, precision: precisionOf(source.date), origin: 'sources' };
  if (!date) {
    return {
      ok: false,
      problems: [
        problem(path, undefined, `no publication date found in the text; add an entry with a "date" (YYYY, YYYY-MM or YYYY-MM-DD) for article "${name}" in content/sources.yaml`),
      ],
    };
  }

  // The title: the text's own, else the editor's, else built from the first sentence.
  let titleOrigin: ParsedArticle['titleOrigin'] = 'text';
  if (!title && source?.title) {
    title = source.title;
    titleOrigin = 'sources';
  }
  if (!title) {
    const first = body.find((line) => line.shape === 'paragraph');
    if (!first) return { ok: false, problems: [problem(path, undefined, 'no article text found (every line was a title, byline or heading)')] };
    title = truncateAtWord(splitSentences(first.text)[0]?.text ?? first.text, 90).replace(/[.:;,]$/u, '');
    titleOrigin = 'derived';
    warnings.push(`${path}: no title in the text, derived one from the first sentence; set "title" for "${name}" in content/sources.yaml to choose it`);
  }

  return {
    ok: true,
    article: {
      name,
      path,
      title,
      titleOrigin,
      date,
      ...optional('author', source?.author ?? author),
      ...optional('outlet', source?.outlet),
      ...optional('url', source?.url),
      body,
      dropped,
      warnings,
    },
  };
}

/** The day a byline states, in words or in digits (day/month/year, the French order). */
function bylineDate(groups: Record<string, string | undefined>): string | undefined {
  if (groups.day && groups.month && groups.year) return dayDate(groups.day, groups.month, groups.year);
  if (groups.nday && groups.nmonth && groups.nyear) {
    const month = Number(groups.nmonth);
    if (month < 1 || month > 12) return undefined;
    return dayDate(groups.nday, Object.keys(MONTHS).find((name) => MONTHS[name] === month)!, groups.nyear);
  }
  return undefined;
}

/** A title is one short line that does not read like a paragraph. */
function looksLikeTitle(line: string): boolean {
  const text = line.trim();
  return text.length <= 200 && !/[.]$/.test(text) && splitSentences(text).length <= 2;
}

/** A sub-heading: short, starts with a capital or digit, no final punctuation. */
export function looksLikeHeading(text: string): boolean {
  const words = text.split(/\s+/).length;
  return (
    text.length <= 100 &&
    words >= 2 &&
    words <= 14 &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !/[.!?…:;,»"”)\]]$/u.test(text)
  );
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}
