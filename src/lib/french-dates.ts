// Absolute French date expressions in a text, each at the precision the text states.
//
//   day    "le 15 avril 2014", "mar. 6 oct. 2021 à 17:45", "1er mars", "8/2/16", "2021-11-18T14:05"
//   month  "juin 2013", "en juin 2013", "mi-juin", "depuis mai 2018"
//   year   "en 2013", "(2018)", "fin 2013", "mi-2014", "au printemps 2014", "d’ici 2030"
//   range  "du 10 au 22 août 2012", "de mars à juin 2020", "entre 2013 et 2015", "2013-2015"
//
// One regular expression finds the candidates (longest form first); plain code then checks
// them: the day exists, a bare number is framed as a year, a month name alone follows "en"
// or a qualifier. A candidate that fails is dropped whole: "32 août 2014" is no date at all,
// not "août 2014". Relative dates ("hier", "lundi dernier") are out of scope.
import { pad2 } from './french.ts';

export type Precision = 'year' | 'month' | 'day';

export interface FoundDate {
  /** offsets of the expression in the text (UTF-16) */
  start: number;
  end: number;
  /** text.slice(start, end) */
  expression: string;
  /** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' (the start of a range) */
  value: string;
  precision: Precision;
  /** lower case, typographic apostrophe: 'début', 'fin', 'depuis', 'jusqu’à', 'printemps', 'premier semestre'… */
  qualifier?: string;
  /** a range: its end */
  until?: { value: string; precision: Precision };
  /** 'HH:MM' or 'HH:MM:SS' when a time follows the date */
  time?: string;
  /** no year written: the year is options.contextYear */
  yearFromContext?: boolean;
}

export interface FindDatesOptions {
  /** 'YYYY': the year a day or month written without a year belongs to (the article's year); without it such dates are skipped */
  contextYear?: string;
  /** where to list the days written as dates that do not exist ("31 juin 2021", "29/02/2021"), which are no dates */
  impossible?: ImpossibleDate[];
}

/** A day written as a date that no calendar has: its month has fewer days, or it names no month. */
export interface ImpossibleDate {
  start: number;
  end: number;
  expression: string;
}

// ---------------------------------------------------------------------------------------------
// The pattern. Accented letters also match unaccented and decomposed (letter + combining mark).

const S = String.raw;
const APO = S`['’ʼ]`;
const é = S`[eé]\p{M}?`;
const è = S`[eè]\p{M}?`;
const à = S`[aà]\p{M}?`;
const û = S`[uû]\p{M}?`;

const MONTH = [
  'janvier', S`janv\.?`, S`f${é}vrier`, S`f${é}vr\.?`, S`f${é}v\.?`, 'mars', 'avril', S`avr\.?`, 'mai', 'juin',
  'juillet', S`juil\.?`, S`ao${û}t`, 'septembre', S`sept\.?`, S`sep\.?`, 'octobre', S`oct\.?`, 'novembre', S`nov\.?`,
  S`d${é}cembre`, S`d${é}c\.?`,
].join('|');
/** The French month names and their abbreviations, as one regular-expression alternation. */
export const MONTH_PATTERN = MONTH;
const WEEKDAY = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim';
const DAY = S`1er|1ᵉʳ|premier|\d{1,2}`;
const YEAR = S`[12]\d{3}(?!\d)`;

/** relation words: "depuis", "jusqu’au", "à partir du"… ("dès" needs its accent: "des" is an article) */
const REL = S`depuis|d(?:è|e\u0300)s|avant|apr${è}s|vers|jusqu${APO}(?:en|aux?|${à})|d${APO}ici(?:\s+${à})?|${à}\s+(?:partir|compter)\s+(?:du|de|d${APO})`;
const SEP = S`(?:\s+|(?<=${APO}))`;
/** which part of a period: "début", "mi", "au printemps", "premier semestre"… */
const PART =
  S`d${é}but|milieu|mi|fin|courant|au\s+cours|printemps|${é}t${é}|automne|hiver` +
  S`|(?:premier|1er|second|seconde|deuxi${è}me|2e|2${è}me|2nde?|2d)\s+semestre` +
  S`|(?:premier|1er|deuxi${è}me|2e|2${è}me|second|troisi${è}me|3e|3${è}me|quatri${è}me|4e|4${è}me|dernier)\s+trimestre`;
