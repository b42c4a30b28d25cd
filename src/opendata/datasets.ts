// The open data sets, built from the same joined knowledge the pages show (figureData):
// one row per actor and per term, one row per quote for relations and events. Pure: the
// caller says how a page becomes an absolute URL (site + base), so the builders are tested
// on fixtures and the build serves whatever host it is made for.
import { relationSentence, type Figures } from '../charts/figures.ts';
import { kindStyles, relationStyles } from '../charts/vocabulary.ts';
import { precisionOf, type Knowledge, type Precision, type Reference } from '../model/knowledge.ts';
import { articleLookup, type ArticleRecord, type Mention, type TermUse } from '../model/generated.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { datasets, fileSchema, type DatasetName, type DatasetRows } from './schemas.ts';
import { z } from 'zod';

/** Absolute URLs of the site's pages, for the host the build is made for. */
export interface DataLinks {
  article(slug: string): string;
  sentence(slug: string, sentence: string): string;
  actor(id: string): string;
  event(id: string): string;
  term(id: string): string;
}

export interface DatasetInput {
  figures: Pick<Figures, 'actors' | 'relations' | 'events'>;
  knowledge: Pick<Knowledge, 'actors' | 'relations' | 'terms'>;
  generated: { articles: ArticleRecord[]; mentions: Mention[]; 'term-uses': TermUse[] };
  links: DataLinks;
}

/** "Titre, Éditeur, 2024-05, https://…, consulté le 2025-01-03" */
export function referenceText(ref: Reference): string {
  return [ref.title, ref.publisher, ref.date, ref.url, ref.consulted && `consulté le ${ref.consulted}`].filter(Boolean).join(', ');
}

const dated = (value: string | undefined): { value: string | null; precision: Precision | null } =>
  value ? { value, precision: precisionOf(value) } : { value: null, precision: null };

export function buildDatasets(input: DatasetInput): DatasetRows {
  const { figures, knowledge, generated, links } = input;
  const articles = articleLookup(generated.articles, 'open data');
  const articleOf = articles.of;
  const articleDate = (a: ArticleRecord) => (a.date.origin === 'unknown' ? dated(undefined) : dated(a.date.value));
  /** the evidence columns, for the sentence `sentence` of article `key` */
  const evidence = (key: string, sentence: string, quote: string) => {
    const article = articleOf(key);
    const date = articleDate(article);
    return {
      citation: quote,
      article_titre: article.title,
      article_url: links.article(article.slug),
      article_date: date.value,
      article_date_precision: date.precision,
      phrase_id: sentence,
      phrase_url: links.sentence(article.slug, sentence),
    };
  };
  const noEvidence = { citation: null, article_titre: null, article_url: null, article_date: null, article_date_precision: null, phrase_id: null, phrase_url: null };
  /** the earliest sentence of the corpus among refs: oldest article first (undated last), then text order */
  const articleRank = (a: ArticleRecord) => `${a.date.origin === 'unknown' ? '\uffff' : a.date.value}\u0000${a.slug}`;
  const firstOf = (refs: { article: string; sentence: string }[]) => {
    let best: { article: ArticleRecord; index: number } | undefined;
    for (const ref of refs) {
      const article = articles.find(ref.article);
      if (!article) continue;
      const index = article.sentences.findIndex((s) => s.id === ref.sentence);
      if (index < 0) continue;
      if (!best || articleRank(article) < articleRank(best.article) || (article === best.article && index < best.index)) best = { article, index };
    }
    if (!best) return noEvidence;
    const sentence = best.article.sentences[best.index]!;
    return evidence(best.article.file, sentence.id, sentence.text);
  };
  const group = <T extends { article: string; sentence: string }>(items: T[], key: (item: T) => string) => {
    const map = new Map<string, T[]>();
    for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
    return map;
  };
  const mentionsOf = group(generated.mentions, (m) => m.actor);
  const usesOf = group(generated['term-uses'], (u) => u.term);
  const curatedActor = new Map(knowledge.actors.map((a) => [a.id, a]));
  const curatedRelation = new Map(knowledge.relations.map((r) => [r.id, r]));
  const nameOf = new Map(figures.actors.map((a) => [a.id, a.name]));

  const acteurs = figures.actors.map((a) => ({
    id: a.id,
    nom: a.name,
    genre: a.kind,
    genre_libelle: kindStyles[a.kind].singular,
    pays: a.country,
    alias: [...a.aliases],
    description: a.description,
    terme: a.term ?? null,
    mentions: a.mentions,
    page_url: links.actor(a.id),
    sources: (curatedActor.get(a.id)?.sources ?? []).map(referenceText),
    ...firstOf(mentionsOf.get(a.id) ?? []),
  }));

  const relations = figures.relations.flatMap((r) => {
    const curated = curatedRelation.get(r.id);
    const date = dated(curated?.date);
    const from = dated(curated?.from);
    const until = dated(curated?.until);
    const attested = dated(r.time.how === 'attested' ? r.time.datetime : undefined);
    return r.evidence.map((e, i) => ({
      id: r.id,
      citation_rang: i + 1,
      type: r.type,
      type_libelle: relationStyles[r.type].label,
      source_id: r.source,
      source_nom: nameOf.get(r.source) ?? r.source,
      cible_id: r.target,
      cible_nom: nameOf.get(r.target) ?? r.target,
      libelle: r.label,
      phrase: relationSentence(r.phrase),
      temps: ({ date: 'date', span: 'periode', attested: 'attestee' } as const)[r.time.how],
      temps_texte: r.time.text,
      date: date.value,
      date_precision: date.precision,
      debut: from.value,
      debut_precision: from.precision,
      fin: until.value,
      fin_precision: until.precision,
      attestee: attested.value,
      attestee_precision: attested.precision,
      sources_dates: r.sources.map(referenceText),
      ...evidence(e.article, e.sentence, e.quote),
    }));
  });

  const evenements = figures.events.flatMap((ev) =>
    ev.evidence.map((e, i) => ({
      id: ev.id,
      citation_rang: i + 1,
      date: ev.date,
      date_precision: ev.precision,
      titre: ev.title,
      description: ev.description ?? null,
      acteurs: [...ev.actors],
      acteurs_noms: ev.actors.map((id) => nameOf.get(id) ?? id),
      page_url: links.event(ev.id),
      sources: ev.sources.map(referenceText),
      ...evidence(e.article, e.sentence, e.quote),
    })),
  );

  const termes = [...knowledge.terms]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((t) => ({
      id: t.id,
      libelle: t.label,
      formes: [...t.forms],
      definition_courte: t.short,
      definition: t.long,
      termes_lies: [...t.related],
      usages: usesOf.get(t.id)?.length ?? 0,
      page_url: links.term(t.id),
      sources: t.sources.map(referenceText),
      ...firstOf(usesOf.get(t.id) ?? []),
    }));

  return { acteurs, relations, evenements, termes };
}

