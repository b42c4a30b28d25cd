// What the pages keyed by their props show (an actor's, a glossary term's, a year of cited
// dates), computed once per build for all of them: each such page renders these records and
// nothing else (no data function at render time), so that the record is the whole of what the
// page reads besides its code, and its digest is the key that lets Astro keep the page between
// builds (page-keys.ts, propsPageKey).
// An article appears in them by its address and title only, and a sentence by its anchor and
// text: a page keeps its key when an article it lists changes elsewhere.
import { datePages, figureData } from './figures.ts';
import { dateSortKey } from '../lib/dates.ts';
import { readGenerated } from './generated.ts';
import { siteKnowledge } from './site.ts';
import { paginate, PAGE_SIZES, type Page } from '../charts/paging.ts';
import type { FigureActor, FigureEvent, FigureRelation } from '../charts/figures.ts';
import type { Reference, Term } from '../model/knowledge.ts';
import type { ArticleRecord, Sentence, TermUse } from '../model/generated.ts';

/** An article as the lists of an actor's or a term's page show it. */
export interface ListedArticle {
  slug: string;
  title: string;
}

/**
 * How many sentences of one article a list shows, under the article's title; the others are
 * counted and left to the article (an outsized article must not make the pages that list it as
 * long as itself).
 */
export const SENTENCES_SHOWN = 5;

/** The first SENTENCES_SHOWN of an article's sentences in a list, and how many it leaves out. */
function shownOf<T>(all: readonly T[]): { sentences: T[]; more: number } {
  return { sentences: all.slice(0, SENTENCES_SHOWN), more: Math.max(0, all.length - SENTENCES_SHOWN) };
}

/** The first sentences of one article that name an actor, in text order, and how many more there are. */
export interface ActorMentionGroup {
  article: ListedArticle;
  sentences: { id: string; text: string }[];
  more: number;
}

/** The first passages (sentence anchors) of one article that use a term, in text order, and how many more there are. */
export interface TermUseGroup {
  article: ListedArticle;
  sentences: string[];
  more: number;
}

/** /acteurs/<id>/ */
export interface ActorPage {
  actor: FigureActor;
  /** the sources of the actor's own record (its description, its dates) */
  sources: Reference[];
  relations: FigureRelation[];
  events: FigureEvent[];
  /** the glossary term that explains the actor, if any */
  term?: { id: string; label: string; short: string };
  /** every article naming the actor, and every sentence */
  articles: number;
  sentences: number;
  /** the first page of those articles (its `total` says how many pages there are) */
  mentions: Page<ActorMentionGroup>;
}

/** /acteurs/<id>/page/<n>/ (n ≥ 2) */
export interface ActorMentionsPage {
  actor: { id: string; name: string };
  articles: number;
  page: Page<ActorMentionGroup>;
}

/** A glossary entry: on /glossaire/ (a few articles), and on /glossaire/<id>/ (the first page of them). */
export interface TermEntryData {
  term: Term;
  related: { id: string; label: string }[];
  /** the actor whose record this term explains, if any */
  actor?: { id: string; name: string };
  /** every article that uses the term */
  articles: number;
  /** the articles shown with the entry */
  shown: TermUseGroup[];
  /** pages of the term's articles (the term's page and its /page/<n>/) */
  pages: number;
}

/** /glossaire/<id>/page/<n>/ (n ≥ 2) */
export interface TermUsesPage {
  term: { id: string; label: string; short: string };
  page: Page<TermUseGroup>;
}

// One object per article and per sentence, whatever the number of pages that list it: the key
// of each page hashes an object once (page-keys.ts).
const listedArticles = new WeakMap<ArticleRecord, ListedArticle>();
const listedSentences = new WeakMap<Sentence, { id: string; text: string }>();

function listed(article: ArticleRecord): ListedArticle {
  let shown = listedArticles.get(article);
  if (!shown) listedArticles.set(article, (shown = { slug: article.slug, title: article.title }));
  return shown;
}

function listedSentence(sentence: Sentence): { id: string; text: string } {
  let shown = listedSentences.get(sentence);
  if (!shown) listedSentences.set(sentence, (shown = { id: sentence.id, text: sentence.text }));
  return shown;
}

