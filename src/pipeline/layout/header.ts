// Unit[] → Header: the lines before the body, read as a whole. They hold, in any order, a
// rubric, the title (maybe twice), a standfirst, bylines, dates, a reading time, labels and
// buttons. Each line is first read for what it says about itself (a byline, a date line, a
// known piece of chrome, a photo caption); the title, the rubric and the standfirst are then
// chosen among the lines that are left, by their shape and their place:
//   - the title is the first line shaped like a title (short, no final full stop) before
//     any prose; a shorter one above a longer one is the rubric ("Pixels" above the title);
//   - the standfirst is the first prose after the title, when it is short (three sentences at
//     most) and more prose follows; never a dispatch's dateline paragraph, never in a press
//     release, whose first paragraph is its lede;
//   - the body starts at the first line that is none of these.
import { findDates, type FoundDate } from '../../lib/french-dates.ts';
import { measure, isPersonName, listMarker, tableCells, STOPWORDS } from './features.ts';
import { lineKey, matchRule, ruleText, type DroppedKind } from './rules.ts';
import { agencyAlone, readByline, readDateLine, type DateLine } from './lines.ts';
import { readSpeakers, turnOf, withoutSpeaker, type Speakers } from './speakers.ts';
import type { Unit } from './units.ts';
import { memoizeText } from '../../lib/memo.ts';
import { withoutTrailingEmoji } from '../../lib/text.ts';

/** What one header line was taken for, and why (for `--explain`). */
export interface HeaderDecision {
  unit: number;
  role: 'title' | 'standfirst' | 'date-header' | DroppedKind;
  evidence: string;
}

export interface Header {
  title?: string;
  standfirst?: string;
  /** the ` date YYYY-MM` header line's date */
  headerDate?: string;
  published?: FoundDate;
  /** the publication date came from a "Paris, le …" line */
  publishedByPlace?: boolean;
  updated?: FoundDate;
  authors: string[];
  attribution: string[];
  labels: string[];
  /** the outlets the byline names ("Valéry Marchandeau, DSI Hebdo", "franceinfo" under the name) */
  outlets: string[];
  /** index of the first unit of the body */
  bodyStart: number;
  decisions: HeaderDecision[];
  /** the header units whose text is the first paragraph once a date header is taken off */
  rewritten: Map<number, string>;
  /** what makes the text unreadable as an article, with its line */
  problem?: { line: number; message: string };
  /** the text is an e-mail: its title is its subject line */
  email?: boolean;
  /** the title's line as written, when the title is part of it (a browser tab's "… | Les Echos") */
  titleLine?: string;
}

/** "@cloudwatcher", "@julie@mastodon.example": a social media handle, alone on its line. */
export const HANDLE = /^@[\w.-]+(?:@[\w.-]+)?$/u;

/** The header is read within the first units, and only as far as the second prose block. */
const MAX_HEADER_UNITS = 30;
const HEADER_DATE = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s+|$)(.*)$/iu;

type Reading =
  | { kind: 'meta'; role: DroppedKind; evidence: string; byline?: { authors: string[]; attribution: string[] }; date?: DateLine; label?: string; outlet?: string; job?: boolean }
  | { kind: 'subject'; title: string }
  | { kind: 'text' };