const PART_TAIL = S`(?:\s*-\s*|\s+(?:(?:de\s+l${APO}|d${APO})(?:ann${é}e|an)\s+|du\s+mois\s+(?:de\s+|d${APO})|de\s+|d${APO})?)`;
/** the little word in front: "le 3 juin", "en 2013", "l’année 2013", "du 10 au 22", "entre 2013 et" */
const LEAD = S`en\s+l${APO}an|en|l${APO}ann${é}e|l${APO}an|ann${é}e|les|le|du|au|ce|de|d${APO}|entre\s+le|entre`;
const CONN = S`\s*[-–—]\s*|\s+(?:au|${à}|et|ou|jusqu${APO}(?:au|${à}|en))\s+`;
/** a day number alone starts a range or a list ("du 10 au 22 août", "les 10 et 11 juin") */
const BARE_AHEAD = S`(?=\s*[-–—]|\s+(?:au|${à}|et|ou)\s|\s+jusqu|\s*,\s*\d)`;
const TIME =
  S`(?:\s*[,\\|/–—-]\s*|\s*,?\s*(?:${à}|vers)\s+|\s+)` +
  S`(?:(?<th>[01]?\d|2[0-3])\s?h(?:\s?(?<tm>[0-5]\d))?(?:\s?(?:min|mn))?` +
  S`|(?<ch>[01]?\d|2[0-3]):(?<cm>[0-5]\d)(?::(?<cs>[0-5]\d))?` +
  S`|(?<hh>[01]?\d|2[0-3])\s+heures?(?:\s+(?<hm>[0-5]\d))?)(?!\d)`;

const side = (s: string, bare: boolean): string =>
  S`(?:(?<iy${s}>[12]\d{3})(?<is${s}>[-/])(?<im${s}>\d{2})\k<is${s}>(?<id${s}>\d{2})(?!\d)` +
  S`(?:(?:T|\s)(?<ih${s}>[01]\d|2[0-3]):(?<imi${s}>[0-5]\d)(?::(?<ise${s}>[0-5]\d))?(?:[.,]\d+)?(?:Z|[+-]\d{2}(?::?\d{2})?)?(?!\d))?` +
  S`|(?:(?<wd${s}>${WEEKDAY})(?:\.?,?\s+|\.))?` +
  S`(?:(?<nd${s}>\d{1,2})(?<ns${s}>[/.-])(?<nm${s}>\d{1,2})\k<ns${s}>(?<ny${s}>\d{4}|\d{2})(?!\d)` +
  S`|(?<d${s}>${DAY})\s*(?<dm${s}>${MONTH})(?!\p{L})(?:\s+(?<dy${s}>${YEAR}))?` +
  (bare ? S`|(?<bd${s}>${DAY})(?!\d)${BARE_AHEAD}` : '') +
  S`)|(?<m${s}>${MONTH})(?!\p{L})(?:\s+(?<my${s}>${YEAR}))?` +
  S`|(?<y${s}>${YEAR}))`;

const prefix =
  S`(?<pre>(?<relx>(?<rel>${REL})${SEP}(?:(?:la|le|l${APO})${SEP})?)?` +
  S`(?:(?<partx>(?<part>${PART})${PART_TAIL})|(?<leadx>(?<lead>${LEAD})${SEP}))?)`;
/** not inside a word or a number: "v2.1.2020", "27001:2013", "POSIX.1-2001", "3,1416" */
const START = S`(?<![\p{L}\p{N}_])(?<!\p{N}[.,/:-])`;
const END = S`(?![\p{L}\p{N}])`;

/** A candidate: what is in front, a date, then a range or list, or a time. */
const FULL = new RegExp(
  START + prefix + S`(?<a>${side('a', true)})(?:(?<cx>(?<cw>${CONN})(?:le\s+)?)(?<b>${side('b', false)})|(?<tx>${TIME}))?` + END,
  'giu',
);
/** The same candidate without a range, read again where a range did not hold. */
const SINGLE = new RegExp(START + prefix + S`(?<a>${side('a', false)})(?<tx>${TIME})?` + END, 'yiu');

