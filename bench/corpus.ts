// Synthetic corpus: N French news articles in the four layouts the real seeds have and five
// more that editors commonly drop in (a national daily, an agency dispatch, a press release,
// a tech site, an undated page), built from sentences that name the glossary's terms and the
// known actors and carry the French date expressions the extraction stage reads.
// Deterministic: same knowledge + seed, same bytes. It imports nothing from src/ so it
// measures the pipeline without sharing its code.
//
//   CorpusKnowledge (terms, actors) + { count, seed } ─► GeneratedArticle[] ─► seeds/*.txt
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom, type Random } from './random.ts';
import {
  APOSTROPHE, MONTHS, bylineDate, capitalize, dateExpression, dayName, de, deArticle, withArticle,
  type DateExpression,
} from './french.ts';

/** The slice of the curated knowledge the generator writes with. */
export interface CorpusKnowledge {
  terms: { id: string; label: string; forms?: string[] }[];
  actors: { id: string; name: string; kind: string; aliases?: string[] }[];
}

/**
 * The seeds' layouts: `header` (000, 001: ` date YYYY-MM` then text, no title),
 * `repeated-title` (002: title twice, no date, trailing 01net chrome),
 * `byline-photo` (003: author, `Publié le …`, photo credit, standfirst, `Source : X`, bio, reader comments),
 * `byline-image` (004: author, `Publié le …`, standfirst, image file name, "A lire également", bio);
 * and the common French press layouts the seeds lack (tests/fixtures/layouts/ has a real-looking
 * example of each):
 * `daily` (a national daily, a-daily-rubric-paywall: rubric, title, standfirst, `Par X`,
 *   `Publié le … - Mis à jour le …`, reading time, subscriber label, `Lire aussi | …`, paywall tail),
 * `dispatch` (an AFP dispatch, a-agency-afp: title, `PARIS, 15 octobre 2021 (AFP) - ` dateline, `afp/xx` tail),
 * `press-release` (a-press-release: `Communiqué de presse`, `Paris, le … – ` dateline, a bullet
 *   list, `À propos de X`, `Contact presse`),
 * `tech` (a tech news site, a-tech-site-dash: title, standfirst, `X — Publié le …`, share buttons,
 *   `Tous les articles Tech`, latest articles),
 * `undated` (a-no-date-estimated with a `Par X` byline: no date in the header, the build estimates it).
 */
export type Layout =
  | 'header' | 'repeated-title' | 'byline-photo' | 'byline-image'
  | 'daily' | 'dispatch' | 'press-release' | 'tech' | 'undated';
export const LAYOUTS: readonly Layout[] = [
  'header', 'repeated-title', 'byline-photo', 'byline-image',
  'daily', 'dispatch', 'press-release', 'tech', 'undated',
];

