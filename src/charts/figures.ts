// Everything the network and the timeline show, joined once at build time:
// curated knowledge + generated JSON → layouts + the facts behind each node, edge and mark,
// each fact with the sentences it comes from. Pages call this; components draw it; the
// client scripts receive it as JSON. Pure: no file access, no routes (components make links).
import { precisionOf, type Actor, type ActorKind, type Knowledge, type Precision, type Reference, type Relation, type RelationType } from '../model/knowledge.ts';
import { articleLookup, type ArticleRecord, type DatedMention, type KnownArticleDate, type Mention, type ResolvedEvidence } from '../model/generated.ts';
import { atDate, frenchList, spanText } from '../lib/dates.ts';
import { afterLabel, named, subject } from '../lib/phrase.ts';
import { layoutNetwork, NARROW_FRAME, type NetworkLayout, type NetworkOptions } from './network.ts';
import { selectNetwork } from './network-selection.ts';
import { PAGE_SIZES } from './paging.ts';
import { layoutTimeline, type TimelineLayout, type TimelineOptions } from './timeline.ts';
import { groupDates, timelineGroup, type DateGroup } from './date-groups.ts';
import { datedMentionAnchor } from '../lib/anchors.ts';
import { periodOf, yearOf } from './period.ts';

// Input shape: the generated files the figures read (content/generated/*.json).
export interface GeneratedInput {
  articles: ArticleRecord[];
  mentions: Mention[];
  dates: DatedMention[];
  evidence: { relations: Record<string, ResolvedEvidence[]>; events: Record<string, ResolvedEvidence[]> };
}

/** A sentence a fact comes from; `article` is always the article's slug. */
export interface EvidenceLink {
  article: string;
  sentence: string;
  quote: string;
  /** the article's title, for link text */
  title: string;
}

export interface FigureActor {
  id: string;
  name: string;
  kind: ActorKind;
  country: string;
  description: string;
  aliases: string[];
  term?: string;
  /** sentences of the corpus that name the actor */
  mentions: number;
}

/** When a relation held or happened, as the site says it. */
export interface RelationTime {
  /** "en avril 2014", "le 3 octobre 2019", "d’août 2018 à octobre 2024", "en 2014, selon Clubic" */
  text: string;
  /** machine-readable, for <time>: the date, or the span's start */
  datetime?: string;
  /** date: when it happened; span: from / until, from a source; attested: as of its articles */
  how: 'date' | 'span' | 'attested';
}

/** A relation as one French sentence: "<lead><source> <middle><target>" ("Les États-Unis ont adopté le Cloud Act"). */
export interface RelationPhrase {
  lead: string;
  source: string;
  middle: string;
  target: string;
}

export interface FigureRelation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  label: string;
  date?: string;
  time: RelationTime;
  phrase: RelationPhrase;
  /** where `from` / `until` come from */
  sources: Reference[];
  /** fractional year from which the relation is known: its own date, else its earliest article's */
  since: number;
  evidence: EvidenceLink[];
}

export interface FigureEvent {
  id: string;
  date: string;
  /** where what the description adds to the quotes comes from */
  sources: Reference[];
  precision: Precision;
  title: string;
  /** the editor's short title, for figures where the title does not fit */
  short?: string;
  description?: string;
  actors: string[];
  since: number;
  evidence: EvidenceLink[];
}

/** A date an article cites: the sentence it stands in and the actors that sentence names.
 *  `article` is the article's slug; `id` its anchor, `date-<slug>-<sentence>-<n>`. */
export interface FigureDate {
  id: string;
  article: string;
  sentence: string;
  /** its place among the dates of its sentence, from 1 */
  index: number;
  /** the partial date ("2019", "2019-03", "2019-03-12") */
  value: string;
  /** the same, as the pages have long read it */
  date: string;
  precision: Precision;
  expression: string;
  qualifier?: string;
  evidence: EvidenceLink;
  actors: string[];
}

// Output shape: network.json / timeline.json in one object.
export interface Figures {
  network: NetworkLayout;
  /** the same network drawn for a phone's narrow, tall frame */
  networkNarrow: NetworkLayout;
  /** the actors the network leaves out (above its bound, PAGE_SIZES.networkActors), most connected
   *  first; empty when it draws every actor. `actors` and `relations` hold them all. */
  networkOmitted: string[];
  timeline: TimelineLayout;
  actors: FigureActor[];
  relations: FigureRelation[];
  events: FigureEvent[];
  /** every date the articles cite (an article's first DATES_PER_ARTICLE), by article, in text order */
  dates: FigureDate[];
  /** the same, per month, or per year for the dates that give only their year, in time order:
   *  what the timeline draws (one mark per group) and the date pages list */
  dateGroups: DateGroup<FigureDate>[];
}