/** the rest of a list, which gives its first item a month or a year: "les 3|, 4 et 5 juin 2020", "en mai|, juin et juillet 2020" */
const LIST_DAY = S`(?:1er|1ᵉʳ|premier|0?[1-9]|[12]\d|3[01])(?!\d)`;
const LIST_OF_DAYS = new RegExp(
  S`^(?:\s*,\s*${LIST_DAY})*\s*(?:,|\s+(?:et|ou))\s+(?:le\s+)?${LIST_DAY}\s*(?<lm>${MONTH})(?!\p{L})(?:\s+(?<ly>${YEAR}))?`,
  'iu',
);
const LIST_OF_MONTHS = new RegExp(S`^(?:\s*,\s*(?:${MONTH})(?!\p{L}))*\s*(?:,|\s+(?:et|ou))\s+(?:${MONTH})(?!\p{L})\s+(?<ly>${YEAR})`, 'iu');

const HAS_DIGIT = /\d/;
/** a prefilter: no unicode mode, ASCII word boundaries (about twice as fast; "maïs" passes, and that is fine) */
const HAS_MONTH = /\b(?:janvier|f[eé]\u0301?vrier|mars|avril|mai|juin|juillet|ao[uû]\u0302?t|septembre|octobre|novembre|d[eé]\u0301?cembre)\b/i;

