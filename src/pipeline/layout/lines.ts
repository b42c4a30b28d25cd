// What a single line of a header says: a byline, a date line, a dateline. Pure functions of
// the text, shared by the header reader and the block classifier (a "Mis à jour le …" line
// may also stand at the foot of a page).
import { findDates, MONTH_PATTERN, type FoundDate, type ImpossibleDate } from '../../lib/french-dates.ts';
import { PERSON_NAME, STOPWORDS, isPersonName } from './features.ts';
import { matchRule } from './rules.ts';
import { memoizeText } from '../../lib/memo.ts';

export interface DateLine {
  /** the publication date, and the update date, as the line states them */
  published?: FoundDate;
  updated?: FoundDate;
  /** a person's name written beside the date ("Julien Lausson — Publié le …") */
  author?: string;
  /** the outlet after that name ("Valéry Marchandeau, DSI Hebdo — Publié le …") */
  organization?: string;
  /** a place before the date ("Paris, le 27 mai 2021"): the date line of a press release */
  place?: string;
  /** the place comes first, as in a dateline */
  placeFirst?: boolean;
  /** a label beside it ("Communiqué de presse | 15 décembre 2020") */
  label?: string;
  /** a relative date ("3 j • Modifié", "il y a 2 heures"): a date line with no value */
  relative?: boolean;
  /** a day without its year ("3 févr.", "Publié le 3 février à 10h12"): a date line whose value the text does not give */
  yearless?: boolean;
  /** a day written as a date that does not exist ("Publié le 31 juin 2021"): a date line with no value */
  impossible?: string;
}

/** Words a date line is made of besides its dates: they say nothing else. */
const FILLER = new Set(
  `publié publiée publiés publiées posté postée mis mise en ligne à a le la les l du de au aux et jour jours modifié modifiée
  actualisé actualisée màj maj dernière dernier heure heures h min mn minutes utc gmt cet cest édité éditée édition rédigé
  rédigée écrit diffusé diffusée déposé déposée adopté adoptée paru parue signé signée date première premier mise-à-jour
  update updated published posted on at am pm mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday
  sat saturday sun sunday lundi lun mardi mar mercredi mer
  jeudi jeu vendredi ven samedi sam dimanche dim il y aujourd hui hier avant-hier depuis vers environ
  modification cette page publication parution article`.split(/\s+/),
);
const UPDATE_WORDS = /(?:mis|mise)\s+à\s+jour|modifié|modifiée|actualisé|actualisée|màj|maj\b|updated|dernière mise à jour|dernière modification/iu;
const TIME = /(?:\b(?:à|a|vers)\s+)?\b\d{1,2}\s*(?:h|:)\s*\d{0,2}(?:\s*(?::|min)\s*\d{1,2})?(?:\s*(?:am|pm)(?![\p{L}]))?(?!\d)/giu;
/** A time zone's offset, as mail and feeds write it after the time: "+0100", "-05:00". */
const ZONE = /(?<![\p{L}\d])[+-]\d{2}:?\d{2}(?!\d)/gu;
/** "850 mots", "18,3 k vues": counts that header lines carry */
const WORD_COUNT = /\b\d[\d\s.,]*\s*(?:k|m)?\s*(?:mots|words|signes|caractères|vues|views|lectures)\b/giu;
const HAS_WORD_COUNT = new RegExp(WORD_COUNT.source, 'iu');
/** "page 512", "p. 12": where the date stands in a printed journal */
const PAGE_REFERENCE = /\b(?:page|p\.)\s*\d{1,5}\b/giu;
const HAS_PAGE_REFERENCE = new RegExp(PAGE_REFERENCE.source, 'iu');
const READING = /\b(?:temps de )?lecture\s*:?\s*\d+\s*(?:min(?:utes?)?|mn)\b\.?|\b\d+\s*min(?:utes?)?\s+de lecture\b/giu;
/** The agencies a dispatch names in brackets: "(AFP)", "(Reuters)". */
const BRACKETED_AGENCY = String.raw`afp|reuters|ap|belga|ats|dpa|ansa|efe|bloomberg`;
/** The agencies a byline names: those, the long forms, "agences". */
const AGENCY_WORD = String.raw`afp|reuters|ap|associated press|bloomberg|belga|ats|dpa|ansa|efe|agences?`;
const AGENCY_IN_BRACKETS = new RegExp(String.raw`\(\s*(${BRACKETED_AGENCY})\s*\)`, 'giu');
/** Separators between the parts of a header line; a hyphen only with spaces around it ("Jean-Marc" is one name). */
const SEPARATORS = /[|•·—–,/\\()[\]:;]+|\s-+\s|\.(?=\s|$)|^-+\s|\s-+$/gu;
const RELATIVE = /^(?:(?:publié|publiée|mis à jour|mise à jour|modifié|modifiée|actualisé|actualisée)\s+)?(?:il y a\s+\d+\s*(?:s|sec|secondes?|min|minutes?|h|heures?|j|jours?|sem|semaines?|mois|ans?)\b\.?|\d+\s*(?:min|h|j|sem|mois|an)s?\b\.?)(?:\s*[•·]\s*(?:modifié|édité|modifiée))?\s*[•·]?\s*\S{0,2}$/iu;