/** A block of the article proper: a paragraph, a sub-heading, or a bullet list. */
export type Block = { kind: 'heading' | 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/**
 * Where the article's date stands: the ` date` header line, a byline's date line, the dateline
 * of a dispatch or press release, content/sources.yaml, or nowhere (`estimated`: the latest
 * date the text cites, ignoring sentences that speak of the future).
 */
export type DateOrigin = 'header' | 'byline' | 'dateline' | 'sources' | 'estimated';

export interface GeneratedArticle {
  /** the seed file name without `.txt` */
  file: string;
  layout: Layout;
  /** the title as the text gives it; the header layout has none (the pipeline derives one) */
  title?: string;
  /** the standfirst (chapô), for the layouts that write one */
  standfirst?: string;
  /** the date the pipeline should find, and where it stands */
  date: { value: string; precision: 'year' | 'month' | 'day'; origin: DateOrigin };
  /** the update date the header gives (`Mis à jour le …`) */
  updated?: string;
  outlet?: string;
  /** who signs: the byline's people, the agency of a dispatch, nobody (`[]`) */
  authors: string[];
  attribution?: string;
  /** the article proper, in reading order: what must survive the clean stage */
  blocks: Block[];
  /** how many date expressions the body's sentences write (the layout's own date lines aside) */
  datedMentions: number;
  /** the whole file as an editor would drop it into seeds/ */
  text: string;
}

export interface CorpusOptions {
  count: number;
  seed: number;
  knowledge: CorpusKnowledge;
  /** sentences that must appear in given articles (relation evidence), by article index */
  inject?: ReadonlyMap<number, readonly string[]>;
  /** file name prefix number: files are `<first + i>_<16 hex>` (4 digits, unlike the seeds' 3) */
  first?: number;
  /**
   * A date-dense corpus: each article cites between min and max dates (a random count in
   * that range), as long dispatches and chronologies do, in paragraphs of dated sentences
   * added to its body. Without it, an article cites the few dates its sentences happen to.
   */
  datedMentions?: readonly [number, number];
}

// ── the cast: names as the text writes them ─────────────────────────────────────────────

interface Cast {
  companies: string[][];
  persons: string[][];
  institutions: string[][];
  terms: string[][];
}

function castOf(knowledge: CorpusKnowledge): Cast {
  const names = (a: { name: string; aliases?: string[] }) => [a.name, ...(a.aliases ?? [])];
  const ofKind = (...kinds: string[]) => knowledge.actors.filter((a) => kinds.includes(a.kind)).map(names);
  const companies = ofKind('company');
  if (companies.length < 2) throw new Error('corpus: the knowledge needs at least two actors of kind "company"');
  const terms = knowledge.terms.map((t) => [t.label, ...(t.forms ?? [])]);
  if (terms.length === 0) throw new Error('corpus: the knowledge needs at least one glossary term');
  const persons = ofKind('person');
  const institutions = ofKind('institution', 'state', 'initiative');
  return {
    companies,
    persons: persons.length > 0 ? persons : companies,
    institutions: institutions.length > 0 ? institutions : companies,
    terms,
  };
}

/** A name or, one time in three, one of its aliases. */
function say(random: Random, forms: readonly string[]): string {
  return forms.length > 1 && random.chance(0.35) ? random.pick(forms.slice(1)) : (forms[0] as string);
}

// ── sentences ───────────────────────────────────────────────────────────────────────────

/** Slots a template fills: {A} {B} companies, {P} a person, {I} an institution, {T} {U} terms,
 *  {D} a date, {F} a date one to three years after the article's, for what it looks forward to. */
interface Slots {
  A: string; B: string; P: string; I: string; T: string; U: string; D: DateExpression; F: DateExpression;
}

type Template = (s: Slots) => string;

/** A date inside a sentence: `depuis mai 2018` only reads right after "est réelle", so elsewhere `en mai 2018`. */
function at(date: DateExpression): string {
  if (date.text.startsWith('depuis ')) return `en ${date.text.slice('depuis '.length)}`;
  if (date.text.startsWith('début ')) return `au ${date.text}`;
  return date.text;
}

/** A date after `depuis`: `depuis mai 2018`, `depuis le 8 janvier 2014`, `depuis le début de l’année 2021`, `depuis fin 2013`. */
function since(date: DateExpression): string {
  if (date.text.startsWith('depuis ')) return date.text;
  if (date.text.startsWith('début ')) return `depuis le ${date.text}`;
  return `depuis ${date.text.replace(/^en /, '')}`;
}

/** A date opening a sentence: `Au début de l’année 2021, …`, `Le 16 juillet 2020, …`. */
function opening(date: DateExpression): string {
  return capitalize(at(date));
}

const SENTENCES: readonly Template[] = [
  (s) => `${opening(s.D)}, ${s.A} a annoncé un partenariat avec ${s.B} pour proposer une offre ${de(s.T)} destinée aux administrations et aux entreprises sensibles.`,
  (s) => `L’objectif affiché est de bâtir une solution qui respecte les exigences ${de(s.T)} tout en restant compétitive face aux géants américains.`,
  (s) => `Selon ${s.P}, « la question ${de(s.T)} n’est plus seulement technique, elle est devenue politique ».`,
  (s) => `${s.A} estime que cette étape est symboliquement marquante pour l’ensemble de la filière européenne du cloud.`,
  (s) => `Les discussions entre ${s.A} et ${s.B} portent notamment sur l’hébergement des données de santé et sur les garanties ${de(s.T)}.`,
  (s) => `${opening(s.D)}, les ministres ont présenté une feuille de route qui fait une large place aux enjeux ${de(s.T)} et ${de(s.U)}.`,
  () => `Le partenariat n’est pas exclusif, et chacun des deux groupes se réserve la possibilité de nouer des accords du même type avec d’autres opérateurs.`,
  (s) => `Pour ${s.A}, qui a souvent dénoncé la dépendance des Européens aux plateformes américaines, l’accord représente une opportunité à saisir.`,
  (s) => `« Nous voulons offrir aux clients européens une vraie alternative en matière ${de(s.T)} », a déclaré ${s.P} dans un communiqué commun.`,
  () => `Les dirigeants européens sont de plus en plus inquiets de la dépendance du Vieux continent aux grandes plateformes de traitement des données.`,
  (s) => `${opening(s.D)}, ${s.A} et ${s.B} ont signé un accord portant sur la localisation des données dans des centres situés en Europe.`,
  (s) => `Les appels d’offres publics mentionnent désormais explicitement des critères ${de(s.T)}, ce qui change la donne pour ${s.A}.`,
  (s) => `${s.A} prévoit d’ouvrir de nouveaux centres de données en France et en Allemagne, un projet évoqué ${at(s.D)}.`,
  (s) => `Du côté ${deArticle(s.I)}, on rappelle que les règles ${de(s.T)} s’appliquent à tous les fournisseurs présents sur le marché européen.`,
  (s) => `Ce mouvement s’inscrit dans une stratégie plus large de promotion des solutions européennes, portée notamment par ${withArticle(s.I)}.`,
  (s) => `${s.P} a confirmé ${at(s.D)} que des discussions étaient en cours avec plusieurs institutions publiques.`,
  (s) => `Les clients pourront migrer leurs applications sans perdre le contrôle de leurs données, une promesse de réversibilité que ${s.A} met en avant.`,
  (s) => `Le marché reste dominé par ${s.A} et ${s.B}, qui concentrent l’essentiel des dépenses des entreprises européennes.`,
  (s) => `Dans son rapport, ${s.P} appelle à l’élaboration d’un cadre réglementaire clair autour de la notion de « ${s.T} ».`,
  (s) => `La méfiance est réelle ${since(s.D)}, quand ${s.A} a dû répondre aux questions des autorités sur l’accès aux données.`,
  (s) => `Il reste à savoir si ${s.A} parviendra à convaincre les grandes entreprises, habituées aux offres ${de(s.B)}.`,
  (s) => `${s.A} assure que sa plateforme reposera uniquement sur des briques ${de(s.T)} et qu’elle sera opérée par des équipes basées en Europe.`,
  (s) => `Interrogé ${at(s.D)}, ${s.P} a rappelé que la souveraineté numérique ne se décrète pas mais se construit.`,
  (s) => `Les premiers résultats sont attendus ${at(s.D)}, dans le cadre d’une coopération franco-allemande que soutient ${withArticle(s.I)}.`,
  (s) => `« C’est un pas important que nous faisons ensemble », a estimé ${s.P}, qui voit dans la question ${de(s.T)} un levier pour les acteurs européens.`,
  (s) => `Plusieurs acteurs, à l’image ${de(s.A)} ou ${de(s.B)}, sont considérés comme des alternatives potentielles.`,
  (s) => `Le texte prévoit que les opérateurs certifiés ne puissent pas être soumis à des lois extraterritoriales, un point sur lequel ${s.A} insiste depuis des années.`,
  (s) => `Le dossier ${de(s.T)} devrait revenir sur la table ${at(s.D)}, selon plusieurs sources proches du gouvernement.`,
  // what is yet to come: the build does not date an article by these
  (s) => `Selon plusieurs observateurs, un schéma européen de certification ${de(s.T)} devrait voir le jour ${at(s.F)}.`,
  (s) => `${s.A} pourrait ouvrir ses premiers centres certifiés ${at(s.F)}, si le calendrier annoncé par le gouvernement est tenu et si les financements sont au rendez-vous.`,
  (s) => `La nouvelle plateforme sera opérationnelle ${at(s.F)}, assure ${s.P}, qui promet qu’elle respectera les règles européennes sur la protection des données.`,
];

/** The templates that write a past date ({D}) and no future one: what a chronology is made of.
 *  Found by filling each template once with slots that note which ones it reads. */
const DATED_SENTENCES: readonly Template[] = SENTENCES.filter((template) => {
  const read = new Set<string>();
  const date: DateExpression = { text: 'en 2020', value: '2020', precision: 'year' };
  const probe = new Proxy({} as Slots, {
    get: (_target, key: string) => {
      read.add(key);
      return key === 'D' || key === 'F' ? date : 'X';
    },
  });
  template(probe);
  return read.has('D') && !read.has('F');
});

const TITLES: readonly Template[] = [
  (s) => `${s.A} et ${s.B} veulent bâtir un cloud européen`,
  (s) => `${s.A} s’allie à ${s.B} pour une offre ${de(s.T)}`,
  (s) => `Cloud : ${s.A} mise sur ${s.T}`,
  (s) => `${s.P} plaide pour une réponse européenne en matière ${de(s.T)}`,
  (s) => `Contre l’hégémonie américaine, ${s.A} et ${s.B} vont plancher sur un projet ${de(s.T)}`,
  (s) => `${s.A} à la place de ${s.B} ? Le cloud européen se réorganise`,
  (s) => `${capitalize(withArticle(s.I))} veut accélérer sur ${s.T}`,
];

const HEADINGS: readonly Template[] = [
  () => 'Un partenariat non exclusif',
  () => 'Cloud souverain plutôt que cloud américain',
  (s) => `${s.A} veut aussi un label`,
  () => 'Une alternative aux géants américains',
  () => 'La question de la réversibilité',
  () => 'Des discussions encore en cours',
  (s) => `${capitalize(s.T)} au cœur du projet`,
  () => 'Une plateforme pour les secteurs sensibles',
  (s) => `L’Europe face à ${s.A}`,
];

// ── page chrome and reader comments: what the clean stage must drop ─────────────────────

const AUTHORS = ['Alexandre Boero', 'Thomas Pontiroli', 'Claire Mercier', 'Julien Lefort', 'Sonia Haddad', 'Marc Olivier'];
const OUTLETS = ['Euractiv', 'Reuters', 'AFP', 'Les Echos', 'La Tribune'];
const PSEUDONYMS = ['carinae', 'leulapin', 'jaceneliot', 'Cleindori', 'rapiot', 'philumax', 'onipif', 'ellis2323', 'kraken77', 'zorglub'];
const COMMENTS = [
  'ha ben quand même ! il était temps qu’on réagisse sur le coup !',
  'Encore un projet qui va coûter des millions pour pas grand-chose…',
  'C’est une des rares bonnes décisions de ce gouvernement en termes économiques.',
  'Oui c’est toujours des multinationales, mais je préfère que ça soit des européennes. Donc bon point.',
  'Ce qui est bien avec ce genre d’annonce, c’est qu’on sait déjà comment ça va se terminer.',
  'Espérons que la réussite soit de mise, et que les batailles de politiciens soient ici absentes.',
];
const CLUBIC_TAIL = [
  'Vous êtes un utilisateur de Google Actualités ou de WhatsApp ?',
  'Suivez-nous pour ne rien rater de l\'actu tech !',
];
const NEWSLETTER = [
  'Abonnez-vous à notre newsletter !',
  '',
  'Recevez un résumé quotidien de l\'actu technologique.',
  '',
  'Désinscrivez-vous via le lien de désinscription présent sur nos newsletters ou écrivez à : [email protected]. en savoir plus sur le traitement de données personnelles',
];

// ── the other layouts' own furniture and prose ─────────────────────────────────────────

/** Standfirsts (chapôs): one or two sentences on the subject, no date, never "je". */
const STANDFIRSTS: readonly Template[] = [
  (s) => `${s.A} et ${s.B} ont annoncé un rapprochement dans le cloud. L’accord relance le débat sur la dépendance de l’Europe aux géants américains.`,
  (s) => `Face aux inquiétudes sur la dépendance du continent aux plateformes américaines, ${s.A} multiplie les annonces. Une réponse aux débats sur la question ${de(s.T)}.`,
  (s) => `${capitalize(withArticle(s.I))} veut peser sur les choix des acheteurs publics. Les fournisseurs européens y voient une occasion de rattraper leur retard.`,
  (s) => `Le sujet ${de(s.T)} revient au premier plan, et ${s.A} entend en faire un argument face à ${s.B}.`,
  (s) => `${s.P} plaide pour une réponse coordonnée des Européens, alors que ${s.A} et ${s.B} se disputent les marchés publics.`,
  (s) => `Les entreprises européennes hésitent encore à confier leurs données les plus sensibles à des fournisseurs américains. ${s.A} compte bien en profiter.`,
];

/** Le Monde's rubrics, above the title. */
const RUBRICS = ['Pixels', 'Économie', 'Entreprises', 'International', 'Économie française', 'Politique'];

/** An agency dispatch's first sentence, after its dateline; `w` is the weekday of the date. */
const DISPATCH_LEDES: readonly ((s: Slots, w: string) => string)[] = [
  (s, w) => `${s.A} et ${s.B} ont annoncé ${w} un partenariat dans le cloud, une alliance censée leur donner les moyens de rivaliser avec les géants américains du secteur.`,
  (s, w) => `${capitalize(withArticle(s.I))} a présenté ${w} de nouvelles exigences en matière ${de(s.T)} pour les fournisseurs de cloud qui veulent travailler avec les administrations.`,
  (s, w) => `${s.A} a dévoilé ${w} une offre ${de(s.T)} destinée aux entreprises et aux administrations européennes, sur un marché dominé par les groupes américains.`,
  (s, w) => `${s.P} a appelé ${w} les Européens à réduire leur dépendance aux plateformes américaines de cloud, jugeant « stratégique » la question ${de(s.T)}.`,
];
const DATELINE_CITIES = ['PARIS', 'BRUXELLES', 'BERLIN', 'FRANCFORT', 'STRASBOURG', 'LUXEMBOURG'];
/** The desk's initials that close an AFP dispatch. */
const AGENCY_TAILS = ['afp/cl', 'afp/lp', 'afp/ob', 'afp/jum', 'afp/mpf', 'afp/ak/ob', 'afp/els/bow'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** A press release's title, lede and quote: `I` is the issuer's own name, `B` another company. */
interface Release { I: string; B: string; T: string }
const RELEASE_TITLES: readonly ((r: Release) => string)[] = [
  (r) => `${r.I} lance une offre ${de(r.T)} pour le secteur public`,
  (r) => `${r.I} et ${r.B} s’associent pour proposer un cloud de confiance aux entreprises européennes`,
  (r) => `${r.I} ouvre un nouveau centre de données en France pour ses clients sensibles`,
  (r) => `${r.I} annonce une plateforme ${de(r.T)} destinée aux opérateurs d’importance vitale`,
  (r) => `${r.I} renforce son offre ${de(r.T)} avec ${r.B}`,
];
const RELEASE_ISSUERS = [
  'hébergeur français spécialisé dans les infrastructures cloud pour les collectivités et les établissements de santé',
  'fournisseur européen de services cloud',
  'opérateur de centres de données implanté en France et en Allemagne',
  'éditeur de solutions d’hébergement pour les entreprises',
];
const RELEASE_NEWS: readonly ((r: Release) => string)[] = [
  (r) => `le lancement d’une offre ${de(r.T)} conçue pour les administrations et les opérateurs d’importance vitale`,
  (r) => `la signature d’un partenariat avec ${r.B} pour proposer aux entreprises européennes une offre ${de(r.T)}`,
  () => `l’ouverture d’un nouveau centre de données en France, destiné aux clients des secteurs sensibles`,
];
const RELEASE_INTROS = [
  'L’offre repose sur des centres de données situés exclusivement en France et exploités par des équipes basées dans l’Union européenne. Elle comprend\u00a0:',
  'Les clients bénéficient notamment des engagements suivants\u00a0:',
  'Concrètement, la plateforme propose\u00a0:',
];
const RELEASE_ITEMS = [
  'un hébergement de machines virtuelles et de stockage objet compatible avec les principaux standards du marché',
  'une gestion des clés de chiffrement laissée au seul contrôle du client',
  'un accompagnement à la migration et des engagements de réversibilité inscrits au contrat',
  'un support assuré depuis la France, 24 heures sur 24',
  'une facturation à l’usage, sans frais de sortie des données',
  'des garanties contractuelles sur la localisation des données et des sauvegardes',
];
const RELEASE_QUOTES = [
  'Les acheteurs publics nous demandent des garanties simples\u00a0: où sont leurs données, quel droit s’applique, et comment les récupérer s’ils changent de fournisseur. Cette offre répond à ces trois questions',
  'Nos clients veulent une alternative crédible aux grandes plateformes américaines, sans renoncer aux services dont ils ont besoin',
  'C’est une étape importante pour construire une filière européenne du cloud de confiance',
];
/** who speaks for the issuer, and their title */
const SPOKESPEOPLE = [
  ['Élodie Marchand', 'présidente et cofondatrice'], ['Karim Benali', 'directeur général'],
  ['Anne-Sophie Garnier', 'directrice générale'], ['Olivier Ravel', 'président-directeur général'],
] as const;
const RELEASE_CITIES = ['Paris', 'Lyon', 'Nantes', 'Roubaix', 'Bordeaux', 'Strasbourg'];
const PRESS_OFFICERS = ['Julie Roussel', 'Camille Besson', 'Nadia Ferreira', 'Hugo Lemaire', 'Léa Fontaine', 'Bastien Morel'];
const PR_AGENCIES = ['Agence Quartz RP', 'Agence Littoral Conseil', 'Agence Boréal RP'];

/** A tech site's list of its latest articles, under the share buttons. */
const LATEST = [
  'Pourquoi votre box internet chauffe autant en été',
  'Les meilleures alternatives européennes à Google Drive',
  'Eurostack\u00a0: qui finance vraiment le projet\u00a0?',
  'Comment sauvegarder ses photos sans dépendre d’un géant américain',
  'Le prix des SSD repart à la hausse',
  'Faut-il encore acheter un NAS\u00a0?',
];

// ── one article ─────────────────────────────────────────────────────────────────────────

function slotsFor(random: Random, cast: Cast, year: number): Slots {
  const a = random.pick(cast.companies);
  let b = random.pick(cast.companies);
  while (b === a) b = random.pick(cast.companies);
  const t = random.pick(cast.terms);
  let u = random.pick(cast.terms);
  if (cast.terms.length > 1) while (u === t) u = random.pick(cast.terms);
  return {
    A: say(random, a),
    B: say(random, b),
    P: say(random, random.pick(cast.persons)),
    I: say(random, random.pick(cast.institutions)),
    T: say(random, t),
    U: say(random, u),
    // most dates in an article sit around its own year, as in the seeds
    D: dateExpression(random, Math.min(2025, Math.max(2013, year + random.int(-2, 1)))),
    F: dateExpression(random, year + random.int(1, 3)),
  };
}

/** A date a sentence writes, and whether that sentence speaks of the future. */
interface Cited { date: DateExpression; future: boolean }

/** The words of a sentence that looks forward (the build does not date an article by them). */
const FUTURE = /(?<![\p{L}\p{N}])(?:d['’]ici|à l['’]horizon|prévu(?:es?|s)?|devrai(?:en)?t|ser(?:a|ont)|pourr(?:a|ont|ait|aient)|aur(?:a|ont)|à venir)(?![\p{L}\p{N}])/iu;

/** The body's prose, with the dates it writes kept as they were placed. */
class Writer {
  readonly cited: Cited[] = [];
  readonly random: Random;
  readonly cast: Cast;
  readonly year: number;
  constructor(random: Random, cast: Cast, year: number) {
    this.random = random;
    this.cast = cast;
    this.year = year;
  }

  slots(): Slots {
    return slotsFor(this.random, this.cast, this.year);
  }

  /** One sentence; the dates it writes, if its template uses them, are noted. */
  sentence(template: Template = this.random.pick(SENTENCES)): string {
    const slots = this.slots();
    const used = new Set<DateExpression>();
    const text = template({
      ...slots,
      get D() { used.add(slots.D); return slots.D; },
      get F() { used.add(slots.F); return slots.F; },
    });
    const future = FUTURE.test(text);
    for (const date of used) this.cited.push({ date, future });
    return text;
  }

  /** Paragraphs of 3–5 dated sentences until the body has cited `total` dates. */
  chronology(total: number): Block[] {
    const blocks: Block[] = [];
    while (this.cited.length < total) {
      const sentences: string[] = [];
      for (let k = this.random.int(3, 5); k > 0 && this.cited.length < total; k--) sentences.push(this.sentence(this.random.pick(DATED_SENTENCES)));
      blocks.push({ kind: 'paragraph', text: sentences.join(' ') });
    }
    return blocks;
  }

  paragraph(sentences: number): string {
    const out: string[] = [];
    for (let i = 0; i < sentences; i++) out.push(this.sentence());
    return out.join(' ');
  }

  /** 5–8 paragraphs of 2–4 sentences (the first of `lede` sentences), `headings` sub-headings among them. */
  body(options: { headings?: 0 | 2; lede?: [number, number]; paragraphs?: [number, number]; sentences?: [number, number] } = {}): Block[] {
    const { random } = this;
    const blocks: Block[] = [];
    const [min, max] = options.paragraphs ?? [5, 8];
    const paragraphs = random.int(min, max);
    const headingAt = options.headings === 0 ? new Set<number>() : new Set([random.int(2, 3), random.int(4, paragraphs - 1)]);
    const [from, to] = options.sentences ?? [2, 4];
    for (let p = 0; p < paragraphs; p++) {
      if (headingAt.has(p)) {
        // two sub-headings of one article never read the same (a line written twice is the
        // page's furniture, and the build drops it as such)
        let text = random.pick(HEADINGS)(this.slots());
        while (blocks.some((b) => b.kind === 'heading' && b.text === text)) text = random.pick(HEADINGS)(this.slots());
        blocks.push({ kind: 'heading', text });
      }
      const [lo, hi] = p === 0 && options.lede ? options.lede : [from, to];
      blocks.push({ kind: 'paragraph', text: this.paragraph(random.int(lo, hi)) });
    }
    return blocks;
  }
}

/** Is partial date a later than b? "2021-03" is later than "2021" (it says more). */
function later(a: string, b: string): boolean {
  const common = Math.min(a.length, b.length);
  const [x, y] = [a.slice(0, common), b.slice(0, common)];
  return x === y ? a.length > b.length : x > y;
}

/**
 * The date the build estimates for an undated text: the latest one its sentences cite,
 * those that look forward left out. The generator writes no range ("du 10 au 22 août"),
 * which would count by its end.
 */
function latestCited(cited: readonly Cited[]): DateExpression | undefined {
  let best: DateExpression | undefined;
  for (const c of cited) if (!c.future && (!best || later(c.date.value, best.value))) best = c.date;
  return best;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The blocks as a page copied to plain text gives them: a blank line between blocks; a list
 *  right under the sentence that announces it, and with `tightHeadings` (Le Monde) a
 *  sub-heading right above its paragraph. */
function render(blocks: readonly Block[], options: { bullet?: string; tightHeadings?: boolean } = {}): string {
  let out = '';
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    const tight =
      (block.kind === 'list' && previous?.kind === 'paragraph' && /:$/u.test(previous.text)) ||
      (options.tightHeadings === true && previous?.kind === 'heading');
    if (i > 0) out += tight ? '\n' : '\n\n';
    out += block.kind === 'list' ? block.items.map((item) => `${options.bullet ?? '-'} ${item}`).join('\n') : block.text;
  });
  return out;
}

/** The French of a date in a byline or dateline: `15 octobre 2021`, `1er mars 2020`. */
const longDate = (year: number, month: number, day: number): string => `${dayName(day)} ${MONTHS[month - 1]} ${year}`;

/** An e-mail address as a press office writes it: `julie.roussel@example.org`. */
const emailOf = (name: string): string =>
  `${name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`;

const hostOf = (name: string): string =>
  `${name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '')}.example.com`;

/** What an article is before its layout is written around it. */
interface Draft {
  title: string;
  standfirst?: string;
  blocks: Block[];
  cited: Cited[];
  /** the press release's issuer */
  issuer?: string;
}

function draft(random: Random, cast: Cast, layout: Layout, date: { year: number; month: number; day: number }, datedMentions?: readonly [number, number]): Draft {
  const d = draftOf(random, cast, layout, date);
  if (!datedMentions) return d;
  // before the press release's closing quote, else at the end of the body
  const writer = new Writer(random, cast, date.year);
  writer.cited.push(...d.cited);
  const more = writer.chronology(random.int(datedMentions[0], datedMentions[1]));
  const at = layout === 'press-release' ? d.blocks.length - 1 : d.blocks.length;
  return { ...d, blocks: [...d.blocks.slice(0, at), ...more, ...d.blocks.slice(at)], cited: writer.cited };
}

function draftOf(random: Random, cast: Cast, layout: Layout, date: { year: number; month: number; day: number }): Draft {
  const { year, month, day } = date;
  const writer = new Writer(random, cast, year);
  const title = (): string => random.pick(TITLES)(writer.slots());
  switch (layout) {
    case 'header':
    case 'repeated-title':
      return { title: title(), blocks: writer.body(), cited: writer.cited };
    case 'byline-photo':
    case 'byline-image':
    case 'daily':
    case 'tech': {
      const t = title();
      const standfirst = random.pick(STANDFIRSTS)(writer.slots());
      return { title: t, standfirst, blocks: writer.body(), cited: writer.cited };
    }
    case 'undated':
      // a long first paragraph: body, not a standfirst, as in a-no-date-estimated
      return { title: title(), blocks: writer.body({ lede: [4, 5] }), cited: writer.cited };
    case 'dispatch': {
      const t = title();
      const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] as string;
      const dateline = `${random.pick(DATELINE_CITIES)}, ${longDate(year, month, day)} (AFP) - `;
      const lede = dateline + random.pick(DISPATCH_LEDES)(writer.slots(), weekday);
      const rest = writer.body({ headings: 0, paragraphs: [4, 6], sentences: [1, 3] });
      return { title: t, blocks: [{ kind: 'paragraph', text: lede }, ...rest], cited: writer.cited };
    }
    case 'press-release': {
      const issuerForms = random.pick(cast.companies);
      let other = random.pick(cast.companies);
      while (other === issuerForms) other = random.pick(cast.companies);
      const release: Release = { I: issuerForms[0] as string, B: say(random, other), T: say(random, random.pick(cast.terms)) };
      const t = random.pick(RELEASE_TITLES)(release);
      const lede = `${random.pick(RELEASE_CITIES)}, le ${longDate(year, month, day)} – ${release.I}, ${random.pick(RELEASE_ISSUERS)}, annonce ${random.pick(RELEASE_NEWS)(release)}.`;
      const items = [...RELEASE_ITEMS];
      const list: string[] = [];
      for (let k = random.int(3, 4); k > 0; k--) list.push(items.splice(random.int(0, items.length - 1), 1)[0] as string);
      const [name, role] = random.pick(SPOKESPEOPLE);
      const blocks: Block[] = [
        { kind: 'paragraph', text: lede },
        { kind: 'paragraph', text: random.pick(RELEASE_INTROS) },
        { kind: 'list', items: list.map((item, k) => `${item}${k === list.length - 1 ? '.' : '\u00a0;'}`) },
        ...writer.body({ headings: 0, paragraphs: [1, 2], sentences: [2, 3] }),
        { kind: 'paragraph', text: `« ${random.pick(RELEASE_QUOTES)}\u00a0», déclare ${name}, ${role} ${de(release.I)}.` },
      ];
      return { title: t, blocks, cited: writer.cited, issuer: release.I };
    }
  }
}

