// Text → ParsedArticle: the layout reader's findings (./layout/) and the editor's notes on the
// source (content/sources.yaml) made into one article. What the editor wrote wins over what
// the text seems to say: it is how an editor corrects a misread title or date.
import type { SourceMeta } from '../model/knowledge.ts';
import { precisionOf } from '../model/knowledge.ts';
import type { KnownArticleDate } from '../model/generated.ts';
import { problem, type Problem } from '../lib/errors.ts';
import { truncateAtWord, withoutTrailingEmoji } from '../lib/text.ts';
import { readLayout, type DroppedBlock, type ExplainedUnit, type LayoutBlock } from './layout/index.ts';
import { readDateline } from './layout/lines.ts';
import { splitSentences } from './segment.ts';

export interface ParsedArticle {
  name: string;
  path: string;
  title: string;
  titleOrigin: 'text' | 'sources' | 'derived';
  /** the date the text or the editor gives; none yet when it must be estimated from the text */
  date?: KnownArticleDate;
  updated?: string;
  authors: string[];
  outlet?: string;
  attribution?: string;
  /** the source's URL, when sources.yaml gives it */
  url?: string;
  blocks: LayoutBlock[];
  /** every line that is not article text (chrome, bylines, comments), with its kind */
  dropped: DroppedBlock[];
  explained: ExplainedUnit[];
  warnings: string[];
}

/** A text that is no article still says how its lines were read (`explained`), where the reader got that far. */
export type Parsed = { ok: true; article: ParsedArticle } | { ok: false; problems: Problem[]; explained?: ExplainedUnit[] };

/** A title derived from the first sentence is cut to this many characters, at a word. */
const DERIVED_TITLE_LENGTH = 90;

export function parse(name: string, path: string, text: string, source: SourceMeta | undefined): Parsed {
  const layout = readLayout(text);
  if (layout.problem) return { ok: false, problems: [problem(path, layout.problem.line, layout.problem.message)] };
  const warnings: string[] = [];
  if (!layout.blocks.some((b) => b.kind === 'paragraph' || b.kind === 'list')) {
    return { ok: false, problems: [problem(path, undefined, 'no article text left once the title, bylines and page chrome were set apart; check that the file holds the article itself (`npm run content -- --explain ' + path + '` shows how each line was read)')], explained: layout.explained };
  }

  for (const { line, expression } of layout.impossibleDates) {
    warnings.push(`${path}:${line}: « ${expression} » names a day that does not exist: the line is set aside as a date line, and no date is taken from it; check the date in the source, or set "date" for "${name}" in content/sources.yaml`);
  }
  // The date: the editor's, else the text's own (header, byline, dateline); else estimated later.
  let date: KnownArticleDate | undefined;
  if (source?.date) date = { value: source.date, precision: precisionOf(source.date), origin: 'sources' };
  else if (layout.date) date = { value: layout.date.found.value, precision: layout.date.found.precision, origin: layout.date.origin };

  // The title: the editor's, else the text's, else built from the first sentence.
  let title: string;
  let titleOrigin: ParsedArticle['titleOrigin'];
  if (source?.title) {
    title = source.title;
    titleOrigin = 'sources';
  } else if (layout.title) {
    title = layout.title;
    titleOrigin = 'text';
  } else {
    const first = layout.blocks.find((b) => b.kind === 'paragraph') ?? layout.blocks.find((b) => b.kind === 'list');
    const firstText = first?.kind === 'paragraph' ? first.text : first?.kind === 'list' ? first.items[0]!.text : '';
    // a dispatch's dateline ("BRUXELLES, 6 oct (Reuters) - ") says where and when, not what
    const lede = firstText.slice(readDateline(firstText)?.end ?? 0);
    const sentence = splitSentences(lede)[0]?.text ?? lede;
    // without the emoji that end it, then its final stop: a title, not the post's first line
    title = truncateAtWord(withoutTrailingEmoji(sentence).replace(/[.:;,]$/u, ''), DERIVED_TITLE_LENGTH);
    titleOrigin = 'derived';
    warnings.push(`${path}: no title in the text, derived one from the first sentence; set "title" for "${name}" in content/sources.yaml to choose it`);
  }

  const authors = source?.author ? [source.author] : layout.authors;
  const outlet = source?.outlet ?? layout.outlet;
  return {
    ok: true,
    article: {
      name,
      path,
      title,
      titleOrigin,
      ...(date ? { date } : {}),
      ...(layout.updated ? { updated: layout.updated } : {}),
      authors,
      ...(outlet ? { outlet } : {}),
      ...(layout.attribution ? { attribution: layout.attribution } : {}),
      ...(source?.url ? { url: source.url } : {}),
      blocks: layout.blocks,
      dropped: layout.dropped,
      explained: layout.explained,
      warnings,
    },
  };
}
