// The open data sets (/donnees/): one zod schema per data set, each column described in
// French. Everything else follows from these: the row types, the CSV header (the keys, in
// order), the JSON Schema published beside each file (z.toJSONSchema) and the column
// dictionary on the data page. One definition, so the three cannot disagree.
import { z } from 'zod';
import { actorKind, partialDate, precision, relationType } from '../model/knowledge.ts';

const d = <T extends z.ZodType>(schema: T, description: string): T => schema.describe(description);

const absolute = z.url({ protocol: /^https?$/ });
const day = partialDate.nullable();
const dayPrecision = precision.nullable();

/** A source outside the corpus, as one line of text (title, publisher, date, URL, when read). */
const referenceList = d(z.array(z.string()), 'Sources hors du corpus : titre, éditeur, date du document, adresse et date de consultation, une par élément (séparées par « | » dans le CSV).');

/** The sentence a fact comes from: the same columns in every data set. */
const evidenceColumns = (what: string, optional: boolean) => {
  const maybe = <T extends z.ZodType>(schema: T) => (optional ? schema.nullable() : schema);
  return {
    citation: d(maybe(z.string()), `${what}, mot pour mot (courte citation de l’article, sous le droit de citation).`),
    article_titre: d(maybe(z.string()), 'Titre de l’article d’où vient la citation.'),
    article_url: d(maybe(absolute), 'Adresse de l’article sur ce site.'),
    article_date: d(day, 'Date de publication de l’article (AAAA, AAAA-MM ou AAAA-MM-JJ), vide si le texte ne la donne pas.'),
    article_date_precision: d(dayPrecision, 'Précision de cette date : year (année), month (mois) ou day (jour).'),
    phrase_id: d(maybe(z.string().regex(/^p\d+-s\d+$/)), 'Identifiant de la phrase dans l’article (p<paragraphe>-s<phrase>), son ancre dans la page.'),
    phrase_url: d(maybe(absolute), 'Adresse de la phrase : la page de l’article et l’ancre de la phrase.'),
  };
};

export const actorRow = z.object({
  id: d(z.string(), 'Identifiant stable de l’acteur, celui de son adresse (/acteurs/<id>/).'),
  nom: d(z.string(), 'Nom de l’acteur, tel que le site l’écrit.'),
  genre: d(actorKind, 'Type d’acteur : company, institution, state, person, initiative ou law.'),
  genre_libelle: d(z.string(), 'Le même type, en français.'),
  pays: d(z.string(), 'Pays (code ISO 3166 à deux lettres), EU pour l’Union européenne, INT pour l’international.'),
  alias: d(z.array(z.string()), 'Autres noms sous lesquels les articles le citent (séparés par « | » dans le CSV).'),
  description: d(z.string(), 'Qui ou ce qu’il est, rédigé par l’équipe ; chaque fonction ou statut y dit quand il valait.'),
  terme: d(z.string().nullable(), 'Identifiant de l’entrée du glossaire qui l’explique, s’il y en a une.'),
  mentions: d(z.number().int().nonnegative(), 'Nombre de phrases du corpus qui le citent.'),
  page_url: d(absolute, 'Adresse de sa fiche sur ce site.'),
  sources: referenceList,
  ...evidenceColumns('La première phrase du corpus qui le cite (dans l’article le plus ancien)', true),
});
export type ActorRow = z.output<typeof actorRow>;

export const relationRow = z.object({
  id: d(z.string(), 'Identifiant stable de la relation. Une relation attestée par plusieurs citations occupe une ligne par citation.'),
  citation_rang: d(z.number().int().positive(), 'Rang de la citation parmi celles de la relation (1, 2…).'),
  type: d(relationType, 'Type de relation : partnership, mission, membership, ownership, leadership, competition, regulation, customer, support, acquisition ou negotiation.'),
  type_libelle: d(z.string(), 'Le même type, en français.'),
  source_id: d(z.string(), 'Identifiant de l’acteur d’où part la relation.'),
  source_nom: d(z.string(), 'Nom de l’acteur d’où part la relation.'),
  cible_id: d(z.string(), 'Identifiant de l’acteur vers lequel elle va.'),
  cible_nom: d(z.string(), 'Nom de l’acteur vers lequel elle va.'),
  libelle: d(z.string(), 'Les mots qui relient les deux noms, sans l’article de la cible.'),
  phrase: d(z.string(), 'La relation écrite en une phrase, telle que le site l’affiche.'),
  temps: d(z.enum(['date', 'periode', 'attestee']), 'Comment elle est datée : date (un fait daté), periode (début et fin donnés par une source), attestee (à la date des articles qui l’établissent).'),
  temps_texte: d(z.string(), 'Sa date telle que le site la dit (« en avril 2014, selon Clubic »).'),
  date: d(day, 'Date du fait (AAAA, AAAA-MM ou AAAA-MM-JJ), quand temps vaut date.'),
  date_precision: d(dayPrecision, 'Précision de date : year, month ou day.'),
  debut: d(day, 'Début de la période, quand temps vaut periode.'),
  debut_precision: d(dayPrecision, 'Précision de debut.'),
  fin: d(day, 'Fin de la période, quand elle est connue.'),
  fin_precision: d(dayPrecision, 'Précision de fin.'),
  attestee: d(day, 'Date du plus ancien article qui l’établit, quand temps vaut attestee.'),
  attestee_precision: d(dayPrecision, 'Précision de attestee.'),
  sources_dates: d(z.array(z.string()), 'Sources du début et de la fin, hors du corpus (séparées par « | » dans le CSV).'),
  ...evidenceColumns('La phrase de l’article qui établit la relation', false),
});
export type RelationRow = z.output<typeof relationRow>;

