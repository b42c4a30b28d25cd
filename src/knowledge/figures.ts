// The data behind the figures and actor pages, joined once per build: the curated
// knowledge (siteKnowledge) + what the build step wrote to content/generated/
// (readGenerated), laid out by src/charts. Every page of a build shares the result.
import { readGenerated, type Generated } from './generated.ts';
import { siteKnowledge, type SiteKnowledge } from './site.ts';
import { buildFigures, type Figures } from '../charts/figures.ts';
import type { ArticleRecord, Sentence } from '../model/generated.ts';
import { dateSortKey } from '../lib/dates.ts';
import { yearsOfDates, type YearOfDates } from '../charts/date-groups.ts';
import { PAGE_SIZES } from '../charts/paging.ts';
import type { FigureDate } from '../charts/figures.ts';

/** The sentences of one article that name an actor, in text order. */
export interface ArticleMentions {
  article: ArticleRecord;
  sentences: Sentence[];
}

export interface FigureData {
  knowledge: SiteKnowledge;
  generated: Generated;
  figures: Figures;
  /** actor id → the sentences naming it, articles in date order: built once, not per actor page */
  mentionsByActor: Map<string, ArticleMentions[]>;
}

/** per project root: a build reads one root, tests may read several */
const cache = new Map<string, FigureData>();

export function figureData(root: string = process.cwd()): FigureData {
  const cached = cache.get(root);
  if (cached) return cached;
  const knowledge = siteKnowledge(root);
  const generated = readGenerated(root);
  const data: FigureData = {
    knowledge,
    generated,
    figures: buildFigures(knowledge, generated),
    mentionsByActor: indexMentions(generated),
  };
  cache.set(root, data);
  return data;
}

function indexMentions(generated: Generated): Map<string, ArticleMentions[]> {
  const articles = [...generated.articles].sort((a, b) => dateSortKey(a.date.origin === 'unknown' ? undefined : a.date.value).localeCompare(dateSortKey(b.date.origin === 'unknown' ? undefined : b.date.value)) || a.slug.localeCompare(b.slug));
  const order = new Map(articles.map((article, index) => [article.file, index]));
  const sentenceById = new Map(articles.map((article) => [article.file, new Map(article.sentences.map((s, i) => [s.id, { s, i }]))]));
  const grouped = new Map<string, Map<string, Set<string>>>();
  for (const mention of generated.mentions) {
    const byArticle = grouped.get(mention.actor) ?? new Map<string, Set<string>>();
    grouped.set(mention.actor, byArticle);
    const ids = byArticle.get(mention.article) ?? new Set<string>();
    byArticle.set(mention.article, ids);
    ids.add(mention.sentence);
  }
  const index = new Map<string, ArticleMentions[]>();
  for (const [actor, byArticle] of grouped) {
    const groups: ArticleMentions[] = [];
    for (const [file, ids] of byArticle) {
      const article = articles[order.get(file) ?? -1];
      const sentences = sentenceById.get(file);
      if (!article || !sentences) continue;
      const found = [...ids].map((id) => sentences.get(id)).filter((x) => x !== undefined).sort((a, b) => a.i - b.i).map((x) => x.s);
      if (found.length > 0) groups.push({ article, sentences: found });
    }
    groups.sort((a, b) => order.get(a.article.file)! - order.get(b.article.file)!);
    index.set(actor, groups);
  }
  return index;
}

const dateYears = new WeakMap<FigureData, YearOfDates<FigureDate>[]>();

/** The cited dates, year by year, on pages of PAGE_SIZES.dates (/chronologie/dates/<année>/…). */
export function datePages(root: string = process.cwd()): YearOfDates<FigureDate>[] {
  const data = figureData(root);
  let years = dateYears.get(data);
  if (!years) {
    years = yearsOfDates(data.figures.dateGroups, PAGE_SIZES.dates);
    dateYears.set(data, years);
  }
  return years;
}

const dateAt = new WeakMap<FigureData, Map<string, { year: number; page: number }>>();

/** Where a cited date is listed (`date-<slug>-<sentence>-<n>` → its year and page), to link a
 *  date in an article to it; undefined for a date the pages do not list (past an article's first
 *  DATES_PER_ARTICLE). */
export function dateLocation(id: string, root: string = process.cwd()): { year: number; page: number } | undefined {
  const data = figureData(root);
  let index = dateAt.get(data);
  if (!index) {
    index = new Map();
    for (const year of datePages(root)) for (const [dateId, page] of year.pageOf) index.set(dateId, { year: year.year, page });
    dateAt.set(data, index);
  }
  return index.get(id);
}
