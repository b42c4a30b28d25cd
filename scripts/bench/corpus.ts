// Synthetic corpus: N French news articles in the four layouts the real seeds have, built
// from sentences that name the glossary's terms and the known actors and carry the French
// date expressions the extraction stage reads. Deterministic: same knowledge + seed, same
// bytes. It imports nothing from src/ so it measures the pipeline without sharing its code.
//
//   CorpusKnowledge (terms, actors) + { count, seed } ─► GeneratedArticle[] ─► seeds/*.txt
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom, type Random } from './random.ts';
import {
  APOSTROPHE, bylineDate, capitalize, dateExpression, de, deArticle, withArticle,
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
 * `byline-photo` (003: author, `Publié le …`, photo credit, `Source : X`, bio, reader comments),
 * `byline-image` (004: author, `Publié le …`, image file name, "A lire également", bio).
 */
export type Layout = 'header' | 'repeated-title' | 'byline-photo' | 'byline-image';
export const LAYOUTS: readonly Layout[] = ['header', 'repeated-title', 'byline-photo', 'byline-image'];

export interface GeneratedArticle {
  /** the seed file name without `.txt` */
  file: string;
  layout: Layout;
  /** the title as the text gives it; the header layout has none (the pipeline derives one) */
  title?: string;
  /** the date the pipeline should find, and where it stands */
  date: { value: string; precision: 'year' | 'month' | 'day'; origin: 'header' | 'byline' | 'sources' };
  outlet?: string;
  author?: string;
  attribution?: string;
  /** the article proper, in reading order: what must survive the clean stage */
  blocks: { kind: 'heading' | 'paragraph'; text: string }[];
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

/** Slots a template fills: {A} {B} companies, {P} a person, {I} an institution, {T} {U} terms, {D} a date. */
interface Slots {
  A: string; B: string; P: string; I: string; T: string; U: string; D: DateExpression;
}

type Template = (s: Slots) => string;

/** A date inside a sentence: `depuis mai 2018` only reads right after "est réelle", so elsewhere `en mai 2018`. */
function at(date: DateExpression): string {
  if (date.text.startsWith('depuis ')) return `en ${date.text.slice('depuis '.length)}`;
  if (date.text.startsWith('début ')) return `au ${date.text}`;
  return date.text;
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
  (s) => `La méfiance est réelle ${s.D.text.startsWith('depuis') ? s.D.text : `depuis ${s.D.text.replace(/^(en|le) /, '')}`}, quand ${s.A} a dû répondre aux questions des autorités sur l’accès aux données.`,
  (s) => `Il reste à savoir si ${s.A} parviendra à convaincre les grandes entreprises, habituées aux offres ${de(s.B)}.`,
  (s) => `${s.A} assure que sa plateforme reposera uniquement sur des briques ${de(s.T)} et qu’elle sera opérée par des équipes basées en Europe.`,
  (s) => `Interrogé ${at(s.D)}, ${s.P} a rappelé que la souveraineté numérique ne se décrète pas mais se construit.`,
  (s) => `Les premiers résultats sont attendus ${at(s.D)}, dans le cadre d’une coopération franco-allemande que soutient ${withArticle(s.I)}.`,
  (s) => `« C’est un pas important que nous faisons ensemble », a estimé ${s.P}, qui voit dans la question ${de(s.T)} un levier pour les acteurs européens.`,
  (s) => `Plusieurs acteurs, à l’image ${de(s.A)} ou ${de(s.B)}, sont considérés comme des alternatives potentielles.`,
  (s) => `Le texte prévoit que les opérateurs certifiés ne puissent pas être soumis à des lois extraterritoriales, un point sur lequel ${s.A} insiste depuis des années.`,
  (s) => `Le dossier ${de(s.T)} devrait revenir sur la table ${at(s.D)}, selon plusieurs sources proches du gouvernement.`,
];

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
  };
}

function paragraph(random: Random, cast: Cast, year: number, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(random.pick(SENTENCES)(slotsFor(random, cast, year)));
  return out.join(' ');
}