export interface FigureOptions {
  network?: NetworkOptions;
  /** the most actors the network draws (default PAGE_SIZES.networkActors) */
  networkBound?: number;
  timeline?: TimelineOptions;
}

export function buildFigures(
  knowledge: Pick<Knowledge, 'actors' | 'relations' | 'events'>,
  generated: GeneratedInput,
  options: FigureOptions = {},
): Figures {
  // 1. Articles are referred to by seed file name or by slug: resolve both to the slug.
  const articles = articleLookup(generated.articles, 'figures');
  const articleOf = articles.of;
  const link = (e: ResolvedEvidence): EvidenceLink => {
    const article = articleOf(e.article);
    return { article: article.slug, sentence: e.sentence, quote: e.quote, title: article.title };
  };
  /** the year an article was published in; undefined when its date is unknown */
  const articleYear = (slug: string): number[] => {
    const date = articleOf(slug).date;
    return date.origin === 'unknown' ? [] : [yearOf(periodOf(date.value, date.precision).start)];
  };
  const since = (date: string | undefined, evidence: EvidenceLink[]): number => {
    if (date) return round2(yearOf(periodOf(date, precisionOf(date)).start));
    const years = evidence.flatMap((e) => articleYear(e.article));
    return years.length ? round2(Math.min(...years)) : Number.POSITIVE_INFINITY;
  };

  // 2. Who is named where: counts for the actor index, actors per sentence for the timeline.
  const mentionCount = new Map<string, number>();
  const actorsBySentence = new Map<string, Set<string>>();
  for (const m of generated.mentions) {
    mentionCount.set(m.actor, (mentionCount.get(m.actor) ?? 0) + 1);
    const key = `${articleOf(m.article).slug}#${m.sentence}`;
    if (!actorsBySentence.has(key)) actorsBySentence.set(key, new Set());
    actorsBySentence.get(key)!.add(m.actor);
  }

  // 3. The facts, each with its evidence links.
  const actors: FigureActor[] = [...knowledge.actors].sort((a, b) => compare(a.id, b.id)).map((a: Actor) => {
    const actor: FigureActor = { id: a.id, name: a.name, kind: a.kind, country: a.country, description: a.description, aliases: [...(a.aliases ?? [])], mentions: mentionCount.get(a.id) ?? 0 };
    if (a.term) actor.term = a.term;
    return actor;
  });
  const actorOf = new Map(knowledge.actors.map((a) => [a.id, a]));
  const actorNamed = new Map(knowledge.actors.flatMap((a) => [a.name, ...(a.aliases ?? [])].map((n) => [n, a] as const)));
  const publisherName = (name: string): string => {
    const phrase = named(name, actorNamed.get(name)?.determiner);
    return `${phrase.lead}${phrase.name}`;
  };
  const relations: FigureRelation[] = [...knowledge.relations].sort((a, b) => compare(a.id, b.id)).map((r) => {
    const evidence = (generated.evidence.relations[r.id] ?? []).map(link);
    const time = relationTime(r, evidence.map((e) => articleOf(e.article)), publisherName);
    const relation: FigureRelation = {
      id: r.id, type: r.type, source: r.source, target: r.target, label: r.label, time,
      phrase: relationPhrase(r, actorOf), sources: r.sources ?? [], since: since(r.date ?? r.from, evidence), evidence,
    };
    if (r.date) relation.date = r.date;
    return relation;
  });
  const events: FigureEvent[] = [...knowledge.events].sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id)).map((e) => {
    const evidence = (generated.evidence.events[e.id] ?? []).map(link);
    const event: FigureEvent = { id: e.id, date: e.date, sources: e.sources ?? [], precision: precisionOf(e.date), title: e.title, actors: [...e.actors], since: since(e.date, evidence), evidence };
    if (e.short) event.short = e.short;
    if (e.description) event.description = e.description;
    return event;
  });

  // 4. The dates the articles cite, keyed by slug so anchors and links agree, grouped.
  //    An article's first dates only: one outsized article must not fill the date pages.
  const perArticle = new Map<string, number>();
  const sentenceOrder = (id: string) => (id.match(/\d+/g) ?? []).map(Number);
  const inTextOrder = (a: DatedMention, b: DatedMention) => {
    const [pa = 0, sa = 0] = sentenceOrder(a.sentence);
    const [pb = 0, sb = 0] = sentenceOrder(b.sentence);
    return compare(articleOf(a.article).slug, articleOf(b.article).slug) || pa - pb || sa - sb || a.index - b.index;
  };
  const dates: FigureDate[] = [...generated.dates]
    .sort(inTextOrder)
    .filter((d) => {
      const n = (perArticle.get(d.article) ?? 0) + 1;
      perArticle.set(d.article, n);
      return n <= DATES_PER_ARTICLE;
    })
    .map((d) => {
      const article = articleOf(d.article);
      const sentence = article.sentences.find((s) => s.id === d.sentence);
      const date: FigureDate = {
        id: datedMentionAnchor(article.slug, d.sentence, d.index),
        article: article.slug,
        sentence: d.sentence,
        index: d.index,
        value: d.value,
        date: d.value,
        precision: d.precision,
        expression: d.expression,
        evidence: { article: article.slug, sentence: d.sentence, quote: sentence?.text ?? d.expression, title: article.title },
        actors: [...(actorsBySentence.get(`${article.slug}#${d.sentence}`) ?? [])].sort(),
      };
      if (d.qualifier) date.qualifier = d.qualifier;
      return date;
    });
  const dateGroups = groupDates(dates);

  // 5. Geometry: the network draws its most connected actors at most (network-selection.ts).
  const drawn = selectNetwork(knowledge.actors, knowledge.relations, options.networkBound ?? PAGE_SIZES.networkActors);
  const network = layoutNetwork(drawn.actors, drawn.relations, options.network);
  const { iterations, includeIsolated } = options.network ?? {};
  const networkNarrow = layoutNetwork(drawn.actors, drawn.relations, { ...NARROW_FRAME, iterations, includeIsolated });
  const networkOmitted = drawn.omitted.map((a) => a.id);
  const timeline = layoutTimeline(knowledge.events, dateGroups.map(timelineGroup), options.timeline);

  return { network, networkNarrow, networkOmitted, timeline, actors, relations, events, dates, dateGroups };
}