export const eventRow = z.object({
  id: d(z.string(), 'Identifiant stable de l’événement, son ancre dans la chronologie. Un événement attesté par plusieurs citations occupe une ligne par citation.'),
  citation_rang: d(z.number().int().positive(), 'Rang de la citation parmi celles de l’événement (1, 2…).'),
  date: d(partialDate, 'Date de l’événement (AAAA, AAAA-MM ou AAAA-MM-JJ).'),
  date_precision: d(precision, 'Précision de date : year, month ou day.'),
  titre: d(z.string(), 'Titre de l’événement, rédigé par l’équipe.'),
  description: d(z.string().nullable(), 'Ce que l’équipe en dit, s’il y a lieu.'),
  acteurs: d(z.array(z.string()), 'Identifiants des acteurs concernés (séparés par « | » dans le CSV).'),
  acteurs_noms: d(z.array(z.string()), 'Leurs noms, dans le même ordre.'),
  page_url: d(absolute, 'Adresse de l’événement dans la chronologie.'),
  sources: referenceList,
  ...evidenceColumns('La phrase de l’article qui établit l’événement', false),
});
export type EventRow = z.output<typeof eventRow>;

export const termRow = z.object({
  id: d(z.string(), 'Identifiant stable du terme, celui de son adresse (/glossaire/<id>/).'),
  libelle: d(z.string(), 'Le terme, tel que le glossaire l’écrit.'),
  formes: d(z.array(z.string()), 'Autres façons dont les articles l’écrivent (séparées par « | » dans le CSV).'),
  definition_courte: d(z.string(), 'Définition en une ou deux phrases, rédigée par l’équipe.'),
  definition: d(z.string(), 'Explication plus longue, rédigée par l’équipe.'),
  termes_lies: d(z.array(z.string()), 'Identifiants des termes liés (séparés par « | » dans le CSV).'),
  usages: d(z.number().int().nonnegative(), 'Nombre de phrases du corpus qui l’emploient.'),
  page_url: d(absolute, 'Adresse de sa page dans le glossaire.'),
  sources: referenceList,
  ...evidenceColumns('La première phrase du corpus qui l’emploie (dans l’article le plus ancien)', true),
});
export type TermRow = z.output<typeof termRow>;

export const datasets = {
  acteurs: { title: 'Les acteurs', row: actorRow, rowIs: 'un acteur' },
  relations: { title: 'Les relations entre acteurs', row: relationRow, rowIs: 'une citation d’une relation' },
  evenements: { title: 'Les événements de la chronologie', row: eventRow, rowIs: 'une citation d’un événement' },
  termes: { title: 'Les termes du glossaire', row: termRow, rowIs: 'un terme' },
} as const;
export type DatasetName = keyof typeof datasets;
export const datasetNames = Object.keys(datasets) as DatasetName[];

export interface DatasetRows {
  acteurs: ActorRow[];
  relations: RelationRow[];
  evenements: EventRow[];
  termes: TermRow[];
}

/** The JSON file of a data set: who made it, under which licence, and its rows. */
export function fileSchema(name: DatasetName) {
  return z.object({
    $schema: d(absolute, 'Adresse du schéma JSON de ce fichier.'),
    jeu: d(z.literal(name), 'Nom du jeu de données.'),
    titre: d(z.string(), 'Ce qu’il contient.'),
    source: d(absolute, 'La page qui présente les données et leurs conditions de réutilisation.'),
    licence: d(z.string(), 'Licence des données rédigées par l’équipe.'),
    licence_url: d(absolute, 'Texte de la licence.'),
    citations: d(z.string(), 'Statut des citations d’articles.'),
    lignes: d(z.array(datasets[name].row as z.ZodType), `Une ligne par ${datasets[name].rowIs.replace(/^une? /, '')}.`),
  });
}

/** The columns of a data set, in order, with their French descriptions (the page's dictionary). */
export function columnsOf(name: DatasetName): { name: string; description: string }[] {
  return Object.entries(datasets[name].row.shape).map(([key, schema]) => ({ name: key, description: (schema as z.ZodType).description ?? '' }));
}