/** per project root: the two routes of the actor pages share one grouping */
const actorGroups = new Map<string, Map<string, ActorMentionGroup[]>>();

/**
 * Every actor's mentions, article by article: the articles in date order (undated last, then
 * by address), the sentences in text order, each sentence once.
 */
export function actorMentionGroups(root: string = process.cwd()): Map<string, ActorMentionGroup[]> {
  let index = actorGroups.get(root);
  if (index) return index;
  const generated = readGenerated(root);
  const dateOf = (article: ArticleRecord) => dateSortKey(article.date.origin === 'unknown' ? undefined : article.date.value);
  const articles = [...generated.articles].sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || a.slug.localeCompare(b.slug));
  const order = new Map(articles.map((article, position) => [article.file, position]));
  // actor → article → the ids of its sentences that name the actor
  const grouped = new Map<string, Map<string, Set<string>>>();
  for (const mention of generated.mentions) {
    let byArticle = grouped.get(mention.actor);
    if (!byArticle) grouped.set(mention.actor, (byArticle = new Map()));
    let ids = byArticle.get(mention.article);
    if (!ids) byArticle.set(mention.article, (ids = new Set()));
    ids.add(mention.sentence);
  }
  const positions = new Map<string, Map<string, number>>();
  const positionsIn = (article: ArticleRecord): Map<string, number> => {
    let byId = positions.get(article.file);
    if (!byId) positions.set(article.file, (byId = new Map(article.sentences.map((sentence, i) => [sentence.id, i]))));
    return byId;
  };
  index = new Map();
  for (const [actor, byArticle] of grouped) {
    const groups: { position: number; group: ActorMentionGroup }[] = [];
    for (const [file, ids] of byArticle) {
      const position = order.get(file);
      if (position === undefined) continue;
      const article = articles[position]!;
      const at = positionsIn(article);
      const found = [...ids].map((id) => at.get(id)).filter((i) => i !== undefined).sort((x, y) => x - y);
      if (found.length === 0) continue;
      const { sentences, more } = shownOf(found);
      groups.push({ position, group: { article: listed(article), sentences: sentences.map((i) => listedSentence(article.sentences[i]!)), more } });
    }
    index.set(actor, groups.sort((x, y) => x.position - y.position).map(({ group }) => group));
  }
  actorGroups.set(root, index);
  return index;
}

export function actorPages(root: string = process.cwd()): ActorPage[] {
  const { figures, knowledge } = figureData(root);
  const groups = actorMentionGroups(root);
  const sourceById = new Map(knowledge.actors.map((actor) => [actor.id, actor]));
  return figures.actors.map((actor) => {
    const list = groups.get(actor.id) ?? [];
    const term = actor.term ? knowledge.termById.get(actor.term) : undefined;
    return {
      actor,
      sources: sourceById.get(actor.id)?.sources ?? [],
      relations: figures.relations.filter((r) => r.source === actor.id || r.target === actor.id),
      events: figures.events.filter((e) => e.actors.includes(actor.id)),
      ...(term ? { term: { id: term.id, label: term.label, short: term.short } } : {}),
      articles: list.length,
      sentences: list.reduce((n, group) => n + group.sentences.length + group.more, 0),
      mentions: paginate(list, PAGE_SIZES.actorArticles)[0]!,
    };
  });
}

export function actorMentionsPages(root: string = process.cwd()): ActorMentionsPage[] {
  const groups = actorMentionGroups(root);
  return figureData(root).figures.actors.flatMap((actor) => {
    const list = groups.get(actor.id) ?? [];
    return paginate(list, PAGE_SIZES.actorArticles)
      .filter((page) => page.number > 1)
      .map((page) => ({ actor: { id: actor.id, name: actor.name }, articles: list.length, page }));
  });
}

/**
 * A term's uses, article by article, in the order of the articles, grouped in one pass (filtering
 * every use per article grows as articles × uses, quadratically with the corpus).
 */