function layoutText(
  random: Random,
  layout: Layout,
  article: Omit<GeneratedArticle, 'text'>,
  date: { month: number; day: number },
  cast: Cast,
  issuer?: string,
): string {
  const { month, day } = date;
  const year = Number(article.date.value.slice(0, 4));
  const body = article.blocks;
  const author = article.authors[0] as string;
  const otherTitle = (): string => random.pick(TITLES)(slotsFor(random, cast, year));
  switch (layout) {
    case 'header': {
      // ` date 2020-09 Dans un communiqué…`: the header and the first paragraph share a line
      const [lede, ...rest] = body;
      return ` date ${year}-${pad(month)} ${(lede as { text: string }).text}\n\n${render(rest)}\n`;
    }
    case 'repeated-title': {
      const other = TITLES[random.int(0, TITLES.length - 1)]!(slotsFor(random, cast, year));
      return [
        article.title, '', article.title, '', '',
        render(body.slice(0, 3)), '',
        `Lire ${other}`, '',
        render(body.slice(3)), '',
        '🔴 Pour ne manquer aucune actualité de 01net, suivez-nous sur Google Actualités et WhatsApp.', '',
        'Source :', '', article.attribution, '', '', '', 'Source link', '',
        'Laisser un commentaire', '', 'Votre adresse e-mail ne sera pas publiée.',
      ].join('\n');
    }
    case 'byline-photo': {
      const subject = slotsFor(random, cast, year).P;
      const comments: string[] = [];
      const count = random.int(0, 6);
      for (let i = 0; i < count; i++) comments.push(random.pick(PSEUDONYMS), '', random.pick(COMMENTS), '');
      return [
        article.title, '',
        author,
        `Par ${author}, Journaliste-reporter, responsable de l'actu.`,
        bylineDate(random, year, month, day),
        subject,
        `${subject} © Alexandros Michailidis / Shutterstock.com`, '',
        article.standfirst, '',
        render(body), '',
        `Source : ${article.attribution}`,
        author,
        'Journaliste-reporter, responsable de l\'actu',
        ...CLUBIC_TAIL,
        'Commentaires (0)',
        'Rejoignez la communauté Clubic',
        'Rejoignez la communauté des passionnés de nouvelles technologies. Venez partager votre passion et débattre de l’actualité avec nos membres qui s’entraident et partagent leur expertise quotidiennement.',
        `Commentaires (${count})`,
        ...comments,
        ...NEWSLETTER,
      ].join('\n');
    }
    case 'byline-image':
      return [
        article.title, '',
        author,
        bylineDate(random, year, month, day),
        article.standfirst, '',
        `${random.hex(16).toUpperCase()}-photo-cloud-europe.jpg`,
        render(body), '', '',
        'A lire également :', '', '',
        author,
        `Par ${author}`, '',
        'Aucun résumé disponible', '',
        ...CLUBIC_TAIL,
        'Commentaires (0)',
        'Rejoignez la communauté Clubic',
        'Rejoignez la communauté des passionnés de nouvelles technologies. Venez partager votre passion et débattre de l’actualité avec nos membres qui s’entraident et partagent leur expertise quotidiennement.',
        ...NEWSLETTER,
      ].join('\n');
    case 'daily': {
      // Le Monde: the date line gives the publication and the update; the paywall cuts the text
      const hour = random.int(6, 17);
      const published = `Publié le ${pad(day)} ${MONTHS[month - 1]} ${year} à ${pad(hour)}h${pad(random.int(0, 59))}`;
      const [uDay, uHour] = article.updated?.endsWith(`-${pad(day)}`) ? [day, random.int(hour + 1, 22)] : [day + 1, random.int(6, 22)];
      const updated = `Mis à jour le ${pad(uDay)} ${MONTHS[month - 1]} ${year} à ${pad(uHour)}h${pad(random.int(0, 59))}`;
      const paywall = [`Il vous reste ${random.int(40, 85)}\u00a0% de cet article à lire.`, 'La suite est réservée aux abonnés.'];
      return [
        random.pick(RUBRICS),
        article.title,
        article.standfirst,
        `Par ${author} `,
        `${published} - ${updated}`,
        `Temps de Lecture ${random.int(2, 9)} min.`,
        'Article réservé aux abonnés', '',
        render(body.slice(0, 2), { tightHeadings: true }), '',
        `Lire aussi | ${otherTitle()}`, '',
        render(body.slice(2), { tightHeadings: true }), '',
        ...(random.chance(0.5) ? [paywall.join(' ')] : paywall),
        'Déjà abonné\u00a0? Se connecter',
      ].join('\n');
    }
    case 'dispatch':
      return [article.title, '', render(body), '', random.pick(AGENCY_TAILS), ''].join('\n');
    case 'press-release': {
      const officer = random.pick(PRESS_OFFICERS);
      const name = issuer as string;
      return [
        'Communiqué de presse',
        article.title, '',
        render(body, { bullet: random.pick(['-', '•']) }), '',
        `À propos de ${name}`,
        `Fondée en ${random.int(1999, 2015)} à ${random.pick(RELEASE_CITIES)}, ${name} conçoit et exploite des infrastructures cloud pour des clients publics et privés. L’entreprise dispose de ${random.int(2, 12)} centres de données en Europe et emploie ${random.int(80, 2400)} personnes.`,
        `Pour en savoir plus\u00a0: ${hostOf(name)}`, '',
        'Contact presse',
        `${officer}, ${random.pick(PR_AGENCIES)}`,
        emailOf(officer),
        '01 23 45 67 89', '',
      ].join('\n');
    }
    case 'tech': {
      const published = `Publié le ${dayName(day)} ${MONTHS[month - 1]} ${year} à ${pad(random.int(6, 22))}h${pad(random.int(0, 59))}`;
      const latest = [...LATEST];
      const links: string[] = [];
      for (let k = 0; k < 3; k++) links.push(latest.splice(random.int(0, latest.length - 1), 1)[0] as string);
      return [
        article.title,
        article.standfirst,
        `${author} — ${published}`, '',
        render(body), '',
        'Partager sur X',
        'Partager sur Facebook',
        'Partager sur LinkedIn',
        'Tous les articles Tech',
        'Nos derniers articles',
        ...links, '',
      ].join('\n');
    }
    case 'undated':
      return [article.title, '', `Par ${author}`, '', render(body), ''].join('\n');
  }
}