export function readHeader(units: Unit[]): Header {
  const header: Header = { authors: [], attribution: [], labels: [], outlets: [], bodyStart: 0, decisions: [], rewritten: new Map() };
  if (units.length === 0) return header;

  // 0. ` date 2020-09 Dans un communiqué…`: a date header, no title, the first paragraph on its line.
  const dated = HEADER_DATE.exec(units[0]!.text);
  if (dated && !/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/.test(dated[1]!)) {
    header.problem = { line: units[0]!.line, message: `the date header "${dated[1]}" is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD` };
    return header;
  }
  if (dated) {
    header.headerDate = dated[1]!;
    header.decisions.push({ unit: 0, role: 'date-header', evidence: `a "date ${dated[1]}" header line` });
    if (dated[2]!.trim()) header.rewritten.set(0, dated[2]!.trim());
    else header.bodyStart = 1;
    return header;
  }

  // 0. "Titre : …", "Source : …", "Date : …": a header written as labelled fields, as an editor's notes or a database's export set it.
  const fielded = fieldHeader(units, header);
  if (fielded) return fielded;

  // 1. What each line says about itself.
  const limit = Math.min(units.length, MAX_HEADER_UNITS);
  const readings: Reading[] = [];
  let prose = 0;
  for (let i = 0; i < limit && prose < 2; i++) {
    let reading = readLine(units, i);
    // the name of the outlet or its group under a byline: "franceinfo", "Radio France"
    const before = readings[i - 1];
    const chained = before?.kind === 'meta' && before.outlet !== undefined;
    // a job is the job of a byline's author: under a name-shaped line that is no byline (a
    // masthead, "EURACTIV France"), a short line is the rubric or the site's furniture
    if (reading.kind === 'meta' && reading.job && !(before?.kind === 'meta' && before.role === 'byline')) reading = { kind: 'text' };
    const personOnly = reading.kind === 'meta' && reading.role === 'byline' && reading.byline?.authors.length === 1 && reading.byline.authors[0] === units[i]!.text;
    if ((reading.kind === 'text' || (chained && personOnly)) && before?.kind === 'meta' && before.role === 'byline' && isOrganizationLine(units[i]!.text, chained) && isMeta(units[i + 1]?.text ?? '', units[i + 2]?.text ?? '')) {
      reading = { kind: 'meta', role: 'byline', evidence: 'the outlet, or its group, under the byline', outlet: units[i]!.text };
    }
    readings.push(reading);
    if (reading.kind === 'text' && isProse(units[i]!.text)) prose++;
  }

  // 2. The title, among the title-shaped lines before the first prose: the one that reads most
  //    like this text's headline. Its words come back in the body, it is headline-sized, and
  //    the byline, the dates or the standfirst stand next to it. Of the short lines above it,
  //    the nearest is its rubric, a run of them the site's menu, any other the site's furniture.
  const textAt = readings.flatMap((r, i) => (r.kind === 'text' ? [i] : []));
  // (a post of several sentences is prose, though its last words are no sentence: "… n'a survécu. Petit fil 🧵 1/3")
  const firstProse = textAt.find((i) => isProse(units[i]!.text) || units[i]!.text.length > 200 || (units[i]!.text.length > 100 && measure(units[i]!.text).sentences >= 2 && !isTitleShaped(units[i]!.text))) ?? Number.POSITIVE_INFINITY;
  const subject = readings.findIndex((r) => r.kind === 'subject');
  // an interview's speakers ("Le Bulletin économique : …?") are no title, and their names in
  // the body are no sign of one
  const speakers = readSpeakers(units.map((u) => u.text));
  // a title copied from the browser's tab carries the site's name: "… ? | Les Echos"
  // and a rubric may stand before it on its line: "Souveraineté numérique | Gaia-X : le cloud…"
  const tabs = new Map(textAt.flatMap((i): Array<[number, { headline: string; outlet?: string; rubric?: string }]> => {
    const tab = i < firstProse ? tabTitle(units[i]!.text) ?? rubricTitle(units[i]!.text) : undefined;
    return tab ? [[i, tab]] : [];
  }));
  const headline = (i: number): string => tabs.get(i)?.headline ?? units[i]!.text;
  // (a headline has a word: a count, "1,2 k", or a time, "10h32", is none, though a heading may be one)
  const candidates = textAt.filter((i) => i < firstProse && isTitleShaped(headline(i)) && /\p{L}{2}/u.test(headline(i)) && !speakers.names.has(units[i]!.text));
  const menu = menuLines(units, readings, firstProse);
  let titleAt: number | undefined;
  if (subject >= 0) {
    titleAt = subject;
    header.title = (readings[subject] as { title: string }).title;
    header.email = true;
    header.decisions.push({ unit: subject, role: 'title', evidence: 'the subject line of an e-mail' });
  } else if (candidates.length > 0) {
    // the words of the body, not of the page's chrome below it: a copyright line or a
    // newsletter box names the outlet, and would make the outlet's masthead read as a headline
    const bodyWords = wordsOf(units.slice(Math.min(firstProse, units.length)).filter((u) => !matchRule(u.text)).map((u) => withoutSpeaker(u.text, speakers)).join(' '));
    // a line under the byline, when a line shaped as a title stands above it, opens the text: the
    // title is the line above ("« L'Europe a dix ans de retard »", then "Propos recueillis par …",
    // then the first question)
    const bylineAt = readings.findIndex((r) => r.kind === 'meta' && r.role === 'byline');
    const scored = candidates.map((i) => {
      const score = titleScore(units, readings, i, bodyWords, firstProse);
      return bylineAt >= 0 && i > bylineAt && candidates[0]! < bylineAt ? { i, ...score, score: score.score - 0.5, why: `${score.why}; under the byline, below a title-shaped line` } : { i, ...score };
    });
    // the first line that scores nearly as well as the best: a sub-heading right above the
    // first paragraph scores well too, but the title stands before it
    const top = Math.max(...scored.map((c) => c.score));
    // (a line none of whose words come back, a site's tagline, is no title while another's do)
    const echoed = scored.some((c) => c.overlap > 0);
    const first = scored.find((c) => c.score >= top - TITLE_MARGIN && (c.overlap > 0 || !echoed)) ?? scored.find((c) => c.score === top)!;
    // a title written twice is the title where it first stands, repeated after
    const best = scored.find((c) => same(units[c.i]!.text, units[first.i]!.text)) ?? first;
    titleAt = best.i;
    header.title = headline(best.i);
    const tab = tabs.get(best.i);
    if (tab) {
      if (tab.outlet) header.outlets.push(tab.outlet);
      header.titleLine = units[best.i]!.text;
    }
    const besides = tab?.outlet ? `; the site’s name after it, « ${tab.outlet} », is the outlet` : tab?.rubric ? `; the rubric before it, « ${tab.rubric} », set apart` : '';
    header.decisions.push({ unit: best.i, role: 'title', evidence: `the most headline-like line before the body (${best.why})${besides}` });
    const above = candidates.filter((i) => i < best.i);
    for (const i of above) {
      if (same(units[i]!.text, header.title)) continue;
      const text = units[i]!.text;
      const masthead = mastheadDate(text);
      if (masthead) {
        header.decisions.push({ unit: i, role: 'date-line', evidence: 'a dated masthead above the title' });
        header.published ??= masthead;
      } else if (i === above.at(-1) && isRubricShaped(text) && !isBreadcrumb(text) && !(units.slice(i, best.i).some((u) => u.blankAfter) && i > 0 && !units[i]!.blankBefore)) {
        // not the last line of a run of lines set apart from the title by a blank line: that
        // is the site's menu (above a press release's "COMMUNIQUÉ DE PRESSE" and its title)
        header.decisions.push({ unit: i, role: 'rubric', evidence: `a short line (${words(text)} words) right above the title` });
      } else if (isBreadcrumb(text) || menu.has(i)) {
        header.decisions.push({ unit: i, role: 'navigation', evidence: isBreadcrumb(text) ? 'a breadcrumb' : 'one of a run of short lines: the site’s menu' });
      } else {
        header.decisions.push({ unit: i, role: 'boilerplate', evidence: 'a line above the title, not its rubric: the site’s name or furniture' });
      }
    }
  }
  const title = header.title;
  const isPressRelease = readings.some((r) => r.kind === 'meta' && /communiqué|information presse|info presse/iu.test(r.label ?? ''));

  // 3. Walk the header: meta lines are taken, the title's repeats dropped, the standfirst chosen;
  //    the body starts at the first line that is none of these.
  let bodyStart = readings.length;
  for (let i = 0; i < readings.length; i++) {
    if (i === titleAt || header.decisions.some((d) => d.unit === i)) continue;
    const reading = readings[i]!;
    const unit = units[i]!;
    // a label well below the title ("L’essentiel" after the byline) heads the body
    const lateLabel = reading.kind === 'meta' && reading.role === 'label' && titleAt !== undefined && i > titleAt + 1;
    const agency = agencyByline(readings, units, i, titleAt);
    if (agency || (reading.kind === 'meta' && !lateLabel)) {
      take(header, i, agency ?? (reading as Extract<Reading, { kind: 'meta' }>));
      continue;
    }
    if (title && (same(unit.text, title) || (header.titleLine !== undefined && same(unit.text, header.titleLine)))) {
      header.decisions.push({ unit: i, role: 'title-repeat', evidence: 'the title, written again' });
      continue;
    }
    // a press release's dated lede ("Paris, le 27 mai 2021 – …") is its body; a subtitle above it is its standfirst
    if (titleAt !== undefined && i > titleAt && header.standfirst === undefined && !header.publishedByPlace) {
      const why = standfirstEvidence(units, readings, i, titleAt, isPressRelease, speakers);
      if (why) {
        const { text, kicker } = withoutKicker(unit.text);
        header.standfirst = text;
        header.decisions.push({ unit: i, role: 'standfirst', evidence: kicker ? `${why}; its kicker « ${kicker} » set apart` : why });
        continue;
      }
    }
    // a name alone under the title or the standfirst, when no byline has named anyone: the
    // author, as press databases set it ("Elsa Bembaron" between the standfirst and the text)
    const previous = header.decisions.find((d) => d.unit === i - 1)?.role;
    if (titleAt !== undefined && i > titleAt && header.authors.length === 0 && (i - 1 === titleAt || previous === 'standfirst') && isPersonName(unit.text) && isProse(units[i + 1]?.text ?? '')) {
      take(header, i, { kind: 'meta', role: 'byline', evidence: 'a person’s name alone between the header and the text: its author', byline: { authors: [unit.text], attribution: [] } });
      continue;
    }
    if (titleAt === undefined || i > titleAt || reading.kind !== 'text' || lateLabel) {
      bodyStart = i;
      break;
    }
    // a text line before the title that is not title-shaped: the body begins before the title?
    // No: an unrecognised line above the title is page furniture of an unknown kind.
    header.decisions.push({ unit: i, role: 'boilerplate', evidence: 'a line above the title that is neither a rubric, a date nor a byline' });
  }
  header.bodyStart = Math.max(bodyStart, titleAt === undefined ? 0 : titleAt + 1);
  if (!header.published && header.title) {
    // a dated masthead: "La Lettre du Cloud — n° 42 — 12 mars 2022"
    const masthead = mastheadDate(header.title);
    if (masthead) header.published = masthead;
  }
  finishDates(header);
  // Units after the body's start are the body's, even if the walk read them as meta.
  header.decisions = header.decisions.filter((d) => d.unit < header.bodyStart || d.role === 'title');
  header.decisions.sort((a, b) => a.unit - b.unit);
  if (header.decisions.some((d) => d.unit >= header.bodyStart)) {
    // the walk may have taken meta lines past the body's start: undo what they set
    recompute(header, units, readings);
  }
  return header;
}

