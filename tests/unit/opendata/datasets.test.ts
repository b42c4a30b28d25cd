// The open data builders (src/opendata/): rows from a small corpus of our own whose quotes hold
// commas, double quotes, semicolons, line breaks and accents; every row matches its schema,
// the JSON files match the published JSON Schema (checked by Ajv, not by the zod that made it),
// and the CSV reads back, with our reader and with Python's.
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildFigures } from '../../../src/charts/figures.ts';
import type { ArticleRecord } from '../../../src/model/generated.ts';
import type { Actor, Event, Relation, Term } from '../../../src/model/knowledge.ts';
import { parseCsv, parseCsvObjects } from '../../../src/opendata/csv.ts';
import { buildDatasets, datasetCsv, datasetJson, datasetJsonSchema, LIST_SEPARATOR, type DataLinks } from '../../../src/opendata/datasets.ts';
import { columnsOf, datasetNames, datasets } from '../../../src/opendata/schemas.ts';

const SITE = 'https://exemple.test/sous-chemin';
const links: DataLinks = {
  article: (slug) => `${SITE}/articles/${slug}/`,
  sentence: (slug, s) => `${SITE}/articles/${slug}/#${s}`,
  actor: (id) => `${SITE}/acteurs/${id}/`,
  event: (id) => `${SITE}/chronologie/#${id}`,
  term: (id) => `${SITE}/glossaire/${id}/`,
};

const quoteComma = 'Le groupe, déjà présent en Allemagne, s’associe à Orange';
const quoteQuotes = 'il a parlé d’un « cloud de confiance » et d’un "cloud souverain"; enfin';
const quoteNewline = 'première ligne ;\nseconde ligne, après un retour';

const articles: ArticleRecord[] = [
  {
    slug: 'ancien', file: '001_ancien', title: 'Un article, ancien ; avec "guillemets"', date: { origin: 'byline', value: '2014-04-15', precision: 'day' },
    outlet: 'Clubic', authors: [], description: 'x', words: 10, terms: [], actors: [],
    sentences: [
      { id: 'p1-s1', paragraph: 1, text: `Intro. ${quoteComma}.` },
      { id: 'p1-s2', paragraph: 1, text: `Puis ${quoteQuotes}.` },
    ],
  },
  {
    slug: 'recent', file: '002_recent', title: 'Récent', date: { origin: 'sources', value: '2020-09', precision: 'month' },
    authors: ['Ana Ñúñez'], description: 'x', words: 10, terms: [], actors: [],
    sentences: [{ id: 'p1-s1', paragraph: 1, text: quoteNewline }, { id: 'p2-s1', paragraph: 2, text: 'Orange et OVH.' }],
  },
  {
    slug: 'sans-date', file: '003_sans_date', title: 'Sans date', date: { origin: 'unknown' },
    authors: [], description: 'x', words: 10, terms: [], actors: [],
    sentences: [{ id: 'p1-s1', paragraph: 1, text: 'OVH cité sans date.' }],
  },
];