// ---------------------------------------------------------------------------------------------
// Words

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
  juillet: 7, juil: 7, aout: 8, septembre: 9, sept: 9, sep: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
  decembre: 12, dec: 12,
};
const FULL_MONTHS = new Set(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre']);

/** lower case, no accents, no final dot, one space, typographic apostrophe */
function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/['ʼ]/g, '’').replace(/\s+/g, ' ').replace(/\.$/, '');
}

function relQualifier(rel: string): string {
  const r = fold(rel);
  if (r.startsWith('jusqu’en')) return 'jusqu’en';
  if (r.startsWith('jusqu’')) return 'jusqu’à';
  if (r.startsWith('d’ici')) return 'd’ici';
  if (r.startsWith('a partir') || r.startsWith('a compter')) return 'à partir de';
  return ({ depuis: 'depuis', des: 'dès', avant: 'avant', apres: 'après', vers: 'vers' } as Record<string, string>)[r] ?? r;
}

const ORDINAL: Record<string, string> = {
  premier: 'premier', '1er': 'premier', second: 'second', seconde: 'second', deuxieme: 'deuxième', '2e': 'deuxième',
  '2eme': 'deuxième', '2nd': 'second', '2nde': 'second', '2d': 'second', troisieme: 'troisième', '3e': 'troisième',
  '3eme': 'troisième', quatrieme: 'quatrième', '4e': 'quatrième', '4eme': 'quatrième', dernier: 'quatrième',
};

/** the qualifier a part word gives, and whether it needs a year (seasons, semesters, quarters) */
function partQualifier(part: string): { qualifier: string; yearOnly: boolean } {
  const p = fold(part);
  const [first = '', unit] = p.split(' ');
  if (unit === 'semestre') return { qualifier: ORDINAL[first] === 'premier' ? 'premier semestre' : 'second semestre', yearOnly: true };
  if (unit === 'trimestre') {
    const ord = ORDINAL[first] === 'second' ? 'deuxième' : ORDINAL[first] ?? first;
    return { qualifier: `${ord} trimestre`, yearOnly: true };
  }
  if (p === 'ete') return { qualifier: 'été', yearOnly: true };
  if (p === 'printemps' || p === 'automne' || p === 'hiver') return { qualifier: p, yearOnly: true };
  if (p === 'debut') return { qualifier: 'début', yearOnly: false };
  if (p === 'milieu' || p === 'mi') return { qualifier: 'mi', yearOnly: false };
  if (p === 'au cours' || p === 'courant') return { qualifier: 'courant', yearOnly: false };
  return { qualifier: p, yearOnly: false };
}

const DAY_LEADS = new Set(['le', 'du', 'au', 'ce']);
const YEAR_LEADS = new Set(['en', 'l’annee', 'l’an', 'annee', 'en l’an']);
const LIST_LEADS = new Set(['le', 'les', 'du', 'au', 'en']);

/** what counts things rather than dates: "2020 serveurs", "3000 euros" */
const UNIT = new RegExp(
  S`^\s*(?:[€$£%]|(?:euros?|dollars?|francs?|livres?|yens?|km|kilom${è}tres?|m${è}tres?|cm|mm|kg|kilos?|grammes?|tonnes?|litres?|hectares?|ha` +
    S`|habitants?|personnes?|salari${é}s?|employ${é}s?|emplois?|postes?|agents?|clients?|utilisateurs?|abonn${é}s?|internautes?|${é}l${è}ves?|${é}tudiants?` +
    S`|serveurs?|machines?|ordinateurs?|entreprises?|soci${é}t${é}s?|start-?ups?|exemplaires?|pages?|mots?|caract${è}res?|points?|voix|votes?|fois` +
    S`|ans|ann${é}es|mois|semaines?|jours?|heures?|minutes?|secondes?|places?|sites?|centres?|datacenters?|mo|go|to|ko|gb|tb|mb|mw|kw|gw|kwh|mwh|ghz|mhz` +
    S`|millions?|milliards?|mille|cas|morts|victimes|manifestants|participants|membres|pays|villes|communes|articles|lignes|licences|unit${é}s` +
    S`|appareils|t${é}l${é}phones|smartphones|v${é}hicules|voitures|logements|foyers|dossiers|projets|brevets|requ${è}tes|demandes|plaintes` +
    S`|signatures|candidats|spectateurs|visiteurs|lecteurs|${é}lus|d${é}put${é}s|s${é}nateurs|propositions|contributeurs|partenaires)(?!\p{L}))`,
  'iu',
);
/** a number of something, not a year: "n° 2018", "RFC 2068", "version 2020" */
const NOT_A_YEAR_BEFORE = /(?:n°|n[o°]\.|num[ée]ro|version|v\.|ver\.|iso|rfc|pages?|p\.|art\.|article|tél\.?|code|ann[ée]es)\s*$/iu;
/** before a year framed only by punctuation: a count ("il y en a 2000.", "plus de 2000.") */
const COUNT_BEFORE = /(?:^|[^\p{L}])(?:les|des|ces|ses|mes|tes|nos|vos|leurs|aux|environ|quelques?|soit|plus\s+de|moins\s+de|pr[eè]s\s+de|a|ont|sont|compte|comptait|total|x|×|\+|=)\s*$/iu;
const VERSION_BEFORE = /(?:version|ver\.?|v|release|build)\s*$/iu;
/** a year framed by punctuation or a bracket */
const PUNCT_AFTER = /^\s*(?:[,.;:!?)\]»…]|$)/u;
const BRACKET_BEFORE = /[(\[]\s*$/u;
const ARTICLE_BEFORE_ETE = /(?:^|[^\p{L}])(?:l['’ʼ]|en\s+|cet\s+|d['’ʼ])$|^\s*$|[\n(«"“]\s*$/iu;
const PLANET_BEFORE = /(?:plan[eè]te|mission|rover|sonde|robot|astromobile|atterrisseur)\s+$/iu;
const CHAIN = /^(?:\s*,\s*|\s+(?:et|ou|puis)\s+|\s*,\s*(?:et|ou|puis)\s+)$/iu;
const NUMBER_GOES_ON = /^[.,:/\-–]\d/u;

// ---------------------------------------------------------------------------------------------
// Reading a candidate

type Kind = 'iso' | 'num' | 'day' | 'bare' | 'month' | 'year';
interface Side {
  kind: Kind;
  y?: number;
  m?: number;
  d?: number;
  /** the month as written (for the "Mars" check) */
  token?: string;
  /** ISO time */
  time?: string;
  fromContext?: boolean;
  /** numeric with dots: could be a version number */
  dotted?: boolean;
}

type Groups = Record<string, string | undefined>;

function dayNumber(day: string): number {
  return /^\d+$/.test(day) ? Number(day) : 1; // 1er, 1ᵉʳ, premier
}

function readSide(g: Groups, s: string): Side | undefined {
  if (g[`iy${s}`]) {
    const time = g[`ih${s}`] ? `${g[`ih${s}`]}:${g[`imi${s}`]}${g[`ise${s}`] ? `:${g[`ise${s}`]}` : ''}` : undefined;
    return { kind: 'iso', y: Number(g[`iy${s}`]), m: Number(g[`im${s}`]), d: Number(g[`id${s}`]), ...(time ? { time } : {}) };
  }
  if (g[`nd${s}`]) {
    const yy = g[`ny${s}`]!;
    const sep = g[`ns${s}`];
    if (yy.length === 2 && sep !== '/') return undefined; // "12.5.21" reads as a version, "10-12-20" as a score
    const y = yy.length === 2 ? (Number(yy) < 70 ? 2000 : 1900) + Number(yy) : Number(yy);
    return { kind: 'num', y, m: Number(g[`nm${s}`]), d: Number(g[`nd${s}`]), dotted: sep === '.' };
  }
  if (g[`d${s}`]) {
    const token = g[`dm${s}`]!;
    const y = g[`dy${s}`];
    return { kind: 'day', d: dayNumber(g[`d${s}`]!), m: MONTHS[fold(token)], token, ...(y ? { y: Number(y) } : {}) };
  }
  if (g[`bd${s}`]) return { kind: 'bare', d: dayNumber(g[`bd${s}`]!) };
  if (g[`m${s}`]) {
    const token = g[`m${s}`]!;
    const y = g[`my${s}`];
    return { kind: 'month', m: MONTHS[fold(token)], token, ...(y ? { y: Number(y) } : {}) };
  }
  if (g[`y${s}`]) return { kind: 'year', y: Number(g[`y${s}`]) };
  return undefined;
}

const isDayKind = (k: Kind): boolean => k === 'iso' || k === 'num' || k === 'day' || k === 'bare';

function dayExists(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function valueOf(side: Side): { value: string; precision: Precision } {
  const y = String(side.y);
  if (side.m === undefined) return { value: y, precision: 'year' };
  if (side.d === undefined) return { value: `${y}-${pad2(side.m)}`, precision: 'month' };
  return { value: `${y}-${pad2(side.m)}-${pad2(side.d)}`, precision: 'day' };
}

/** a sortable key for the first day a side names */
const keyOf = (side: Side): number => side.y! * 10000 + (side.m ?? 1) * 100 + (side.d ?? 1);

/** A side is whole: its day exists, its year is plausible. */
function sound(side: Side): boolean {
  if (side.y === undefined || side.y < 1000 || side.y > 2999) return false;
  if (side.m !== undefined && (side.m < 1 || side.m > 12)) return false;
  if (side.d !== undefined && !dayExists(side.y, side.m!, side.d)) return false;
  return true;
}

/** A day of a plausible year and a real month that the month does not have ("31 juin", "30/02"), or a thirteenth month. */
function impossibleDay(side: Side): boolean {
  if (side.y === undefined || side.y < 1000 || side.y > 2999 || side.m === undefined || side.d === undefined || side.d < 1 || side.d > 31) return false;
  return side.m < 1 || side.m > 12 || !dayExists(side.y, side.m, side.d);
}

function timeOf(g: Groups): string | undefined {
  if (g.th) return `${pad2(Number(g.th))}:${g.tm ?? '00'}`;
  if (g.ch) return `${pad2(Number(g.ch))}:${g.cm}${g.cs ? `:${g.cs}` : ''}`;
  if (g.hh) return `${pad2(Number(g.hh))}:${g.hm ?? '00'}`;
  return undefined;
}

/** What stands in front of the date in one candidate. */
interface Front {
  /** where the expression starts when the little word in front belongs to it */
  start: number;
  /** where the date itself starts */
  aStart: number;
  qualifier?: string;
  /** a relation word or a part word: it frames a year or a lone month */
  framed: boolean;
  /** the part word needs a year ("printemps juin" is no date) */
  yearOnly: boolean;
  lead?: string;
  rel?: string;
}

function readFront(text: string, g: Groups, index: number): Front | undefined {
  const relLen = g.relx?.length ?? 0;
  const aStart = index + (g.pre?.length ?? 0);
  const rel = g.rel ? relQualifier(g.rel) : undefined;
  const lead = g.lead ? fold(g.lead) : undefined;
  let qualifier = rel;
  let yearOnly = false;
  if (g.part) {
    const part = partQualifier(g.part);
    // "été" is also the participle of "être": the season needs its article ("l’été 2020", "en été 2020")
    if (part.qualifier === 'été' && !ARTICLE_BEFORE_ETE.test(text.slice(Math.max(0, index + relLen - 12), index + relLen))) {
      if (rel) return undefined;
      return { start: aStart, aStart, framed: false, yearOnly: false };
    }
    qualifier ??= part.qualifier;
    yearOnly = part.yearOnly;
  }
  return {
    start: index,
    aStart,
    framed: Boolean(rel || g.part),
    yearOnly,
    ...(qualifier ? { qualifier } : {}),
    ...(lead ? { lead } : {}),
    ...(rel ? { rel } : {}),
  };
}

/** Where the expression starts: the little word in front belongs to it only if it fits the date. */
function startOf(front: Front, side: Side, list = false): number {
  if (front.rel || front.qualifier) return front.start;
  const lead = front.lead;
  if (!lead) return front.aStart;
  const fits = isDayKind(side.kind)
    ? DAY_LEADS.has(lead) || (list && lead === 'les')
    : side.kind === 'month'
      ? lead === 'en'
      : YEAR_LEADS.has(lead);
  return fits ? front.start : front.aStart;
}

/** A lone four-digit number reads as a year only where the text frames it as one. */
function yearFramed(text: string, front: Front, start: number, end: number, prev: FoundDate | undefined, year: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  if (NOT_A_YEAR_BEFORE.test(before)) return false;
  if (UNIT.test(text.slice(end, end + 24))) return false;
  const byWord = front.framed || (front.lead !== undefined && YEAR_LEADS.has(front.lead));
  const byList = prev !== undefined && CHAIN.test(text.slice(prev.end, start));
  if (byWord || byList) return year >= 1000 && year <= 2199;
  if (year < 1900 || year > 2099) return false;
  if (BRACKET_BEFORE.test(before)) return true;
  return PUNCT_AFTER.test(text.slice(end, end + 4)) && !COUNT_BEFORE.test(before);
}

/** A month named alone ("en février", "depuis juin") or with its year ("mai 2018"). */
function monthHolds(text: string, front: Front, side: Side, start: number, inList = false): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (fold(side.token!) === 'mars' && PLANET_BEFORE.test(before)) return false;
  if (side.y !== undefined && !inList) return !/\d\s*$/.test(before); // "120 août 2014" is no date
  // a month name alone: written in full, after "en" or a qualifier; "Mars" with a capital is the planet
  if (!FULL_MONTHS.has(fold(side.token!))) return false;
  if (inList) return true; // "Mai, juin et juillet 2021"
  if (side.token!.startsWith('M') && fold(side.token!) === 'mars') return false;
  return front.framed || front.lead === 'en';
}

interface Ctx {
  text: string;
  year?: number;
  out: FoundDate[];
  impossible?: ImpossibleDate[];
}

function push(ctx: Ctx, start: number, end: number, side: Side, extra: Partial<FoundDate> = {}): void {
  const { value, precision } = valueOf(side);
  const found: FoundDate = { start, end, expression: ctx.text.slice(start, end), value, precision };
  if (extra.qualifier) found.qualifier = extra.qualifier;
  if (extra.until) found.until = extra.until;
  if (extra.time) found.time = extra.time;
  if (extra.yearFromContext || side.fromContext) found.yearFromContext = true;
  ctx.out.push(found);
}

/** Give a side its year from the context. */
function withContext(ctx: Ctx, side: Side): boolean {
  if (side.y !== undefined) return true;
  if (ctx.year === undefined) return false;
  side.y = ctx.year;
  side.fromContext = true;
  return true;
}

/** One date with no range; returns false when it is no date. */
function single(ctx: Ctx, g: Groups, index: number, matchEnd: number): boolean {
  const { text } = ctx;
  const side = readSide(g, 'a');
  const front = readFront(text, g, index);
  if (!side || !front) return false;
  const aStart = front.aStart;
  let end = matchEnd - (g.tx?.length ?? 0);
  let inList = false;
  if (side.kind === 'bare') {
    // "les 3, 4 et 5 juin 2020": a day alone is a date only as the head of a list that names its month
    if (!front.rel && !(front.lead && LIST_LEADS.has(front.lead))) return false;
    const list = LIST_OF_DAYS.exec(text.slice(end, end + 160));
    if (!list) return false;
    side.kind = 'day';
    side.token = list.groups!.lm!;
    side.m = MONTHS[fold(side.token)];
    if (list.groups!.ly) side.y = Number(list.groups!.ly);
    inList = true;
  } else if (side.kind === 'month' && side.y === undefined) {
    const list = LIST_OF_MONTHS.exec(text.slice(end, end + 160));
    if (list) {
      side.y = Number(list.groups!.ly);
      inList = true;
    }
  }
  const start = startOf(front, side, inList);
  if (NUMBER_GOES_ON.test(text.slice(end, end + 2))) return false; // "2020-1310", "06.12.10.20.30"
  if (front.yearOnly && side.kind !== 'year') return false;
  let time: string | undefined;
  if (isDayKind(side.kind)) {
    if (side.dotted && VERSION_BEFORE.test(text.slice(Math.max(0, aStart - 10), aStart))) return false;
    if (side.kind === 'day' && fold(side.token!) === 'mars' && PLANET_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
    if (!withContext(ctx, side)) return false;
    if (!sound(side)) {
      if (ctx.impossible && impossibleDay(side)) ctx.impossible.push({ start, end, expression: text.slice(start, end) });
      return false;
    }
    time = side.time ?? timeOf(g);
    if (time) end = matchEnd;
  } else if (side.kind === 'month') {
    if (!monthHolds(text, front, side, aStart, inList) || !withContext(ctx, side) || !sound(side)) return false;
  } else {
    if (!yearFramed(text, front, aStart, end, ctx.out.at(-1), side.y!) || !sound(side)) return false;
  }
  push(ctx, start, end, side, { ...(front.qualifier ? { qualifier: front.qualifier } : {}), ...(time ? { time } : {}) });
  return true;
}

/** Complete the first side of a range or list from the second: "du 10 au 22 août 2012". */
function complete(ctx: Ctx, a: Side, b: Side): boolean {
  if (a.kind === 'bare') {
    if (!isDayKind(b.kind)) return false;
    a.m = b.m;
  } else if (isDayKind(a.kind)) {
    if (!isDayKind(b.kind)) return false;
  } else if (a.kind === 'month') {
    if (b.kind === 'year' || b.kind === 'bare') return false;
  } else if (b.kind === 'bare' || b.y === undefined) {
    return false; // a year needs a year after it
  }
  if (a.y === undefined && b.y !== undefined) {
    a.y = b.y - (a.m !== undefined && b.m !== undefined && a.m > b.m ? 1 : 0);
  } else if (a.y !== undefined && b.y === undefined) {
    b.y = a.y + (a.m !== undefined && b.m !== undefined && b.m < a.m ? 1 : 0);
  } else if (a.y === undefined && b.y === undefined) {
    if (!withContext(ctx, b)) return false;
    a.y = b.y! - (a.m !== undefined && b.m !== undefined && a.m > b.m ? 1 : 0);
    a.fromContext = true;
  }
  return true;
}

type Outcome = 'found' | 'no-date' | 'not-a-range';

/** "du 10 au 22 août 2012", "de mars à juin 2020", "entre 2013 et 2015", "2013-2015"; or a list "les 10 et 11 juin". */
function rangeOrList(ctx: Ctx, g: Groups, index: number, matchEnd: number): Outcome {
  const { text } = ctx;
  const a = readSide(g, 'a');
  const b = readSide(g, 'b');
  const front = readFront(text, g, index);
  if (!a || !b || !front) return 'not-a-range';
  const aEnd = front.aStart + g.a!.length;
  const bStart = aEnd + g.cx!.length;
  const listB = aEnd + g.cw!.length;
  const conn = fold(g.cw!.trim());
  const lead = front.lead;
  const list = (conn === 'et' || conn === 'ou') && lead !== 'entre' && lead !== 'entre le';
  if (!list) {
    const dash = conn === '-' || conn === '–' || conn === '—';
    const paired = dash
      ? lead !== 'les'
      : conn === 'au'
        ? lead === undefined || lead === 'du' || lead === 'le'
        : conn === 'a'
          ? lead === 'de' || lead === 'd’'
          : conn.startsWith('jusqu’')
            ? front.rel === 'depuis' || front.rel === 'dès' || front.rel === 'à partir de' || lead === 'de' || lead === 'd’' || lead === 'du'
            : conn === 'et';
    if (!paired) return 'not-a-range';
  }
  if (NUMBER_GOES_ON.test(text.slice(matchEnd, matchEnd + 2))) return 'no-date';
  if (!complete(ctx, a, b)) return 'not-a-range';
  if (!sound(a) || !sound(b)) return 'no-date';
  if (front.yearOnly && a.kind !== 'year') return 'not-a-range';
  for (const [s, from] of [[a, front.aStart], [b, bStart]] as const) {
    if (s.token && fold(s.token) === 'mars' && PLANET_BEFORE.test(text.slice(Math.max(0, from - 24), from))) return 'not-a-range';
  }
  if (a.kind === 'year' || b.kind === 'year') {
    const before = text.slice(Math.max(0, front.aStart - 16), front.aStart);
    if (NOT_A_YEAR_BEFORE.test(before) || UNIT.test(text.slice(matchEnd, matchEnd + 24))) return 'not-a-range';
  }
  if (list) {
    // each of a list is its own date; a year or a lone month in it needs the list framed
    if (a.kind === 'year' && !yearFramed(text, front, front.aStart, aEnd, ctx.out.at(-1), a.y!)) {
      if (!yearFramed(text, { ...front, framed: false }, bStart, matchEnd, undefined, b.y!)) return 'not-a-range';
    }
    // "en mai et juin": the first month, named alone, needs "en" or a qualifier
    if (a.kind === 'month' && !g.mya && !g.myb && !g.dyb && !monthHolds(text, front, { ...a, y: undefined }, front.aStart)) return 'not-a-range';
    push(ctx, startOf(front, a, true), aEnd, a, front.qualifier ? { qualifier: front.qualifier } : {});
    push(ctx, listB, matchEnd, b);
    return 'found';
  }
  if (keyOf(a) >= keyOf(b)) return 'not-a-range';
  if (a.kind === 'year' && (b.y! - a.y! > 100 || b.y! > 2199)) return 'not-a-range';
  const start = front.framed || lead ? front.start : front.aStart;
  push(ctx, start, matchEnd, a, {
    ...(front.qualifier ? { qualifier: front.qualifier } : {}),
    until: valueOf(b),
    yearFromContext: Boolean(a.fromContext || b.fromContext),
  });
  return 'found';
}

/** Every absolute French date expression in `text`, in order. */
export function findDates(text: string, options: FindDatesOptions = {}): FoundDate[] {
  const year = options.contextYear && /^\d{4}$/.test(options.contextYear) ? Number(options.contextYear) : undefined;
  const ctx: Ctx = { text, out: [], ...(year !== undefined ? { year } : {}), ...(options.impossible ? { impossible: options.impossible } : {}) };
  // every date holds a digit, or a month name alone that needs the context year
  if (!HAS_DIGIT.test(text) && (year === undefined || !HAS_MONTH.test(text))) return ctx.out;
  FULL.lastIndex = 0;
  for (let m = FULL.exec(text); m; m = FULL.exec(text)) {
    const g = m.groups as Groups;
    const end = m.index + m[0].length;
    if (g.b === undefined) {
      single(ctx, g, m.index, end);
      continue;
    }
    const outcome = rangeOrList(ctx, g, m.index, end);
    if (outcome !== 'not-a-range') continue;
    // not a range after all: read the first date alone, then go on from its end
    SINGLE.lastIndex = m.index;
    const s = SINGLE.exec(text);
    const aEnd = m.index + (g.pre?.length ?? 0) + g.a!.length;
    if (s && single(ctx, s.groups as Groups, m.index, m.index + s[0].length)) FULL.lastIndex = m.index + s[0].length;
    else FULL.lastIndex = aEnd;
  }
  return ctx.out;
}