/** A header that gives only an update date: it is the best evidence of the publication's. */
function finishDates(header: Header): void {
  if (!header.published && header.updated) {
    header.published = header.updated;
    delete header.updated;
  }
}

/** A field of a header written as labelled lines, and what its value gives. */
const FIELDS: ReadonlyArray<{ label: RegExp; gives: 'title' | 'standfirst' | 'outlet' | 'authors' | 'date' | 'updated' | 'body' | DroppedKind }> = [
  { label: /^(?:titre|title|intitulé|headline)$/u, gives: 'title' },
  { label: /^(?:chapeau|chapô|chapo|sous-titre|résumé|accroche|description|summary|excerpt|subtitle|lead|standfirst)$/u, gives: 'standfirst' },
  { label: /^(?:source|média|media|journal|publication|support|éditeur|titre de presse|organe de presse|publisher|outlet|site name)$/u, gives: 'outlet' },
  { label: /^(?:auteure?s?|autrices?|auteur\(s\)|par|signature|signé|journalistes?|byline|authors?|by)$/u, gives: 'authors' },
  { label: /^(?:date|date de publication|date de parution|publié le|paru le|parution|publication le|published|publication date|published at|published on|date published|pubdate)$/u, gives: 'date' },
  { label: /^(?:mis à jour(?: le)?|mise à jour(?: le)?|dernière mise à jour|modifié le|date de mise à jour|date de modification|updated(?: at| on)?|last updated|modified(?: at| on)?|last modified|date modified|datemodified)$/u, gives: 'updated' },
  { label: /^(?:url|lien|adresse|lien source|url source|link|permalink|canonical|canonical url|source url)$/u, gives: 'source-link' },
  { label: /^(?:rubrique|section|catégorie|thème|category|categories)$/u, gives: 'rubric' },
  { label: /^(?:mots-clés|mots clés|tags|sujets|keywords)$/u, gives: 'tags' },
  // the last field: the text itself, on its line or under it
  { label: /^(?:texte|contenu|corps|corps du texte|article|text|body)$/u, gives: 'body' },
  { label: /^(?:langue|pays|longueur|nombre de mots|mots|page|pages|édition|type|genre|format)$/u, gives: 'boilerplate' },
];
const FIELD_LINE = /^([\p{L}][\p{L}() '’-]{1,28}?)\s*:\s*(.*)$/u;

/** The fence of a front matter, the fields a Markdown file writes above its text. */
const FENCE = /^(?:---|\.\.\.)$/u;
/** A key of a front matter and its value: "title: \"…\"", "published_at: 2021-03-03". */
const FRONT_LINE = /^([A-Za-z][\w -]{0,30}?)\s*:\s*(.*)$/u;
/** The front matter's fields, at most. */
const FRONT_LINES = 60;

/**
 * "---", then "title: …", "date: …", "author: …", "source: …" one a line, then "---": the
 * front matter of a Markdown file, written by a static site's tools. Each key gives what the
 * same label gives in an editor's fields; a key of no known kind ("layout", "draft", "slug") is
 * the file's furniture, and the fences too. Values lose their quotes; a list of values ("[A,
 * B]", or "- A" lines under the key) is read as a list. Undefined unless the first line is a
 * fence, another closes it, and a known key stands between them.
 */
function frontMatter(units: Unit[]): Array<{ i: number; gives: (typeof FIELDS)[number]['gives']; value: string; label: string }> | undefined {
  if (!FENCE.test(units[0]?.text ?? '')) return undefined;
  const close = units.findIndex((u, k) => k > 0 && FENCE.test(u.text));
  if (close < 2 || close > FRONT_LINES) return undefined;
  const fields: Array<{ i: number; gives: (typeof FIELDS)[number]['gives']; value: string; label: string; items: string[] }> = [];
  const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/u, '$2').trim();
  let keyed: (typeof fields)[number] | undefined;
  for (let i = 1; i < close; i++) {
    const text = units[i]!.text;
    const item = /^-\s+(.*)$/u.exec(text);
    if (item && keyed) {
      // "- Camille Roy" under "authors:": a value of the key's list, which the key's line gives
      keyed.items.push(unquote(item[1]!));
      fields.push({ i, gives: keyed.gives === 'authors' ? 'byline' : 'boilerplate', value: '', label: `${keyed.label}, a value of its list`, items: [] });
      continue;
    }
    const match = FRONT_LINE.exec(text);
    if (!match) return undefined;
    const key = match[1]!.trim();
    const field = FIELDS.find((f) => f.label.test(key.toLowerCase().replace(/[_-]+/gu, ' ').trim()));
    const raw = match[2]!.trim();
    const listed = /^\[(.*)\]$/u.exec(raw);
    keyed = { i, gives: field?.gives ?? 'boilerplate', value: listed ? '' : unquote(raw), label: key, items: listed ? listed[1]!.split(',').map(unquote).filter(Boolean) : [] };
    fields.push(keyed);
  }
  if (!fields.some((f) => f.gives !== 'boilerplate' && f.gives !== 'byline')) return undefined;
  return [
    { i: 0, gives: 'boilerplate', value: '', label: '---' },
    ...fields.map((f) => ({ i: f.i, gives: f.gives, label: f.label, value: f.items.length ? (f.gives === 'authors' ? f.items.join(', ') : f.items.join(' ; ')) : f.value })),
    // the closing fence, read as the field of the text's start: the body follows it
    { i: close, gives: 'body' as const, value: '', label: '---' },
  ];
}

/**
 * A header written as labelled fields, one a line, at the top of the text: "Titre : …",
 * "Source : La Tribune", "Auteur : …", "Date : 17/05/2021", "URL : …". At least two known fields,
 * one of them a title, a date, an author or a source; what each gives is taken as given, and
 * the body starts after the last one.
 */
function fieldHeader(units: Unit[], header: Header): Header | undefined {
  const found: Array<{ i: number; gives: (typeof FIELDS)[number]['gives']; value: string; label: string }> = [];
  const front = frontMatter(units);
  if (front) found.push(...front);
  for (let i = front ? units.length : 0; i < units.length; i++) {
    const match = FIELD_LINE.exec(units[i]!.text);
    const field = match ? FIELDS.find((f) => f.label.test(match[1]!.toLowerCase().replace(/’/gu, "'").trim())) : undefined;
    if (!match || !field) break;
    found.push({ i, gives: field.gives, value: match[2]!.trim(), label: match[1]!.trim() });
    if (field.gives === 'body') break;
  }
  const last = found.at(-1);
  const bodyOnItsLine = last?.gives === 'body' && last.value !== '';
  if (!last || found.length < 2 || !found.some((f) => ['title', 'date', 'authors', 'outlet'].includes(f.gives)) || (found.length >= units.length && !bodyOnItsLine)) return undefined;
  header.bodyStart = last.i + 1;
  for (const { i, gives, value, label } of found) {
    const evidence = label === '---' ? 'the fence of a front matter, the fields a Markdown file writes above its text' : `a field of the header, « ${label} »`;
    if (gives === 'body') {
      // "Texte : Le gouvernement a présenté…": the first paragraph, without its label
      if (value) {
        header.rewritten.set(i, value);
        header.bodyStart = i;
      } else header.decisions.push({ unit: i, role: 'label', evidence: `${evidence}: the text follows` });
    } else if (gives === 'title' && value && header.title === undefined) {
      header.title = value;
      header.decisions.push({ unit: i, role: 'title', evidence });
    } else if (gives === 'standfirst' && value && header.standfirst === undefined) {
      header.standfirst = value;
      header.decisions.push({ unit: i, role: 'standfirst', evidence });
    } else if (gives === 'outlet') {
      if (value) header.outlets.push(value);
      header.decisions.push({ unit: i, role: 'boilerplate', evidence: `${evidence}: the outlet` });
    } else if (gives === 'authors') {
      const byline = value ? readByline(/^(?:par|by)\s/iu.test(value) ? value : `Par ${value}`) : undefined;
      const authors = byline?.authors.length ? byline.authors : isPersonName(value) ? [value] : [];
      for (const author of authors) if (!header.authors.includes(author)) header.authors.push(author);
      header.decisions.push({ unit: i, role: 'byline', evidence: `${evidence}: ${authors.join(', ') || 'no name read'}` });
    } else if (gives === 'date') {
      const date = readDateLine(value);
      if (date?.published && !header.published) header.published = date.published;
      if (date?.updated && !header.updated) header.updated = date.updated;
      header.decisions.push({ unit: i, role: 'date-line', evidence: `${evidence}: ${date?.published?.value ?? 'no date read'}` });
    } else if (gives === 'updated') {
      // the day the text was last changed: the date of an update, never of the publication
      const date = readDateLine(value);
      const day = date?.updated ?? date?.published;
      if (day && !header.updated) header.updated = day;
      header.decisions.push({ unit: i, role: 'date-line', evidence: `${evidence}: updated ${day?.value ?? '(no date read)'}` });
    } else {
      // an empty title or standfirst, or one given twice, is a field of no use
      header.decisions.push({ unit: i, role: gives === 'title' || gives === 'standfirst' ? 'boilerplate' : gives, evidence });
    }
  }
  finishDates(header);
  return header;
}

/** What the header lines before the body set (authors, dates, labels), read again. */
function recompute(header: Header, units: Unit[], readings: Reading[]): void {
  header.authors = [];
  header.attribution = [];
  header.labels = [];
  header.outlets = [];
  delete header.published;
  delete header.updated;
  header.publishedByPlace = false;
  const kept = header.decisions;
  header.decisions = [];
  for (const decision of kept) {
    const reading = readings[decision.unit];
    if (reading?.kind === 'meta' && decision.unit < header.bodyStart) take(header, decision.unit, reading);
    else header.decisions.push(decision);
  }
  header.decisions.sort((a, b) => a.unit - b.unit);
  finishDates(header);
  void units;
}

/**
 * "AFP" alone reads as a photo's credit, "ATS" or "Belga" alone as nothing known; under the
 * title, with no photo beside it, an agency's name alone is the byline of its dispatch.
 */
function agencyByline(readings: Reading[], units: Unit[], i: number, titleAt: number | undefined): Extract<Reading, { kind: 'meta' }> | undefined {
  const reading = readings[i]!;
  const credit = reading.kind === 'meta' && reading.role === 'photo-credit';
  if ((!credit && reading.kind !== 'text') || titleAt === undefined || i <= titleAt) return undefined;
  const agency = agencyAlone(units[i]!.text);
  const photo = (r: Reading | undefined) => r?.kind === 'meta' && (r.role === 'photo-caption' || r.role === 'image-file');
  if (!agency || photo(readings[i - 1]) || photo(readings[i + 1])) return undefined;
  return { kind: 'meta', role: 'byline', evidence: 'an agency’s name alone under the title: its byline', byline: { authors: [agency], attribution: [] } };
}

function take(header: Header, unit: number, reading: Extract<Reading, { kind: 'meta' }>): void {
  header.decisions.push({ unit, role: reading.role, evidence: reading.evidence });
  if (reading.byline) {
    for (const author of reading.byline.authors) if (!header.authors.includes(author)) header.authors.push(author);
    for (const source of reading.byline.attribution) if (!header.attribution.includes(source)) header.attribution.push(source);
  }
  if (reading.label) header.labels.push(reading.label);
  const date = reading.date;
  if (date?.published && !header.published) {
    header.published = date.published;
    if (date.placeFirst && !date.author) header.publishedByPlace = true;
  }
  if (date?.updated && !header.updated) header.updated = date.updated;
  if (date?.author && !header.authors.includes(date.author)) header.authors.push(date.author);
  if (date?.organization) header.outlets.push(date.organization);
  if (reading.outlet) header.outlets.push(reading.outlet);
  if (date?.label) header.labels.push(date.label);
}

/**
 * "Gaia-X : l’Europe peut-elle bâtir son cloud ? | Les Echos", "… - Le Parisien": a title as
 * the browser's tab shows it, the site's name after a pipe or a spaced dash. The name is
 * short and written as a name; a part, an episode or a label after the dash is the title's own.
 */
export function tabTitle(text: string): { headline: string; outlet: string } | undefined {
  const match = TAB_TITLE.exec(text);
  if (!match) return undefined;
  const [, headline, outlet] = match as unknown as [string, string, string];
  const words = outlet.split(/\s+/u);
  // "(Haute-Garonne - Les Républicains)": a dash inside brackets parts no site's name
  const open = (headline.match(/\(/gu) ?? []).length - (headline.match(/\)/gu) ?? []).length;
  if (open !== 0 || /[()]/u.test(outlet) || words.length > 4 || measure(headline).words < 3 || TITLE_PART.test(outlet) || matchRule(outlet) || isPersonName(outlet)) return undefined;
  const named = words.every((word, k) => /^[\p{Lu}\p{N}]/u.test(word) || (k > 0 && /^(?:de|du|des|la|le|l['’]\p{L}+|d['’]\p{L}+|et|&)$/u.test(word)) || /^\p{Ll}[\p{L}\p{N}]*\.(?:fr|com|net|org|eu|be|ch|info|io)$/u.test(word));
  return named ? { headline: headline.trim(), outlet } : undefined;
}

const TAB_TITLE = /^(.+?\S)\s+[|–—-]\s+([^|–—-]{2,40}?)\s*$/u;

/**
 * "Souveraineté numérique | Gaia-X : le cloud européen prend forme": a rubric of a few words,
 * a pipe, then the headline, longer than it, on one line.
 */
export function rubricTitle(text: string): { headline: string; rubric: string } | undefined {
  const match = /^([^|]{2,40}?)\s+\|\s+([^|]+)$/u.exec(text);
  if (!match) return undefined;
  const [, rubric, headline] = match as unknown as [string, string, string];
  if (words(rubric) > 4 || measure(headline).words < 4 || headline.length <= rubric.length || /\d/u.test(rubric) || readDateLine(rubric) || isPersonName(rubric)) return undefined;
  return { headline: headline.trim(), rubric: rubric.trim() };
}
/** What a dash at a title's end may also bring: its part, episode, volume… */
const TITLE_PART = /^(?:partie|épisode|chapitre|volet|tome|saison|n°|no|numéro|vidéo|podcast|live|direct|exclusif|analyse|entretien|interview|tribune|édito|éditorial)\b/iu;

/** "Communiqué - Lancement de l’offre": a subject line without the label in front of it. */
function withoutLeadingLabel(title: string): string {
  const parts = /^(.{2,40}?)\s*(?:\s[-–—|]|:)\s+(\S.*)$/u.exec(title);
  return parts && matchRule(parts[1]!)?.kind === 'label' && measure(parts[2]!).words >= 2 ? parts[2]! : title;
}

/** What one line of the header says about itself. */
/** A note written above a text by whoever passed it on ("NB : …", "À vérifier : …", "Note interne : …"). */
const EDITOR_NOTE = /^(?:nb|n\.\s?b\.|ps|à vérifier|a vérifier|à relire|pour info|note interne|note pour (?:moi|l['’]équipe|la rédaction)|remarque)\s*:/iu;

function readLine(units: Unit[], i: number): Reading {
  const text = units[i]!.text;
  const subject = /^(?:objet|subject|sujet)\s*:\s*(?:(?:tr|fwd?|re|fw)\s*:\s*)*(\S.*)$/iu.exec(text);
  if (subject) return { kind: 'subject', title: withoutLeadingLabel(subject[1]!.trim()) };
  // the note of whoever passed the text on, above it: "NB : article transmis par Marie, à vérifier"
  if (i <= 1 && EDITOR_NOTE.test(text)) return { kind: 'meta', role: 'boilerplate', evidence: 'a note on the text, above it: no part of the article' };

  const byline = readByline(text);
  if (byline) {
    const evidence = `a byline: ${byline.authors.join(', ') || byline.outlet || '—'}${byline.attribution.length ? ` (with ${byline.attribution.join(', ')})` : ''}${byline.date?.published ? `, dated ${byline.date.published.value}` : ''}`;
    return { kind: 'meta', role: 'byline', evidence, byline, ...(byline.date ? { date: byline.date } : {}), ...(byline.outlet ? { outlet: byline.outlet } : {}) };
  }
  const date = readDateLine(text);
  if (date) {
    if (date.author) return { kind: 'meta', role: 'byline', evidence: `an author and a date: ${date.author}, ${date.published?.value ?? ''}`, byline: { authors: [date.author], attribution: [] }, date };
    const evidence = date.relative ? 'a relative date ("3 j", "il y a 2 heures")' : date.impossible && !date.published ? `a date line whose day does not exist ("${date.impossible}"): no date is taken from it` : date.yearless ? 'a day without its year ("3 févr."): the article’s date is estimated from its text' : `a date line: published ${date.published?.value ?? '?'}${date.updated ? `, updated ${date.updated.value}` : ''}${date.place ? `, at ${date.place}` : ''}`;
    return { kind: 'meta', role: 'date-line', evidence, date, ...(date.label ? { label: date.label } : {}) };
  }
  const sitting = datedName(text);
  if (sitting) return { kind: 'meta', role: 'date-line', evidence: `what the text records and its day ("${text}"): the header's date line`, date: { published: sitting } };
  const rule = matchRule(text);
  if (rule && !rule.onlyInBody) return { kind: 'meta', role: rule.kind, evidence: `phrase of page chrome (${rule.kind})`, ...(rule.kind === 'label' ? { label: ruleText(text) } : {}) };
  if (isBreadcrumb(text)) return { kind: 'meta', role: 'navigation', evidence: 'a breadcrumb: three or more parts joined by > or ›' };

  // "Bruno Le Maire" above "Bruno Le Maire © Agence": the caption of a photo
  const next = units[i + 1]?.text;
  if (next && /©/u.test(next) && next.startsWith(text) && text.length <= 120) return { kind: 'meta', role: 'photo-caption', evidence: 'the start of the caption line under it, which holds a ©' };

  // a social post's author: "Claire Vasseur • 2e", "Julie Marchand · Abonné"
  const tagged = /^(.{4,48}?)\s+[•·|]\s+\S.{0,20}$/u.exec(text);
  if (tagged && isPersonName(tagged[1]!)) return { kind: 'meta', role: 'byline', evidence: 'a person’s name and a social tag', byline: { authors: [tagged[1]!], attribution: [] } };
  // an author's name alone: beside a date line, a byline or a handle, or above their job
  const after = units[i + 1]?.text ?? '';
  if (isPersonName(text) && (nearDateOrByline(units, i) || HANDLE.test(after) || (isJobLine(after) && isMeta(units[i + 2]?.text ?? '')))) {
    return { kind: 'meta', role: 'byline', evidence: 'a person’s name beside a date line, a byline, a handle or their job', byline: { authors: [text], attribution: [] } };
  }
  if (HANDLE.test(text)) return { kind: 'meta', role: 'byline', evidence: 'a social media handle' };
  // under the author's name: a social post's profile headline (a relative date follows), or a job
  const previous = units[i - 1]?.text ?? '';
  const previousName = /^(.{4,48}?)\s+[•·|]\s+\S.{0,20}$/u.exec(previous)?.[1] ?? previous;
  if (i > 0 && isPersonName(previousName) && isJobLine(text)) {
    return readDateLine(after)?.relative || readDateLine(after)?.yearless
      ? { kind: 'meta', role: 'author-bio', evidence: 'a profile headline between the author’s name and the post’s date' }
      : { kind: 'meta', role: 'byline', evidence: 'the author’s job, under their name', job: true };
  }
  if (AUTHORS_HEADING.test(text)) return { kind: 'meta', role: 'byline', evidence: 'the heading of the authors’ names' };
  if (i > 0 && AUTHORS_HEADING.test(previous) && isPersonName(text)) return { kind: 'meta', role: 'byline', evidence: 'a name under "Auteurs"', byline: { authors: [text], attribution: [] } };
  return { kind: 'text' };
}

/**
 * "Première séance du mercredi 3 février 2021", "Conseil des ministres du 3 mars 2021", "Audience
 * du 13 octobre 2020": above the text, a few words naming what it records, then its day and
 * nothing after. The header's date line, though words other than a date line's stand before
 * the day. Read in the header only: in the body such a line is a heading.
 */
function datedName(text: string): FoundDate | undefined {
  if (text.length > 80 || !/^\p{Lu}/u.test(text)) return undefined;
  const dates = findDates(text);
  const date = dates[0];
  if (dates.length !== 1 || date!.precision !== 'day' || text.slice(date!.end).trim() !== '') return undefined;
  const before = text.slice(0, date!.start).trim();
  // "Séance du …", "Conseil des ministres du …": one to four words that are no sentence's, then "du" and the day
  const name = before.replace(/\s+(?:du|de la|des)$/u, '');
  const of = /^du\s/iu.test(date!.expression) || name !== before;
  if (!of || !/^\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3}$/u.test(name) || isPersonName(name)) return undefined;
  return date;
}

/** "Auteurs", "Auteur·rice·s", "Signataires": the heading of a list of names. */
const AUTHORS_HEADING = /^(?:auteurs?|autrices?|auteur(?:·rice)?·?s|auteur\.?e?\.?s|signataires?|rédacteurs?|rédactrices?)\s*:?$/iu;

/** A job title: a short line, capitalised, that no sentence ends and no date holds. */
function isJobLine(text: string): boolean {
  return text.length <= 100 && /^\p{Lu}/u.test(text) && !isProse(text) && !readDateLine(text) && !/[.!?]$/u.test(text) && measure(text).words <= 14;
}

/** A header line of its own kind, or a short line before one (a second organisation line). */
function isMeta(text: string, after = ''): boolean {
  return Boolean(readDateLine(text) || readByline(text) || matchRule(text) || (after && isOrganizationLine(text, true) && (readDateLine(after) || matchRule(after))));
}

/** One to three words, no sentence: an outlet's or a group's name; a person's name is a second
 *  author, unless an outlet's line came just before ("franceinfo", then "Radio France"). */
function isOrganizationLine(text: string, afterOutlet = false): boolean {
  // a name has letters: a separator ("·") is none
  return text.length <= 30 && /\p{L}{2}/u.test(text) && measure(text).words <= 3 && !/[.!?:,;]$/u.test(text) && (afterOutlet || !isPersonName(text));
}

function nearDateOrByline(units: Unit[], i: number): boolean {
  for (const j of [i - 1, i + 1, i + 2]) {
    const text = units[j]?.text;
    if (!text) continue;
    if (readByline(text) || readDateLine(text)) return true;
    // a social post: the name, the profile headline, then the relative date
    if (j === i + 2 && units[i + 1]!.text.length > 80) return false;
  }
  return false;
}

/** Why unit i is the standfirst, or undefined if it is not. */
function standfirstEvidence(units: Unit[], readings: Reading[], i: number, titleAt: number, pressRelease: boolean, speakers: Speakers): string | undefined {
  const text = units[i]!.text;
  // a turn set after a speaker's name opens the interview: its first question or answer
  const turn = turnOf(text);
  if (turn && speakers.names.has(turn.name)) return undefined;
  // a one-question pitch is a standfirst too when the byline or the date comes right after it
  const next = readings[i + 1];
  const beforeByline = next?.kind === 'meta' && (next.role === 'byline' || next.role === 'date-line');
  const pitch = /\?(?:\s*[»"”)])*$/u.test(text) && measure(text).words >= 8 && beforeByline;
  // so is a subtitle set without its final stop, right between the title and the byline or the date
  const subtitle = i === titleAt + 1 && beforeByline && measure(text).words >= SUBTITLE_WORDS && !/[:;,]$/u.test(text);
  if ((!isProse(text) && !pitch && !subtitle) || listMarker(text) || tableCells(text)) return undefined;
  const f = measure(text);
  if (f.sentences > 3 || f.chars > 500) return undefined;
  if (startsWithDateline(text)) return undefined;
  // a standfirst speaks of its subject; a first paragraph that says "je" opens a blog post or a letter
  if (FIRST_PERSON.test(text.replace(/«[^»]*»|“[^”]*”/gu, ''))) return undefined;
  // more prose must follow: a standfirst leads into a body
  const after = units.slice(i + 1, i + 12).find((u, k) => readings[i + 1 + k]?.kind !== 'meta' && isProse(u.text));
  if (!after) return undefined;
  // under a photo, the first paragraph is the standfirst only if it reads as one: a single
  // sentence, or shorter than the paragraph after it (a chapô under the picture), not the
  // body's long opening
  const underPhoto = readings.slice(titleAt + 1, i).some((r) => r.kind === 'meta' && PHOTO.has(r.role));
  if (underPhoto && measure(text).sentences > 1 && text.length >= after.text.length) return undefined;
  // in a press release, only a subtitle above the dated lede: the first paragraph is the lede
  if (pressRelease) {
    const lede = units.slice(i + 1, i + 6).find((u, k) => readings[i + 1 + k]?.kind !== 'meta' && isProse(u.text));
    if (!lede || !startsWithDateline(lede.text)) return undefined;
  }
  // and it belongs to a news page's header: a byline, a date, a rubric or a label stands around it
  const news = readings.some((r) => r.kind === 'meta' && NEWS_HEADER.has(r.role));
  if (!news) return undefined;
  return `the first prose after the title, short (${f.sentences} sentence${f.sentences > 1 ? 's' : ''}, ${f.chars} characters), with more prose after it`;
}

const PHOTO = new Set<string>(['image-file', 'photo-caption', 'photo-credit']);
/** A subtitle has a few words at least ("Une analyse en cinq points"); fewer are a label's or a rubric's. */
const SUBTITLE_WORDS = 4;

/**
 * "SOUVERAINETE Le commissaire présente…": a standfirst led by a kicker, a word or three in
 * capitals run into its first sentence. The kicker is the standfirst's rubric, not its text.
 * Only a sentence's opening word may follow it, so an acronym that is the sentence's subject
 * ("AWS Outposts arrive…") stays.
 */
export function withoutKicker(text: string): { text: string; kicker?: string } {
  const match = KICKER.exec(text);
  if (!match || match[1]!.replace(/[^\p{L}]/gu, '').length < 4 || measure(text.slice(match[0].length)).words < 6) return { text };
  return { text: text.slice(match[0].length), kicker: match[1]! };
}

const KICKER = /^(\p{Lu}{2,}[\p{Lu}'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’-]*){0,2})\s+(?=(?:Le|La|Les|L['’]|Un|Une|Des|Du|De|D['’]|Ce|Cet|Cette|Ces|Il|Elle|Ils|Elles|On|En|Au|Aux|Pour|Selon|Depuis|Après|Avant|Alors|Avec|Dans|Sur|Si|Mais|Quand|Lors)\s*\p{L})/u;

const FIRST_PERSON = /(?<![\p{L}])(?:je|j['’]|me|m['’]|moi|mon|ma|mes)(?![\p{L}])/iu;

/** What a news page's header holds besides its title. */
const NEWS_HEADER = new Set<string>(['byline', 'date-line', 'reading-time', 'rubric', 'label', 'paywall']);

function startsWithDateline(text: string): boolean {
  return /^(?:\p{Lu}[\p{L}'’ -]{1,40}?\s*,\s*(?:le\s+)?(?:\p{L}+\.?\s+)?\d|\p{Lu}[\p{L}'’ -]{1,40}?\s+\((?:afp|reuters|ap)\)|\((?:afp|reuters|ap)\))/iu.test(text) || CAPITAL_PLACE_DATELINE.test(text);
}

/** The regional press's dateline: the place in capitals, then a dash ("ANGERS. – ", "SAINT-MALO — "). Case matters: "Cloud – …" is no place. */
const CAPITAL_PLACE_DATELINE = /^\p{Lu}{3}[\p{Lu}'’ -]{0,38}?(?:\.?\s+[–—]|\.\s*-)\s/u;

/** Prose: it ends like a sentence (a question or exclamation only if it is long). */
export function isProse(text: string): boolean {
  return prose(text);
}

const prose = memoizeText(isProseText);

/** Hashtags, mentions and a thread's counter after a post's last sentence ("… souveraineté. #Cloud #UE", "… 2/4"), and emoji: they end no sentence. */
const TRAILING_TAGS = /(?:\s+(?:[#@][\p{L}\p{N}_]+|\d{1,2}\/\d{1,2}))+$/u;

function isProseText(written: string): boolean {
  const text = withoutTrailingEmoji(withoutTrailingEmoji(written).replace(TRAILING_TAGS, ''));
  const f = measure(text);
  if (f.words < 6) return false;
  if (/[.…](?:\s*[»"”)’])*$/u.test(text) || /[.…]\s*[»”]$/u.test(text)) return true;
  if (/[!?](?:\s*[»"”)’])*$/u.test(text)) return f.sentences >= 2 || f.chars > 160;
  return /[»”]$/u.test(text) && f.chars > 160;
}

/** A title: one short line, no final full stop, colon, comma or semicolon. */
export function isTitleShaped(text: string): boolean {
  return titleShaped(text);
}

const titleShaped = memoizeText(isTitleShapedText);

/** A section's number, as reports and explainers set their headings: "II. La souveraineté…", "3. Le cloud de confiance" */
const SECTION_NUMBER = /^(?:[IVX]{1,5}|\d{1,2})\.\s+(?=\p{Lu})/u;

function isTitleShapedText(written: string): boolean {
  // the number's full stop ends no sentence; emoji after a full stop do not make it a headline
  const text = withoutTrailingEmoji(written.replace(SECTION_NUMBER, ''));
  const f = measure(text);
  if (f.chars < 4 || f.chars > 200 || f.words > 30 || f.words < 1) return false;
  if (/[.,;:]$/u.test(text) && !/\.\.\.$|…$/u.test(text)) return false;
  if (listMarker(text) || tableCells(text)) return false;
  // two sentences, the first ended by a full stop: prose, not a headline ("… européen. Réponse courte : …");
  // but a first word or two ended by a stop is the headline's kicker ("Numérique. À Rennes, un centre…")
  if (f.sentences >= 2 && /\.\s/u.test(text) && /^[^.!?…]*\.(?:\s|$)/u.test(text) && !/^\S+(?:\s\S+)?\.\s/u.test(text)) return false;
  return /^[\p{Lu}\p{N}«“"'’(¿¡]/u.test(text);
}

/** A periodical's issue number, then the issue's date and nothing after it: "JORF n°0120 du 25 mai 2021". */
const ISSUE_DATE = /\sn[°o]\s*\d+\s+(?:du\s+|le\s+|[-–—]\s+)?(.+)$/u;

/**
 * The date of a dated masthead: "La Lettre du Cloud — n° 42 — 12 mars 2022", "JORF n°0120 du 25 mai
 * 2021". Not a title that goes on after its date ("Décret n° 2021-650 du 24 mai 2021 relatif à…").
 */
function mastheadDate(text: string): FoundDate | undefined {
  const part = text.split(/\s+[—–|]\s+/u).slice(1).map((p) => readDateLine(p)).find((d) => d?.published);
  if (part?.published) return part.published;
  const issue = ISSUE_DATE.exec(text);
  return issue && text.length <= 80 ? readDateLine(issue[1]!)?.published : undefined;
}

/** How much a line reads like the headline of the text after it, and why. */
function titleScore(units: Unit[], readings: Reading[], i: number, bodyWords: WordsOf, firstProse: number): { score: number; overlap: number; why: string } {
  const text = units[i]!.text;
  const own = [...contentWords(text)];
  // one more word than it has: two words of which one comes back are less evidence than ten of which five do
  const overlap = own.filter((w) => bodyWords.has(w)).length / (own.length + 1);
  const n = words(text);
  const size = n >= 4 && text.length >= 20 ? 0.5 : n <= 2 ? -0.5 : 0;
  // a dated masthead ("La Lettre du Cloud — n° 42 — 12 mars 2022") heads a newsletter, not its story
  const masthead = mastheadDate(text) ? -0.5 : 0;
  // "Entretien avec Henri Duval, économiste": who an interview is with, under its headline, not the headline
  const interviewee = INTERVIEW_WITH.test(text) ? -0.5 : 0;
  const neighbour = (r: Reading | undefined) => r?.kind === 'meta' && HEADER_NEIGHBOURS.has(r.role);
  // the byline or the dates right under it, or under a longer line right under it (its standfirst)
  const standfirstUnder = readings[i + 1]?.kind === 'text' && units[i + 1]!.text.length > text.length && i + 1 < firstProse;
  const beside = i + 1 === firstProse || neighbour(readings[i + 1]) || (standfirstUnder && neighbour(readings[i + 2])) ? 0.5 : 0;
  const why = `${Math.round(overlap * 100)} % of its words in the body, ${n} words${beside ? ', the byline, dates or text right under it' : ''}`;
  return { score: overlap + size + beside + masthead + interviewee, overlap, why: interviewee ? `${why}; who the interview is with` : why };
}

/** The line that names whom an interview is with: "Entretien avec …", "Interview de …", "Rencontre avec …". */
const INTERVIEW_WITH = /^(?:(?:grand |long )?entretien|interview|rencontre|conversation|dialogue|questions?)\s+(?:avec|de|d['’]|à)\s+\p{Lu}/iu;

/** How far below the best score the first candidate may be and still be the title. */
const TITLE_MARGIN = 0.35;

/** What stands right under a title. */
const HEADER_NEIGHBOURS = new Set<string>(['byline', 'date-line', 'reading-time', 'label', 'paywall', 'photo-caption', 'image-file', 'share', 'navigation']);

/** The words of a text that carry its subject: three letters or more, no function words. */
function contentWords(text: string): Set<string> {
  const found = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length >= 3 && !STOPWORDS.has(word)) found.add(word);
  }
  return found;
}

/** Which words a text holds (a word: a whole run of letters and digits, in lower case). */
interface WordsOf {
  has(word: string): boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The words of a long text (the body, for the title's words), looked up one by one: splitting
 * the whole body into a set of words, for the few words of a few title candidates, was a tenth
 * of reading a text. A word is in the text where it stands with no letter or digit either side.
 */
function wordsOf(text: string): WordsOf {
  const lower = text.toLowerCase();
  const known = new Map<string, boolean>();
  const codePointBefore = (at: number): string => {
    const last = lower.charCodeAt(at - 1);
    return last >= 0xdc00 && last <= 0xdfff && at >= 2 ? String.fromCodePoint(lower.codePointAt(at - 2)!) : lower.charAt(at - 1);
  };
  const find = (word: string): boolean => {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      const end = at + word.length;
      const after = end < lower.length ? String.fromCodePoint(lower.codePointAt(end)!) : '';
      if ((at === 0 || !LETTER_OR_DIGIT.test(codePointBefore(at))) && !LETTER_OR_DIGIT.test(after)) return true;
    }
    return false;
  };
  return {
    has(word: string): boolean {
      let found = known.get(word);
      if (found === undefined) known.set(word, (found = word !== '' && find(word)));
      return found;
    },
  };
}

/**
 * The site's menu above the title: three or more short lines in a row (one or two words
 * each: "Accueil", "Actualités", "Dossiers"). A label among them ("Actualités") is a menu item
 * too, and its reading becomes one.
 */
function menuLines(units: Unit[], readings: Reading[], before: number): Set<number> {
  const menu = new Set<number>();
  const short = (k: number): boolean => {
    const reading = readings[k];
    if (!reading || k >= before) return false;
    const text = units[k]!.text;
    const item = reading.kind === 'text' || (reading.kind === 'meta' && (reading.role === 'label' || reading.role === 'navigation'));
    return item && words(text) <= 2 && text.length <= 25 && !/[.!?:;,]$/u.test(text);
  };
  for (let k = 0; k < before && k < readings.length; ) {
    if (!short(k)) {
      k++;
      continue;
    }
    let end = k;
    while (short(end + 1)) end++;
    if (end - k + 1 >= 3) {
      for (let m = k; m <= end; m++) {
        menu.add(m);
        // a label between two menu items is one of them; at the run's end, above the title, it labels the article
        const reading = readings[m]!;
        if (reading.kind === 'meta' && reading.role === 'label' && m > k && m < end) readings[m] = { kind: 'meta', role: 'navigation', evidence: 'one of a run of short lines: the site’s menu' };
      }
    }
    k = end + 1;
  }
  return menu;
}

function isRubricShaped(text: string): boolean {
  return (words(text) <= 4 && text.length <= 40) || isBreadcrumb(text);
}

function isBreadcrumb(text: string): boolean {
  const parts = text.split(/\s+[>›»/]\s+|\s*[>›]\s*/u);
  return parts.length >= 3 && parts.every((part) => part.trim() !== '' && measure(part).words <= 5);
}

function words(text: string): number {
  return measure(text).words;
}

function same(a: string, b: string): boolean {
  return lineKey(a) === lineKey(b);
}