function articleBody(random: Random, cast: Cast, year: number): GeneratedArticle['blocks'] {
  const blocks: GeneratedArticle['blocks'] = [];
  const paragraphs = random.int(5, 8);
  const headingAt = new Set([random.int(2, 3), random.int(4, paragraphs - 1)]);
  for (let p = 0; p < paragraphs; p++) {
    if (headingAt.has(p)) blocks.push({ kind: 'heading', text: random.pick(HEADINGS)(slotsFor(random, cast, year)) });
    blocks.push({ kind: 'paragraph', text: paragraph(random, cast, year, random.int(2, 4)) });
  }
  return blocks;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function layoutText(
  random: Random,
  layout: Layout,
  article: Omit<GeneratedArticle, 'text'>,
  month: number,
  day: number,
  cast: Cast,
): string {
  const year = Number(article.date.value.slice(0, 4));
  const body = article.blocks;
  const bodyText = (blocks: GeneratedArticle['blocks']) => blocks.map((b) => b.text).join('\n\n');
  const [lede, ...rest] = body;
  const leadText = (lede as { text: string }).text;
  switch (layout) {
    case 'header':
      // ` date 2020-09 Dans un communiqué…`: the header and the first paragraph share a line
      return ` date ${year}-${pad(month)} ${leadText}\n\n${bodyText(rest)}\n`;
    case 'repeated-title': {
      const other = TITLES[random.int(0, TITLES.length - 1)]!(slotsFor(random, cast, year));
      return [
        article.title, '', article.title, '', '',
        bodyText(body.slice(0, 3)), '',
        `Lire ${other}`, '',
        bodyText(body.slice(3)), '',
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
        article.author,
        `Par ${article.author}, Journaliste-reporter, responsable de l'actu.`,
        bylineDate(random, year, month, day),
        subject,
        `${subject} © Alexandros Michailidis / Shutterstock.com`, '',
        bodyText(body), '',
        `Source : ${article.attribution}`,
        article.author,
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
        article.author,
        bylineDate(random, year, month, day),
        leadText, '',
        `${random.hex(16).toUpperCase()}-photo-cloud-europe.jpg`,
        bodyText(rest), '', '',
        'A lire également :', '', '',
        article.author,
        `Par ${article.author}`, '',
        'Aucun résumé disponible', '',
        ...CLUBIC_TAIL,
        'Commentaires (0)',
        'Rejoignez la communauté Clubic',
        'Rejoignez la communauté des passionnés de nouvelles technologies. Venez partager votre passion et débattre de l’actualité avec nos membres qui s’entraident et partagent leur expertise quotidiennement.',
        ...NEWSLETTER,
      ].join('\n');
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
    let title = '';
    let blocks: GeneratedArticle['blocks'] = [];
    // redraw until the title (or, without one, the opening paragraph) is new: two
    // articles with one title would be one slug, which is not what this bench measures
    for (let attempt = 0; ; attempt++) {
      title = random.pick(TITLES)(slotsFor(random, cast, year));
      blocks = articleBody(random, cast, year);
      const key = layout === 'header' ? (blocks[0]?.text ?? '') : title;
      if (!seenTitles.has(key) || attempt > 50) {
        seenTitles.add(key);
        break;
      }
    }
    // 003 and 004 write the apostrophe straight, the others curly: the annotate stage must take both
    const straight = layout === 'byline-photo' || layout === 'byline-image';
    if (straight) {
      title = title.replaceAll(APOSTROPHE, "'");
      blocks = blocks.map((b) => ({ ...b, text: b.text.replaceAll(APOSTROPHE, "'") }));
    }
    // relation evidence goes in paragraphs of its own, four sentences at most, written
    // exactly as content/relations.yaml quotes it
    const inject = options.inject?.get(i) ?? [];
    for (let k = 0; k < inject.length; k += 4) blocks.push({ kind: 'paragraph', text: inject.slice(k, k + 4).join(' ') });
    const date: GeneratedArticle['date'] =
      layout === 'header'
        ? { value: `${year}-${pad(month)}`, precision: 'month', origin: 'header' }
        : layout === 'repeated-title'
          ? { value: `${year}`, precision: 'year', origin: 'sources' }
          : { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', origin: 'byline' };
    const article: Omit<GeneratedArticle, 'text'> = {
      file,
      layout,
      ...(layout === 'header' ? {} : { title }),
      date,
      ...(layout === 'byline-photo' || layout === 'byline-image' ? { author: random.pick(AUTHORS) } : {}),
      ...(layout === 'repeated-title' || layout === 'byline-photo' ? { attribution: random.pick(OUTLETS) } : {}),
      blocks,
    };
    const text = layoutText(random, layout, article, month, day, cast);
    articles.push({ ...article, text });
  }
  return articles;
}

/** What content/sources.yaml must say about the articles whose text has no date (layout 002). */
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