/**
 * When a relation holds: its own date, its span, or, for a claim its quotes make, the dates of
 * the articles that make it and who published them ("en avril 2014, selon Clubic").
 */
export function relationTime(
  relation: Pick<Relation, 'date' | 'from' | 'until'>,
  articles: ArticleRecord[],
  /** how a publisher's name reads after "selon" ("l’AFP"): the actors' own articles */
  publisher: (name: string) => string = (name) => name,
): RelationTime {
  if (relation.date) return { text: atDate(relation.date), datetime: relation.date, how: 'date' };
  if (relation.from || relation.until) return { text: spanText(relation.from, relation.until), datetime: (relation.from ?? relation.until)!, how: 'span' };
  const dated = [...new Map(articles.filter((a) => a.date.origin !== 'unknown').map((a) => [a.file, a])).values()].sort((a, b) =>
    compare((a.date as KnownArticleDate).value, (b.date as KnownArticleDate).value),
  );
  if (dated.length === 0) return { text: 'à une date que les articles ne donnent pas', how: 'attested' };
  const value = (a: ArticleRecord) => (a.date as KnownArticleDate).value;
  const who = (a: ArticleRecord) => (a.outlet ? publisher(a.outlet) : a.authors.length ? frenchList(a.authors.map(publisher)) : undefined);
  if (dated.length === 1) {
    const [article] = dated as [ArticleRecord];
    const by = who(article);
    return { text: by ? `${atDate(value(article))}, selon ${by}` : `${atDate(value(article))}, d’après l’article cité`, datetime: value(article), how: 'attested' };
  }
  const years = [...new Set(dated.map((a) => value(a).slice(0, 4)))];
  return { text: `en ${frenchList(years)}, d’après les articles cités`, datetime: value(dated[0]!), how: 'attested' };
}

/** The relation's sentence, with the articles and contractions French needs. */
export function relationPhrase(relation: Pick<Relation, 'source' | 'target' | 'label'>, actors: ReadonlyMap<string, Pick<Actor, 'name' | 'determiner'>>): RelationPhrase {
  const source = actors.get(relation.source);
  const target = actors.get(relation.target);
  const head = subject(source?.name ?? relation.source, source?.determiner);
  const tail = afterLabel(relation.label, target?.name ?? relation.target, target?.determiner);
  return { lead: head.lead, source: head.name, middle: tail.middle, target: tail.name };
}

/** The relation as plain text: "Les États-Unis ont adopté le Cloud Act". */
export function relationSentence(phrase: RelationPhrase): string {
  return `${phrase.lead}${phrase.source} ${phrase.middle}${phrase.target}`;
}

/** The dates of one article the timeline counts and the date pages list, at most: a news article
 *  cites a few dozen at the very most, a 200 KB outlier thousands, which would fill pages of
 *  them; its own page keeps every date it cites. */
export const DATES_PER_ARTICLE = 100;

const round2 = (v: number) => Math.round(v * 100) / 100;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