/**
 * The corpus's file names, known before its texts (relation evidence must name the article
 * it sits in): `<first + i>_<16 hex>`, 4 digits where the real seeds have 3, from a random
 * stream of their own so the texts do not depend on them.
 */
export function corpusFileNames(count: number, seed: number, first = 1000): string[] {
  const random = createRandom(seed ^ 0x5eed5eed);
  return Array.from({ length: count }, (_, i) => `${first + i}_${random.hex(16)}`);
}

/** Generate `count` articles. Titles (and the header layout's first sentences) are unique. */
export function generateCorpus(options: CorpusOptions): GeneratedArticle[] {
  const random = createRandom(options.seed);
  const cast = castOf(options.knowledge);
  const files = corpusFileNames(options.count, options.seed, options.first);
  const seenTitles = new Set<string>();
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < options.count; i++) {
    const layout = LAYOUTS[i % LAYOUTS.length] as Layout;
    const year = random.int(2013, 2025);
    const month = random.int(1, 12);
    const day = random.int(1, 28);
    const file = files[i] as string;
    let d: Draft;
    // redraw until the title (or, without one, the opening paragraph) is new: two articles
    // with one title would be one slug, which is not what this bench measures; an undated
    // text must cite a date the build can estimate its own from
    for (let attempt = 0; ; attempt++) {
      d = draft(random, cast, layout, { year, month, day }, options.datedMentions);
      const first = d.blocks[0];
      const key = layout === 'header' ? (first?.kind === 'paragraph' ? first.text : '') : d.title;
      const dated = layout !== 'undated' || latestCited(d.cited) !== undefined;
      if ((!seenTitles.has(key) && dated) || (attempt > 50 && dated)) {
        seenTitles.add(key);
        break;
      }
    }
    let { title, standfirst, blocks } = d;
    // 003, 004 and the AFP write the apostrophe straight, the others curly: the annotate stage must take both
    const straight = layout === 'byline-photo' || layout === 'byline-image' || layout === 'dispatch';
    if (straight) {
      const fold = (text: string) => text.replaceAll(APOSTROPHE, "'");
      title = fold(title);
      if (standfirst !== undefined) standfirst = fold(standfirst);
      blocks = blocks.map((b) => (b.kind === 'list' ? { ...b, items: b.items.map(fold) } : { ...b, text: fold(b.text) }));
    }
    // relation evidence goes in paragraphs of its own, four sentences at most, written
    // exactly as content/relations.yaml quotes it
    const inject = options.inject?.get(i) ?? [];
    for (let k = 0; k < inject.length; k += 4) blocks.push({ kind: 'paragraph', text: inject.slice(k, k + 4).join(' ') });
    const dayValue = `${year}-${pad(month)}-${pad(day)}`;
    const estimated = latestCited(d.cited);
    const date: GeneratedArticle['date'] =
      layout === 'header'
        ? { value: `${year}-${pad(month)}`, precision: 'month', origin: 'header' }
        : layout === 'repeated-title'
          ? { value: `${year}`, precision: 'year', origin: 'sources' }
          : layout === 'dispatch' || layout === 'press-release'
            ? { value: dayValue, precision: 'day', origin: 'dateline' }
            : layout === 'undated'
              ? { value: estimated!.value, precision: estimated!.precision, origin: 'estimated' }
              : { value: dayValue, precision: 'day', origin: 'byline' };
    const signed = layout === 'byline-photo' || layout === 'byline-image' || layout === 'daily' || layout === 'tech' || layout === 'undated';
    const authors = signed ? [random.pick(AUTHORS)] : layout === 'dispatch' ? ['AFP'] : [];
    // Le Monde's update: later the same day, or the next day
    const updated = layout === 'daily' ? (day < 28 && random.chance(0.5) ? `${year}-${pad(month)}-${pad(day + 1)}` : dayValue) : undefined;
    const article: Omit<GeneratedArticle, 'text'> = {
      file,
      layout,
      ...(layout === 'header' ? {} : { title }),
      ...(standfirst !== undefined ? { standfirst } : {}),
      date,
      ...(updated !== undefined ? { updated } : {}),
      authors,
      ...(layout === 'repeated-title' || layout === 'byline-photo' ? { attribution: random.pick(OUTLETS) } : {}),
      blocks,
      datedMentions: d.cited.length,
    };
    const text = layoutText(random, layout, article, { month, day }, cast, d.issuer);
    articles.push({ ...article, text });
  }
  return articles;
}

/** What content/sources.yaml must say about the articles whose text has no date (layout 002).
 *  The undated layout gets no entry: the build estimates its date, as for an editor's undated text. */
export function sourcesFor(articles: readonly GeneratedArticle[]): { article: string; date: string; outlet?: string }[] {
  return articles
    .filter((a) => a.date.origin === 'sources')
    .map((a) => ({ article: a.file, date: a.date.value, ...(a.attribution ? { outlet: '01net' } : {}) }));
}

/** Write the corpus as seeds/<file>.txt; returns the bytes written. */
export function writeCorpus(dir: string, articles: readonly GeneratedArticle[]): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const article of articles) {
    const data = Buffer.from(article.text, 'utf8');
    writeFileSync(join(dir, `${article.file}.txt`), data);
    bytes += data.length;
  }
  return bytes;
}