/** Lists in one CSV field: joined with " | " (no value of the data sets contains it). */
export const LIST_SEPARATOR = ' | ';

/** A data set as CSV: the schema's keys as header, lists joined, missing values empty. */
export function datasetCsv<N extends DatasetName>(name: N, rows: DatasetRows[N]): string {
  const header = Object.keys(datasets[name].row.shape);
  const cell = (value: unknown): CsvValue => {
    if (Array.isArray(value)) {
      for (const item of value) if (String(item).includes(LIST_SEPARATOR)) throw new Error(`open data: "${String(item)}" contains the list separator "${LIST_SEPARATOR}"`);
      return value.join(LIST_SEPARATOR);
    }
    return value as CsvValue;
  };
  return toCsv(header, (rows as Record<string, unknown>[]).map((row) => header.map((key) => cell(row[key]))));
}

export interface DatasetMeta {
  /** absolute URL of the data page */
  page: string;
  /** absolute URL of the data set's JSON Schema */
  schema: string;
}

export const LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.fr',
  quotes: 'Les citations restent la propriété de leurs éditeurs : ce sont de courtes citations, reproduites au titre du droit de citation (article L122-5 du Code de la propriété intellectuelle), avec leur source ; elles ne sont pas sous licence CC BY.',
};

/** A data set as JSON: checked against its own schema before it is written. */
export function datasetJson<N extends DatasetName>(name: N, rows: DatasetRows[N], meta: DatasetMeta): string {
  const file = {
    $schema: meta.schema,
    jeu: name,
    titre: datasets[name].title,
    source: meta.page,
    licence: LICENCE.name,
    licence_url: LICENCE.url,
    citations: LICENCE.quotes,
    lignes: rows,
  };
  const parsed = fileSchema(name).safeParse(file);
  if (!parsed.success) throw new Error(`open data: ${name}.json does not match its schema: ${z.prettifyError(parsed.error)}`);
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The JSON Schema of a data set's JSON file (draft 2020-12), with its own address as $id. */
export function datasetJsonSchema(name: DatasetName, id: string): string {
  const schema = z.toJSONSchema(fileSchema(name), { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, $id: id, title: datasets[name].title }, null, 2)}\n`;
}
