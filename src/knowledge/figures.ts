// The data behind the figures and actor pages, joined once per build: the curated
// knowledge (siteKnowledge) + what the build step wrote to content/generated/
// (readGenerated), laid out by src/charts. Every page of a build shares the result.
import { readGenerated, type Generated } from './generated.ts';
import { siteKnowledge, type SiteKnowledge } from './site.ts';
import { buildFigures, type Figures } from '../charts/figures.ts';
import { yearsOfDates, type YearOfDates } from '../charts/date-groups.ts';
import { PAGE_SIZES } from '../charts/paging.ts';
import type { FigureDate } from '../charts/figures.ts';

export interface FigureData {
  knowledge: SiteKnowledge;
  generated: Generated;
  figures: Figures;
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
  };
  cache.set(root, data);
  return data;
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