/** "dans le JO Sénat " after "publiée": the journal it appeared in, before its date. */
const VENUE = /(?<=\b(?:[Pp]ubliée?s?|[Pp]arue?s?)\s+)(?:dans|au)\s+((?:le |la |les |l['’])?\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*){0,3})\s+(?=(?:le|du)\s+\d)/u;

/** The days a page names relative to the reader's: "aujourd’hui", "hier". */
const RELATIVE_DAY = /(?<!\p{L})(?:aujourd['’]hui|avant-hier|hier)(?!\p{L})/iu;

/** The words of `text` that are not filler, in order. */
function residue(text: string): string[] {
  return text
    .replace(READING, ' ')
    .replace(PAGE_REFERENCE, ' ')
    .replace(WORD_COUNT, ' ')
    .replace(TIME, ' ')
    .replace(ZONE, ' ')
    .replace(AGENCY_IN_BRACKETS, ' ')
    .replace(SEPARATORS, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !isFiller(word));
}

/**
 * "Publié le mercredi 3 mars 2021 - 08:15 - Modifié le 4 mars": a day the line writes without
 * its year takes the year of the full date before it, or the next year when it would fall
 * before that date (an update on 2 January of a page of 30 December).
 */
function withTheirYear(text: string, full: FoundDate[]): FoundDate[] {
  const first = full[0]!;
  const year = first.value.slice(0, 4);
  const all = findDates(text, { contextYear: year }).filter((d) => d.precision !== 'year' || /^\d{4}$/.test(text.trim()));
  if (!all.some((d) => d.yearFromContext && d.precision === 'day')) return full;
  return all.map((d) => {
    if (!d.yearFromContext || d.start < first.end || d.value >= first.value) return d;
    return { ...d, value: `${Number(year) + 1}${d.value.slice(4)}` };
  });
}

/**
 * A line that names a day and its month but no year, and nothing else ("3 févr.", "mardi 3
 * février", "Le 3 février à 10h12"): a social post or a page that leaves the year to the
 * reader's calendar. The dates are read as if in a leap year, so that 29 February is one.
 */
function yearlessDay(text: string): boolean {
  const days = findDates(text, { contextYear: '2000' }).filter((d) => d.yearFromContext && d.precision === 'day');
  if (days.length === 0) return false;
  let rest = '';
  let cursor = 0;
  for (const day of days) {
    rest += `${text.slice(cursor, day.start)} `;
    cursor = day.end;
  }
  return residue(rest + text.slice(cursor)).length === 0;
}

/** Particles of names that are filler words on their own: "Le" in "Gwenaëlle Le Goff". */
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', "d'", 'd’']);

/** A run of words that is a name: no filler word in it but a particle before another word. */
function nameWords(words: string[]): boolean {
  return !words.some((w, k) => isFiller(w) && !(PARTICLES.has(w.toLowerCase()) && k < words.length - 1)) && isPersonName(words.join(' '));
}

function isFiller(word: string): boolean {
  const folded = word.toLowerCase().replace(/’/g, "'");
  return FILLER.has(folded) || FILLER.has(folded.replace(/^[ld]'/u, '')) || folded === "aujourd'hui";
}

/** A place name: one to three capitalised words (or capitals), as a dateline writes it. */
const PLACE = /^(?:\p{Lu}[\p{L}'’-]*|\p{Lu}{2,})(?:[\s-]+(?:(?:sur|sous|en|le|la|les|de|du)[\s-]+)?(?:\p{Lu}[\p{L}'’-]*|\p{Lu}{2,})){0,2}$/u;

/**
 * A line that states a date and little else: every word of it is a date, a time, a filler
 * word of headers (publié, mis à jour, à, le…), a word count or reading time, and at most one
 * name, place or label beside the dates. Undefined for anything else (a title or a sentence
 * that holds a date).
 */
export function readDateLine(written: string): DateLine | undefined {
  return rememberedDateLine(written);
}

const rememberedDateLine = memoizeText(readDateLineText);

/** The months as a page in English writes them, with their French names. */
const ENGLISH_MONTHS: Record<string, string> = { jan: 'janvier', feb: 'février', mar: 'mars', apr: 'avril', may: 'mai', jun: 'juin', jul: 'juillet', aug: 'août', sep: 'septembre', oct: 'octobre', nov: 'novembre', dec: 'décembre' };
const ENGLISH_MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const ENGLISH_DATE = new RegExp(String.raw`(?<![\p{L}\d])(?:${ENGLISH_MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})\s+${ENGLISH_MONTH}\s+(\d{4}))(?!\d)`, 'gu');

/**
 * A date line of a page whose interface is in English ("Mar 3, 2021", "10:12 AM · Feb 8, 2023",
 * "Published on 3 March 2021"): its dates in French words, to be read as the others are. Only a
 * day, its month in English (capitalised) and its year; the text of an article is never read so.
 */
function inFrench(line: string): string {
  return line.replace(ENGLISH_DATE, (_all, m1: string | undefined, d1: string | undefined, y1: string | undefined, d2: string | undefined, m2: string | undefined, y2: string | undefined) =>
    `${d1 ?? d2} ${ENGLISH_MONTHS[(m1 ?? m2)!.slice(0, 3).toLowerCase()]} ${y1 ?? y2}`);
}

function readDateLineText(written: string): DateLine | undefined {
  if (written.length > 160) return undefined;
  if (RELATIVE.test(written.trim())) return { relative: true };
  // words glued by a copy from a page: "DSI HebdoPublié le", "11h20Mis à jour"
  const unglued = inFrench(written.replace(/([\p{Ll}\d])(?=(?:Publié|Mis à jour|Mis en ligne|Modifié|Actualisé|Posté)(?!\p{L}))/gu, '$1 '));
  // "publiée dans le JO Sénat du 03/02/2022": where it was published is no dateline's place
  const venue = VENUE.exec(unglued);
  let text = venue ? unglued.slice(0, venue.index) + unglued.slice(venue.index + venue[0].length) : unglued;
  const impossible: ImpossibleDate[] = [];
  const full = findDates(text, { impossible }).filter((d) => d.precision !== 'year' || /^\d{4}$/.test(text.trim()));
  // "Publié le 31 juin 2021": a date line still, whose day is none; its words are read without it
  const line: DateLine = venue ? { label: venue[1]! } : {};
  if (impossible.length > 0) {
    line.impossible = impossible[0]!.expression;
    text = withoutSpans(text, impossible);
  }
  // "Publié aujourd’hui à 11h02, modifié à 15h47": a date line, but the day it names is the copy's
  if (full.length === 0) {
    if (line.impossible) return residue(text).length === 0 ? line : undefined;
    if (RELATIVE_DAY.test(text) && residue(text).length === 0) return { relative: true };
    return yearlessDay(text) ? { yearless: true } : undefined;
  }
  const dates = withTheirYear(text, full);
  let cursor = 0;
  const gaps: string[] = [];
  for (const date of dates) {
    const before = text.slice(cursor, date.start);
    gaps.push(before);
    if (UPDATE_WORDS.test(before)) line.updated ??= date;
    else if (!line.published) line.published = date;
    else line.updated ??= date;
    cursor = date.end;
  }
  gaps.push(text.slice(cursor));

  // what is left once the dates are out: nothing, or a name (and the outlet after it), a place
  // or a label, each between separators
  const edition = HAS_WORD_COUNT.test(text) && HAS_PAGE_REFERENCE.test(text);
  // a printed page's running head, its parts set apart by wide spaces: "24     LE JOURNAL     JEUDI 6 MARS 2014"
  const runningHead = RUNNING_HEAD.test(written.trim());
  for (const [i, gap] of gaps.entries()) {
    for (const part of gap.split(runningHead ? /[|•·—–;]|,(?!\d)|\s-\s|\s{3,}/u : /[|•·—–;]|,(?!\d)|\s-\s/u)) {
      const words = residue(part);
      if (words.length === 0) continue;
      const phrase = words.join(' ');
      // the page's number, and the paper's name, in a running head
      if (runningHead && /^\d{1,4}$/u.test(phrase)) continue;
      if (runningHead && !line.label && words.length <= 5 && ORGANIZATION.test(phrase)) {
        line.label = part.replace(SEPARATORS, ' ').replace(/\s+/g, ' ').trim();
        continue;
      }
      const cleaned = part.replace(SEPARATORS, ' ').replace(/\s+/g, ' ').trim().replace(/^(?:par|by)\s+/iu, '');
      const named = !line.author ? nameIn(cleaned) : undefined;
      if (named) line.author = named;
      else if (line.author && !line.organization && ORGANIZATION.test(phrase)) line.organization = phrase;
      // a label before a place: "Note publiée le …" is a note's date, not a dateline from "Note"
      else if (!line.label && matchRule(part.replace(SEPARATORS, ' ').trim())?.kind === 'label') line.label = part.replace(SEPARATORS, ' ').trim();
      else if (!line.label && matchRule(phrase)?.kind === 'label') line.label = phrase;
      // a press database's line of the edition ("Le Figaro Économie, mardi 3 mars 2020 634 mots, p. 28")
      // names the paper, not a place it was written from
      else if (PLACE.test(phrase) && !line.label && words.length <= 4 && edition) line.label = phrase;
      else if (PLACE.test(phrase) && !line.place && words.length <= 3) {
        line.place = phrase;
        if (i === 0) line.placeFirst = true;
      } else return undefined;
    }
  }
  return line;
}

/** Three parts or more set apart by runs of three spaces or more: the running head of a printed page. */
const RUNNING_HEAD = /^\S.*?\S\s{3,}\S.*?\S\s{3,}\S/u;

/** `text` with the spans blanked out, each character a space: what is left keeps its offsets. */
function withoutSpans(text: string, spans: Array<{ start: number; end: number }>): string {
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    out += text.slice(cursor, span.start) + ' '.repeat(span.end - span.start);
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

/** An outlet or organisation beside an author's name: "DSI Hebdo", "franceinfo", "Les Echos". */
const ORGANIZATION = /^[\p{L}\p{N}][\p{L}\p{N}'’&.-]*(?:\s+[\p{L}\p{N}'’&.-]+){0,3}$/u;

/** A person's name at the start of a byline fragment ("Julien Lausson — Publié le"). */
function nameIn(fragment: string): string | undefined {
  const words = fragment.split(/\s+/);
  for (let n = Math.min(words.length, 5); n >= 2; n--) {
    const name = words.slice(0, n);
    if (nameWords(name) && residue(words.slice(n).join(' ')).length === 0) return name.join(' ');
  }
  return undefined;
}

export interface Byline {
  authors: string[];
  /** the outlet that signs it ("20 Minutes avec AFP") */
  outlet?: string;
  /** the sources credited in it ("Par la rédaction avec AFP") */
  attribution: string[];
  /** a date written in the byline */
  date?: DateLine;
}

const BYLINE_LEAD = /^(?:(?:de|par)\s+(?:notre|nos)\s+(?:envoyée?s?\s+spéciale?s?|correspondante?s?)(?:\s+(?:à|en|au|aux|pour)\s+[^,]{1,40})?,|par|propos recueillis par|(?:texte|auteure?|autrice)(?=\s*:)|(?:posté|postée|publié|publiée|mis en ligne|mise en ligne)\s+par|(?:une émission )?(?:présentée?|animée?|produite?|réalisée?) par|une émission de|(?:article|texte) rédigé par|rédigé par|écrit par|written by|(?:un|une) (?:article|tribune|analyse|note|chronique|enquête) de|(?:rapport|note|étude|avis)(?: d['’]information)? (?:de|d['’])|(?:discours|allocution|intervention|déclaration)\s+(?:de|d['’])|by)(?:\s*:)?\s+/iu;
/** Where an author wrote from, in brackets after the name: "(à Bruxelles)", "(envoyée spéciale à Berlin)". */
const WRITTEN_FROM = /^\((?:(?:envoyée?s?\s+spéciale?s?|correspondante?s?)\s+)?(?:à|en|au|aux|depuis)\s+[^()]{1,40}\)\s*/iu;
/** Honorifics before a name, not part of it: "Mme Odile Castagnet", "M. Jean-Loup Ferrand". */
const HONORIFIC = /^(?:m\.|mme|mmes|mlle|mm\.|dr|pr|me)\s+/iu;
const AGENCY = new RegExp(String.raw`^(?:l['’])?(${AGENCY_WORD})\b`, 'iu');
/** An agency's name alone on its line ("AFP", "Reuters"): under a title, its byline. */
export function agencyAlone(text: string): string | undefined {
  const match = AGENCY.exec(text.trim().replace(/[.\s]+$/u, ''));
  return match && match[0].length === text.trim().replace(/[.\s]+$/u, '').length && !/^agences?$/iu.test(match[1]!) ? agencyName(match[1]!) : undefined;
}

const NEWSROOM = /^(?:la\s+)?rédaction(?:\s+(?:de|d['’])\s*(\S.*?))?(?=\s*(?:,|\bavec\b|$|\s[-–—|])|\s+le\s+\d)/iu;
const NAME_AT_START = new RegExp(PERSON_NAME.source.replace(/^\^/, '^(').replace(/\$$/, ')'), 'u');

/** A name set in capitals, written as in a byline in letters: "PIERRE LAMBERT" → "Pierre Lambert", "JEAN DE LA FONTAINE" → "Jean de La Fontaine". */
export function inLetters(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/(?<=\s)(?:De|Du|Des|Et|Avec)(?=\s)/gu, (word) => word.toLowerCase());
}

/**
 * "Par Jean Dupont et Marie Martin", "Par Alexandre Boero, Journaliste-reporter", "Par la
 * rédaction avec AFP", "Par AFP", "Propos recueillis par X", "Par X, le 3 mars 2021 à 10h12".
 * Names are read one by one; a part that is no name (a job title) ends the list.
 */
export function readByline(text: string): Byline | undefined {
  return rememberedByline(text);
}

const rememberedByline = memoizeText(readBylineText);

function readBylineText(text: string): Byline | undefined {
  // "PAR JEAN DUPONT": a byline set in capitals names its authors as a byline in letters would
  if (!/\p{Ll}/u.test(text) && /\p{Lu}{2}/u.test(text)) {
    const lettered = readBylineText(inLetters(text));
    if (lettered && lettered.authors.length > 0 && lettered.authors.every((author) => author !== 'la rédaction' && isPersonName(author))) return lettered;
  }
  const lead = BYLINE_LEAD.exec(text);
  if (!lead) return text.length <= 80 ? signedWithAgency(text) : undefined;
  if (text.length > 200) return undefined;
  let rest = text.slice(lead[0].length).trim();
  const byline: Byline = { authors: [], attribution: [] };
  let expectName = true;
  let withAgency = false;
  while (rest && expectName) {
    expectName = false;
    rest = rest.replace(HONORIFIC, '');
    const agency = AGENCY.exec(rest);
    const newsroom = NEWSROOM.exec(rest);
    const name = longestName(rest);
    let taken: string;
    if (agency) {
      taken = agency[0];
      (withAgency ? byline.attribution : byline.authors).push(agencyName(agency[1]!));
    } else if (newsroom) {
      taken = newsroom[0];
      byline.authors.push('la rédaction');
    } else if (name) {
      taken = name;
      byline.authors.push(name);
    } else break;
    // where each author wrote from: "Par Jean Dupont (à Bruxelles), Marie Martin et Paul Durand (à Berlin)"
    rest = rest.slice(taken.length).trim().replace(WRITTEN_FROM, '');
    const separator = /^(?:,\s*(?:et|avec)\b|,|\bet\b|&|\bavec\b|\band\b)\s*/iu.exec(rest);
    if (separator) {
      withAgency = /avec/iu.test(separator[0]);
      const after = rest.slice(separator[0].length);
      // after a comma, only a full name (or an agency) is another author: "Journaliste" is a job
      if (separator[0].trim() === ',' && !AGENCY.test(after) && !longestName(after, 2)) {
        rest = after;
        break;
      }
      rest = after;
      expectName = true;
    }
  }
  // "Par Jean Dupont (avec AFP)": the agency the author drew on
  const agencyAfter = AGENCY_IN_BRACKETS_AFTER.exec(rest);
  if (agencyAfter && byline.authors.length > 0) {
    byline.attribution.push(agencyName(agencyAfter[1]!));
    rest = rest.slice(agencyAfter[0].length).trim();
  }
  // "Par Théo Bourgery-Gonse | EURACTIV.fr | traduit par …": the outlet, between the byline's separators
  const part = /^[|•·]\s*([^|•·]+?)\s*(?:[|•·]|$)/u.exec(rest);
  if (part && byline.authors.length > 0 && isBrand(part[1]!)) byline.outlet = part[1]!;
  if (byline.authors.length === 0 && byline.attribution.length === 0) {
    // "Par Le Figaro avec AFP": the outlet with the agency it draws on
    const name = text.slice(lead[0].length).trim().replace(/[.\s]+$/u, '');
    const withAgency = signedWithAgency(name);
    if (withAgency) return withAgency;
    // "Par : RFI", "Par Numerama": a name that is no person's signs for the outlet
    return name.length <= 40 && ORGANIZATION.test(name) && isProperName(name) && !isPersonName(name) && !readDateLine(name) && !matchRule(name) ? { authors: [], outlet: name, attribution: [] } : undefined;
  }
  const dated = rest ? readDateLine(rest.replace(/^[,\s]+/, '')) ?? dateAnywhere(rest) : undefined;
  if (dated) byline.date = dated;
  return byline;
}

/**
 * "20 Minutes avec AFP", "Jean Dupont avec Reuters", "La rédaction avec AFP": a name alone with
 * the agency its text draws on signs the article. A person's name is its author; any other
 * name is the outlet's own (no person signs); the agency is the source credited.
 */
function signedWithAgency(text: string): Byline | undefined {
  const match = WITH_AGENCY.exec(text.trim());
  if (!match) return undefined;
  const name = match[1]!.trim();
  const agency = agencyName(match[2]!);
  const newsroom = NEWSROOM.exec(name);
  if (newsroom && newsroom[0].length === name.length) return { authors: ['la rédaction'], attribution: [agency] };
  if (isPersonName(name)) return { authors: [name], attribution: [agency] };
  // a brand written in lower case ("franceinfo avec AFP") is one word, and no word of French
  const brand = /^\p{Ll}[\p{L}\p{N}.-]{2,}$/u.test(name);
  return ORGANIZATION.test(name) && (isProperName(name) || brand) && !STOPWORDS.has(name.toLowerCase()) && !matchRule(name) ? { authors: [], outlet: name, attribution: [agency] } : undefined;
}

/**
 * A name written as outlets write theirs, and as no job or common word is: a domain
 * ("EURACTIV.fr"), a word in capitals or with a digit ("JDN", "01net"), or an article before a
 * capitalised word ("Les Echos").
 */
function isBrand(text: string): boolean {
  const name = text.trim();
  if (name.length > 40 || !ORGANIZATION.test(name) || !isProperName(name) || isPersonName(name) || readDateLine(name) || matchRule(name)) return false;
  return /\.\p{L}{2,4}$/u.test(name) || /(?:^|\s)(?=[\p{Lu}\p{N}]*\p{Lu})[\p{Lu}\p{N}]{2,}(?:\s|$|\.)/u.test(name) || /\p{N}/u.test(name) || /^(?:L['’]|Le |La |Les )\p{Lu}/u.test(name);
}

/** Written as a name: each word capitalised, or a number, but for the particles between them ("Le Journal du Dimanche"). */
function isProperName(text: string): boolean {
  return text.split(/\s+/u).every((word, k) => /^[\p{Lu}\p{N}]/u.test(word) || (k > 0 && PARTICLES.has(word.toLowerCase())));
}

const WITH_AGENCY = new RegExp(String.raw`^(\S.{0,40}?)\s+avec\s+(?:l['’])?(${AGENCY_WORD})\.?$`, 'iu');
/** "(avec AFP)" after a byline's names */
const AGENCY_IN_BRACKETS_AFTER = new RegExp(String.raw`^\(\s*avec\s+(?:l['’])?(${AGENCY_WORD})\s*\)`, 'iu');

/** A date somewhere in what follows the names ("Journaliste, le 3 mars 2021"). */
function dateAnywhere(text: string): DateLine | undefined {
  const found = findDates(text).find((d) => d.precision === 'day');
  return found ? { published: found } : undefined;
}

/**
 * "Les signataires : Anne Dupré, maire de Villeneuve ; Marc Hollande, conseiller régional.":
 * an op-ed's signatories, each name with its office. The names, when most parts open with one.
 */
export function readSignatories(text: string): string[] | undefined {
  const match = SIGNATORIES.exec(text.trim());
  if (!match || text.length > 2000) return undefined;
  // "A, maire de X ; B, députée" (an office after each name), or "A, B et C"
  const list = match[1]!.replace(/[.\s]+$/u, '');
  const parts = (list.includes(';') ? list.split(';') : list.split(/,|\s+et\s+/u)).map((part) => part.trim()).filter(Boolean);
  const names = parts.map((part) => longestName(part.replace(HONORIFIC, ''), 2)).filter((name): name is string => name !== undefined);
  return names.length > 0 && names.length * 2 >= parts.length ? names : undefined;
}

const SIGNATORIES = /^(?:les\s+)?(?:premiers\s+|principaux\s+)?(?:co)?signataires(?:\s+de\s+(?:cette|la)\s+tribune)?\s*:\s*(\S.*)$/iu;

function longestName(text: string, min = 1): string | undefined {
  const m = NAME_AT_START.exec(text);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  for (let n = words.length; n >= Math.max(2, min); n--) {
    const name = words.slice(0, n);
    if (nameWords(name)) return name.join(' ');
  }
  return undefined;
}

export function agencyName(written: string): string {
  const name = written.replace(/^l['’]/iu, '').toLowerCase();
  return (
    { afp: 'AFP', reuters: 'Reuters', ap: 'AP', 'associated press': 'AP', bloomberg: 'Bloomberg', belga: 'Belga', ats: 'ATS', dpa: 'DPA', ansa: 'ANSA', efe: 'EFE', agence: 'agences', agences: 'agences' } as Record<string, string>
  )[name] ?? written;
}

export interface Dateline {
  place?: string;
  date?: FoundDate;
  agency?: string;
  /** offset where the paragraph's own text starts, after the dateline's dash */
  end: number;
}

/** "BRUXELLES (Reuters) - ", "(AFP) - " */
const DATELINE_AGENCY_ONLY = new RegExp(String.raw`^(?:(\p{Lu}[\p{L}'’ -]{1,40}?)\s+)?\((${BRACKETED_AGENCY})\)\s*[-–—]\s*`, 'iu');
/** "14 juin (Reuters) - ", after the place */
const DATELINE_DAY_AGENCY = new RegExp(String.raw`^(?:le\s+)?\d{1,2}(?:er)?\s+(?:${MONTH_PATTERN})\s*\((${BRACKETED_AGENCY})\)\s*[-–—]\s*`, 'iu');
/** what follows a dateline's date: "(AFP) - ", " – " */
const DATELINE_TAIL = new RegExp(String.raw`^\s*(?:\((${BRACKETED_AGENCY})\))?\s*[-–—:]\s*`, 'iu');

/**
 * The dateline that opens an agency dispatch or a press release: "PARIS, 15 octobre 2021
 * (AFP) - ", "Paris, le 27 mai 2021 – ", "BRUXELLES (Reuters) - ", "(Reuters) - ".
 */
export function readDateline(text: string): Dateline | undefined {
  const head = text.slice(0, 120);
  const agencyOnly = DATELINE_AGENCY_ONLY.exec(head);
  if (agencyOnly) return { ...(agencyOnly[1] ? { place: agencyOnly[1] } : {}), agency: agencyName(agencyOnly[2]!), end: agencyOnly[0].length };
  const place = /^(\p{Lu}[\p{L}'’ -]{1,40}?)\s*,\s*/u.exec(head);
  if (!place) return undefined;
  // the date starts right after the comma, or after "le "
  const date = findDates(head).find((d) => d.start >= place[0].length && /^(?:le\s+)?$/iu.test(head.slice(place[0].length, d.start)));
  if (!date || date.precision === 'year') {
    // "PARIS, 14 juin (Reuters) - …": a day without its year is no date, but the agency is named
    const agencyAfter = DATELINE_DAY_AGENCY.exec(head.slice(place[0].length));
    return agencyAfter ? { place: place[1]!, agency: agencyName(agencyAfter[1]!), end: place[0].length + agencyAfter[0].length } : undefined;
  }
  const tail = DATELINE_TAIL.exec(head.slice(date.end));
  if (!tail) return undefined;
  return { place: place[1]!, date, ...(tail[1] ? { agency: agencyName(tail[1]) } : {}), end: date.end + tail[0].length };
}
