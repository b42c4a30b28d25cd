// Dated mentions → an estimated publication date, for a text that gives none. An article is
// written after the events it reports, so the latest date it cites is a fair lower bound of
// its own; a date the text looks forward to ("d’ici 2030", "la plateforme devrait ouvrir en
// 2021") says nothing of when it was written and does not count. No date at all: "unknown".
// The build warns either way: an estimate is no substitute for the editor's date.
import type { ArticleDate, DatedMention } from '../model/generated.ts';
import type { AnnotatedSegment } from './annotate.ts';
import { hasSentences } from './segment.ts';

/** Words of a sentence that speaks of what has not happened yet. */
const FUTURE = /(?<![\p{L}\p{N}])(?:d['’]ici|à l['’]horizon|prévue?s?|devrai(?:en)?t|ser(?:a|ont)|pourr(?:a|ont|ait|aient)|aur(?:a|ont)|à venir)(?![\p{L}\p{N}])/iu;

export function estimateDate(segments: AnnotatedSegment[], dates: DatedMention[]): ArticleDate {
  const sentenceText = new Map<string, string>();
  for (const segment of segments) if (hasSentences(segment)) for (const s of segment.sentences) sentenceText.set(s.id, s.text);
  let best: { value: string; precision: DatedMention['precision']; sentence: string } | undefined;
  for (const date of dates) {
    if (date.yearFromArticle) continue;
    if (FUTURE.test(sentenceText.get(date.sentence) ?? '')) continue;
    const value = date.until ?? date.value;
    const precision = date.until ? precisionOfValue(date.until) : date.precision;
    if (!best || later(value, best.value)) best = { value, precision, sentence: date.sentence };
  }
  return best ? { origin: 'estimated', ...best } : { origin: 'unknown' };
}

/** Is partial date a later than b? "2021-03" is later than "2021" (it says more). */
function later(a: string, b: string): boolean {
  const common = Math.min(a.length, b.length);
  const [x, y] = [a.slice(0, common), b.slice(0, common)];
  return x === y ? a.length > b.length : x > y;
}

function precisionOfValue(value: string): DatedMention['precision'] {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}