const actors: Actor[] = [
  { id: 'ovh', name: 'OVH', kind: 'company', country: 'FR', aliases: ['OVHcloud'], description: 'Hébergeur français fondé en 1999, selon ses statuts.', sources: [{ title: 'Statuts, 1999', publisher: 'OVH', url: 'https://exemple.test/statuts', consulted: '2025-01-03' }] },
  { id: 'orange', name: 'Orange', kind: 'company', country: 'FR', aliases: [], description: 'Opérateur de télécommunications français, nommé ainsi en 2013.', sources: [] },
  { id: 'etats-unis', name: 'États-Unis', kind: 'state', country: 'US', aliases: [], determiner: 'les', description: 'État fédéral d’Amérique du Nord, cité par les articles.', sources: [] },
];
const relations: Relation[] = [
  { id: 'ovh-orange', type: 'partnership', source: 'ovh', target: 'orange', label: 's’associe à', evidence: [{ article: '001_ancien', quote: quoteComma }, { article: '002_recent', quote: quoteNewline }] },
  { id: 'orange-ovh-periode', type: 'customer', source: 'orange', target: 'ovh', label: 'est client de', from: '2015-03', until: '2019', sources: [{ title: 'Rapport, "annuel"', publisher: 'Orange', url: 'https://exemple.test/rapport', consulted: '2025-02-01' }], evidence: [{ article: '001_ancien', quote: quoteQuotes }] },
  { id: 'etats-unis-ovh', type: 'regulation', source: 'etats-unis', target: 'ovh', label: 'encadrent', date: '2018-03-23', evidence: [{ article: '002_recent', quote: 'seconde ligne' }] },
];
const events: Event[] = [
  { id: 'accord', date: '2020-09', title: 'L’accord, signé ; enfin', description: 'Avec "guillemets", virgules; et\nune ligne de plus.', actors: ['ovh', 'orange'], terms: [], evidence: [{ article: '002_recent', quote: quoteNewline }] },
];
const terms: Term[] = [
  { id: 'cloud-de-confiance', label: 'cloud de confiance', forms: ['clouds de confiance'], short: 'Un label français, créé en 2021, pour des offres de cloud.', long: 'Une offre « de confiance », selon l’État ; voir aussi "SecNumCloud", un référentiel de l’ANSSI.', related: [], sources: [{ title: 'Doctrine', publisher: 'État', url: 'https://exemple.test/doctrine', consulted: '2025-01-01' }] },
  { id: 'sans-usage', label: 'sans usage', forms: [], short: 'Un terme qu’aucune phrase du corpus n’emploie.', long: 'Un terme qu’aucune phrase du corpus n’emploie, pour le cas vide.', related: ['cloud-de-confiance'], sources: [{ title: 'Note' }] },
];
const generated = {
  articles,
  mentions: [
    { article: '003_sans_date', sentence: 'p1-s1', actor: 'ovh' },
    { article: '002_recent', sentence: 'p2-s1', actor: 'ovh' },
    { article: '001_ancien', sentence: 'p1-s2', actor: 'ovh' },
    { article: '001_ancien', sentence: 'p1-s1', actor: 'ovh' },
    { article: '002_recent', sentence: 'p2-s1', actor: 'orange' },
  ],
  'term-uses': [{ article: '001_ancien', sentence: 'p1-s2', term: 'cloud-de-confiance' }],
  dates: [],
  evidence: {
    relations: {
      'ovh-orange': [{ article: '001_ancien', sentence: 'p1-s1', quote: quoteComma }, { article: '002_recent', sentence: 'p1-s1', quote: quoteNewline }],
      'orange-ovh-periode': [{ article: '001_ancien', sentence: 'p1-s2', quote: quoteQuotes }],
      'etats-unis-ovh': [{ article: '002_recent', sentence: 'p1-s1', quote: 'seconde ligne' }],
    },
    events: { accord: [{ article: '002_recent', sentence: 'p1-s1', quote: quoteNewline }] },
  },
};
const knowledge = { actors, relations, events, terms };
const figures = buildFigures(knowledge, generated);
const rows = buildDatasets({ figures, knowledge, generated, links });
const meta = (name: string) => ({ page: `${SITE}/donnees/`, schema: `${SITE}/donnees/${name}.schema.json` });

describe('the rows', () => {
  test('one row per actor and term, one per quote for relations and events', () => {
    expect(rows.acteurs.map((r) => r.id)).toEqual(['etats-unis', 'orange', 'ovh']);
    expect(rows.termes.map((r) => r.id)).toEqual(['cloud-de-confiance', 'sans-usage']);
    expect(rows.relations.map((r) => `${r.id}#${r.citation_rang}`)).toEqual(['etats-unis-ovh#1', 'orange-ovh-periode#1', 'ovh-orange#1', 'ovh-orange#2']);
    expect(rows.evenements.map((r) => r.id)).toEqual(['accord']);
  });

  test('each quote carries its article, the sentence URL (site and sub-path) and the article date', () => {
    const second = rows.relations.find((r) => r.id === 'ovh-orange' && r.citation_rang === 2)!;
    expect(second).toMatchObject({
      citation: quoteNewline,
      article_titre: 'Récent',
      article_url: `${SITE}/articles/recent/`,
      article_date: '2020-09',
      article_date_precision: 'month',
      phrase_id: 'p1-s1',
      phrase_url: `${SITE}/articles/recent/#p1-s1`,
    });
  });

  test('a relation says how it is dated: a date, a span with its sources, or its articles', () => {
    const byId = new Map(rows.relations.map((r) => [r.id, r]));
    expect(byId.get('etats-unis-ovh')).toMatchObject({ temps: 'date', date: '2018-03-23', date_precision: 'day', debut: null, attestee: null, phrase: 'Les États-Unis encadrent OVH' });
    expect(byId.get('orange-ovh-periode')).toMatchObject({ temps: 'periode', date: null, debut: '2015-03', debut_precision: 'month', fin: '2019', fin_precision: 'year', attestee: null });
    expect(byId.get('orange-ovh-periode')!.sources_dates).toEqual(['Rapport, "annuel", Orange, https://exemple.test/rapport, consulté le 2025-02-01']);
    // attested by two articles: as of the oldest one
    expect(byId.get('ovh-orange')).toMatchObject({ temps: 'attestee', date: null, debut: null, attestee: '2014-04-15', attestee_precision: 'day', temps_texte: 'en 2014 et 2020, d’après les articles cités' });
  });

  test('an actor and a term carry the first sentence naming them, in the oldest dated article', () => {
    const ovh = rows.acteurs.find((r) => r.id === 'ovh')!;
    expect(ovh).toMatchObject({ mentions: 4, citation: `Intro. ${quoteComma}.`, phrase_url: `${SITE}/articles/ancien/#p1-s1`, article_date: '2014-04-15', alias: ['OVHcloud'], genre_libelle: 'entreprise', terme: null });
    expect(ovh.sources).toEqual(['Statuts, 1999, OVH, https://exemple.test/statuts, consulté le 2025-01-03']);
    expect(rows.termes.find((r) => r.id === 'cloud-de-confiance')).toMatchObject({ usages: 1, phrase_id: 'p1-s2' });
    // never named: the evidence columns are empty, not made up
    expect(rows.termes.find((r) => r.id === 'sans-usage')).toMatchObject({ usages: 0, citation: null, article_url: null, phrase_url: null, article_date: null });
    expect(rows.acteurs.find((r) => r.id === 'etats-unis')).toMatchObject({ mentions: 0, citation: null });
  });

  test('an event carries its date and precision, its actors and their names', () => {
    expect(rows.evenements[0]).toMatchObject({ date: '2020-09', date_precision: 'month', acteurs: ['ovh', 'orange'], acteurs_noms: ['OVH', 'Orange'], page_url: `${SITE}/chronologie/#accord`, citation: quoteNewline });
  });

  test('every row matches its schema', () => {
    for (const name of datasetNames) for (const row of rows[name]) expect(datasets[name].row.safeParse(row).error).toBeUndefined();
  });
});