function useGroups(uses: readonly TermUse[], articles: readonly ArticleRecord[]): TermUseGroup[] {
  const sentencesByFile = new Map<string, string[]>();
  for (const use of uses) {
    const list = sentencesByFile.get(use.article);
    if (list) list.push(use.sentence);
    else sentencesByFile.set(use.article, [use.sentence]);
  }
  return articles.filter((article) => sentencesByFile.has(article.file)).map((article) => ({ article: listed(article), ...shownOf(sentencesByFile.get(article.file)!) }));
}

/** per project root: the glossary page and the term pages share one grouping */
const termGroups = new Map<string, Map<string, TermUseGroup[]>>();

function usesByTerm(root: string): Map<string, TermUseGroup[]> {
  let byTerm = termGroups.get(root);
  if (!byTerm) {
    const { articles, 'term-uses': termUses } = readGenerated(root);
    const uses = new Map<string, TermUse[]>();
    for (const use of termUses) {
      const list = uses.get(use.term);
      if (list) list.push(use);
      else uses.set(use.term, [use]);
    }
    byTerm = new Map(siteKnowledge(root).terms.map((term) => [term.id, useGroups(uses.get(term.id) ?? [], articles)]));
    termGroups.set(root, byTerm);
  }
  return byTerm;
}

/**
 * Every glossary entry, in the order of content/glossary.yaml. `shown`: the articles an entry
 * lists, at most `shown` of them (the glossary page lists a few, a term's page its first page).
 */
export function termEntries(shown: number, root: string = process.cwd()): TermEntryData[] {
  const { terms, termById, actors } = siteKnowledge(root);
  const byTerm = usesByTerm(root);
  return terms.map((term) => {
    const groups = byTerm.get(term.id) ?? [];
    const actor = actors.find((a) => a.term === term.id);
    return {
      term,
      related: term.related.map((id) => termById.get(id)).filter((t) => t !== undefined).map((t) => ({ id: t.id, label: t.label })),
      ...(actor ? { actor: { id: actor.id, name: actor.name } } : {}),
      articles: groups.length,
      shown: groups.slice(0, shown),
      pages: paginate(groups, PAGE_SIZES.termArticles).length,
    };
  });
}

export function termUsesPages(root: string = process.cwd()): TermUsesPage[] {
  const byTerm = usesByTerm(root);
  return siteKnowledge(root).terms.flatMap((term) =>
    paginate(byTerm.get(term.id) ?? [], PAGE_SIZES.termArticles)
      .filter((page) => page.number > 1)
      .map((page) => ({ term: { id: term.id, label: term.label, short: term.short }, page })),
  );
}

/** /chronologie/dates/<année>/, …/page/<n>/ */
export interface DatesPage {
  year: number;
  /** the dates cited in the year, and the years before and after that have some */
  count: number;
  previousYear?: number;
  nextYear?: number;
  /** the year's groups (its months, and the dates that give only the year), for its navigation */
  groups: { key: string; count: number; page: number }[];
  page: { number: number; total: number };
  /** the page's dates, cut where their group changes; `continued`: the group began on an earlier page */
  sections: {
    key: string;
    continued: boolean;
    items: { id: string; value: string; expression: string; article: string; sentence: string; title: string }[];
  }[];
}

export function datesPages(root: string = process.cwd()): DatesPage[] {
  const years = datePages(root);
  return years.flatMap((year, y) => {
    const groups = year.groups.map((group) => ({ key: group.key, count: group.items.length, page: year.groupStart.get(group.key)! }));
    return year.pages.map((page) => {
      const sections: DatesPage['sections'] = [];
      for (const entry of page.items) {
        const { item: d } = entry;
        const item = { id: d.id, value: d.value, expression: d.expression, article: d.evidence.article, sentence: d.evidence.sentence, title: d.evidence.title };
        const last = sections.at(-1);
        if (last && last.key === entry.group) last.items.push(item);
        else sections.push({ key: entry.group, continued: entry.continued, items: [item] });
      }
      return {
        year: year.year,
        count: year.count,
        ...(years[y - 1] ? { previousYear: years[y - 1]!.year } : {}),
        ...(years[y + 1] ? { nextYear: years[y + 1]!.year } : {}),
        groups,
        page: { number: page.number, total: page.total },
        sections,
      };
    });
  });
}