describe('the files', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);

  test.each(datasetNames)('%s.json matches its published JSON Schema', (name) => {
    const schema = JSON.parse(datasetJsonSchema(name, meta(name).schema));
    expect(schema.$id).toBe(meta(name).schema);
    const file = JSON.parse(datasetJson(name, rows[name], meta(name)));
    const validate = ajv.compile(schema);
    expect(validate(file) ? [] : validate.errors).toEqual([]);
    expect(file.lignes).toEqual(rows[name]);
    // the schema says what a wrong row is
    expect(validate({ ...file, lignes: [{ ...file.lignes[0], id: 3 }] })).toBe(false);
    expect(validate({ ...file, lignes: [{ ...file.lignes[0], inconnue: 'x' }] })).toBe(false);
  });

  test.each(datasetNames)('%s.csv reads back: the schema’s columns, each value as in the JSON', (name) => {
    const text = datasetCsv(name, rows[name]);
    const records = parseCsvObjects(text);
    expect(parseCsv(text)[0]).toEqual(columnsOf(name).map((c) => c.name));
    expect(records).toHaveLength(rows[name].length);
    records.forEach((record, i) => {
      const row = rows[name][i] as Record<string, unknown>;
      for (const [key, value] of Object.entries(row)) {
        const expected = Array.isArray(value) ? value.join(LIST_SEPARATOR) : value === null ? '' : String(value);
        expect(record[key], `${name} row ${i + 1} ${key}`).toBe(expected);
      }
    });
  });

  let python = false;
  try {
    execFileSync('python3', ['-c', 'import csv'], { stdio: 'ignore' });
    python = true;
  } catch {
    python = false;
  }
  test.skipIf(!python)('Python’s csv module reads every file as ours does', () => {
    for (const name of datasetNames) {
      const text = datasetCsv(name, rows[name]);
      const script = 'import csv, io, json, sys\ndata = sys.stdin.buffer.read().decode("utf-8")\nprint(json.dumps(list(csv.reader(io.StringIO(data, newline=""), strict=True))))';
      const read = JSON.parse(execFileSync('python3', ['-c', script], { input: text }).toString('utf8'));
      expect(read).toEqual(parseCsv(text));
    }
  });

  test('a list value holding the separator, or a row off its schema, is refused', () => {
    const broken = rows.acteurs.map((r, i) => (i === 0 ? { ...r, alias: [`a${LIST_SEPARATOR}b`] } : r));
    expect(() => datasetCsv('acteurs', broken)).toThrow(/list separator/);
    const offSchema = rows.acteurs.map((r, i) => (i === 0 ? { ...r, page_url: 'pas une adresse' } : r));
    expect(() => datasetJson('acteurs', offSchema, meta('acteurs'))).toThrow(/does not match its schema/);
  });

  test('every column is described, in French', () => {
    for (const name of datasetNames) for (const column of columnsOf(name)) expect(column.description, `${name}.${column.name}`).toMatch(/^[A-ZÉÀ«].{10,}\.$/u);
  });
});
