// Text → Layout: how a French press text is laid out, read in four steps (one file each):
//   units      lines → units (hard-wrapped paragraphs joined)            Text → Unit[]
//   header     the lines before the body, read as a whole                 Unit[] → Header
//   structure  the body's lists and tables                                Unit[] → Block[]
//   classify   article or chrome, block by block, with the neighbours     Block[] → Decision[]
// then the article's metadata is gathered from what they found. Every unit ends up in exactly
// one place: the title, the standfirst, a kept block, or a dropped block with its reason; the
// explanation says which, and why.
import type { FoundDate } from '../../lib/french-dates.ts';
import { units as readUnits, type Unit } from './units.ts';
import { readHeader, type Header } from './header.ts';
import { structure, type Block } from './structure.ts';
import { classify, type Decision } from './classify.ts';
import { agencyName, readByline, readDateLine, readDateline } from './lines.ts';
import { matchRule, outletNamed, type DroppedKind } from './rules.ts';
import { askingOutlet, readSpeakers } from './speakers.ts';
import { fromMarkdown } from './markdown.ts';
import { forgetTexts } from '../../lib/memo.ts';

export type { DroppedKind } from './rules.ts';

/** A block of the article, as the segment stage takes it. */
export type LayoutBlock =
  | { kind: 'paragraph'; line: number; text: string; role?: 'standfirst' | 'question' }
  | { kind: 'heading'; line: number; text: string }
  | { kind: 'list'; line: number; ordered: boolean; start?: number; style?: 'a' | '1'; items: Array<{ line: number; text: string }> }
  | { kind: 'table'; line: number; rows: string[][] };

export interface DroppedBlock {
  kind: DroppedKind;
  line: number;
  text: string;
}

/** One unit of the text and what it was taken for, for `--explain`. */
export interface ExplainedUnit {
  line: number;
  lines: number;
  text: string;
  role: string;
  evidence: string;
}

export interface Layout {
  title?: string;
  standfirst?: string;
  /** the date the text states, and where */
  date?: { found: FoundDate | { value: string; precision: 'year' | 'month' | 'day' }; origin: 'header' | 'byline' | 'dateline' | 'url' };
  updated?: string;
  authors: string[];
  outlet?: string;
  attribution?: string;
  blocks: LayoutBlock[];
  dropped: DroppedBlock[];
  explained: ExplainedUnit[];
  /** days written as dates in the lines set aside as date lines or bylines that do not exist ("31 juin 2021") */
  impossibleDates: Array<{ line: number; expression: string }>;
  /** what makes the text unreadable as an article, with its line (a date header that is no date) */
  problem?: { line: number; message: string };
}

export function readLayout(input: string): Layout {
  // the answers remembered for the last text's lines are no use for this one's
  forgetTexts();
  // a text written in Markdown is read without its marks, line for line
  const text = withoutCommentAnchors(withoutBulletsOfEveryLine(fromMarkdown(input).text));
  const rawLines = text.split('\n');
  const units = readUnits(text);
  // Header: title, standfirst, bylines, dates. A ` date 2020-09 …` line gives its paragraph back.
  const header = readHeader(units);
  if (header.problem) return { authors: [], blocks: [], dropped: [], explained: [], impossibleDates: [], problem: header.problem };
  for (const [index, rest] of header.rewritten) units[index] = { ...units[index]!, text: rest };
  const body = units.slice(header.bodyStart);
  const blocks = structure(body, rawLines);
  const interview = units.slice(0, header.bodyStart).some((u) => /propos recueillis|^(?:entretien|interview|grand entretien)\s*:?$/iu.test(u.text));
  const speakers = readSpeakers(body.map((u) => u.text));
  const decisions = classify(blocks, { ...(header.title ? { title: header.title } : {}), ...(header.titleLine ? { titleLine: header.titleLine } : {}), ...(speakers.interviewer ? { interviewer: speakers.interviewer } : {}), authors: header.authors, interview, afterHeader: header.title !== undefined, contentsAbove: header.bodyStart > 0 && matchRule(units[header.bodyStart - 1]!.text)?.contents === true });
  if (header.email) coverNote(blocks, decisions);

  const layout: Layout = { authors: [...header.authors], blocks: [], dropped: [], explained: [], impossibleDates: [] };
  if (header.title) layout.title = header.title;
  if (header.standfirst) layout.standfirst = header.standfirst;
  if (header.updated) layout.updated = header.updated.value;
  const headerOutlets = headerDecisions(header, units, layout);
  bodyDecisions(blocks, decisions, layout);

  // The date the text states: its header line, a byline date, or the dateline of its first paragraph.
  if (header.headerDate) {
    layout.date = { found: { value: header.headerDate, precision: precisionOf(header.headerDate) }, origin: 'header' };
  } else if (header.published && !(header.email && forwardedDate(blocks, decisions))) {
    layout.date = { found: header.published, origin: header.publishedByPlace ? 'dateline' : 'byline' };
  }
  const firstParagraph = layout.blocks.find((b) => b.kind === 'paragraph' && b.role !== 'standfirst');
  const dateline = firstParagraph?.kind === 'paragraph' ? readDateline(firstParagraph.text) : undefined;
  if (dateline?.date && !layout.date) layout.date = { found: dateline.date, origin: 'dateline' };
  if (dateline?.agency && layout.authors.length === 0) layout.authors.push(dateline.agency);
  // no date written: the day in the address of the article's page, above the text ("…/2021/05/17/…")
  if (!layout.date) {
    const firstKept = Math.min(...layout.blocks.map((b) => b.line));
    const address = layout.dropped.find((d) => d.line < firstKept && dayInAddress(d.text));
    if (address) layout.date = { found: dayInAddress(address.text)!, origin: 'url' };
  }

  // Outlet and sources: from the byline and the chrome that name them.
  const attributions = [...header.attribution];
  const outlets = [...header.outlets, ...headerOutlets];
  for (const [i, decision] of decisions.entries()) {
    if (decision.keep) continue;
    if (decision.outlet) outlets.push(decision.outlet);
    if (decision.attribution) attributions.push(cleanAttribution(decision.attribution));
    if (decision.updated && !layout.updated) layout.updated = decision.updated;
    // a line that is only a date, lower down the page (under a social post, at its foot)
    if (decision.published && !layout.date && !header.headerDate) layout.date = { found: decision.published, origin: 'byline' };
    if (decision.author && layout.authors.length === 0) layout.authors.push(decision.author);
    if (decision.authors && layout.authors.length === 0) layout.authors.push(...decision.authors);
    if (decision.kind === 'agency-tail' && layout.authors.length === 0) {
      const code = /^([a-z]+)\//u.exec(blocks[i]!.units[0]!.text)?.[1];
      if (code && /^(?:afp|ap)$/u.test(code)) layout.authors.push(agencyName(code));
    }
  }
  // an e-mail's own date, when the document it forwards states none
  if (!layout.date && header.published) layout.date = { found: header.published, origin: header.publishedByPlace ? 'dateline' : 'byline' };
  const unique = [...new Set(attributions.filter(Boolean))];
  if (unique.length) layout.attribution = unique.join(', ');
  const asking = askingOutlet(speakers);
  if (asking) outlets.push(asking);
  const outlet = chooseOutlet(outlets);
  if (outlet) {
    layout.outlet = outlet;
    // the outlet's name alone above the title is its masthead, not a rubric
    for (const dropped of layout.dropped) {
      if (dropped.kind !== 'rubric' || dropped.text.toLowerCase() !== outlet.toLowerCase()) continue;
      dropped.kind = 'boilerplate';
      for (const line of layout.explained) {
        if (line.line === dropped.line) Object.assign(line, { role: 'boilerplate', evidence: 'the outlet’s name above the title: its masthead' });
      }
    }
  }
  layout.dropped.sort((a, b) => a.line - b.line);
  layout.explained.sort((a, b) => a.line - b.line);
  // "Publié le 31 juin 2021": the line is set aside as what it is, and the editor told its day is none
  for (const dropped of layout.dropped) {
    if (dropped.kind !== 'date-line' && dropped.kind !== 'byline') continue;
    const impossible = (readDateLine(dropped.text) ?? readByline(dropped.text)?.date)?.impossible;
    if (impossible) layout.impossibleDates.push({ line: dropped.line, expression: impossible });
  }
  return layout;
}

/** A comment of a document editor's export, under the text: "[a]Titre à raccourcir ?". */
const COMMENT_LINE = /^\[([a-z]{1,2})\](?=\S)/gmu;

/**
 * A text exported from a document editor with its comments: each comment is anchored in the
 * text by a letter in brackets glued to a word ("se mobilisent[a]"), and written under it after
 * the same letter. The anchors are no part of the text, and go; the comments are the editor's
 * furniture, set aside by their rule. Letters that no comment line starts with are the text's own.
 */
function withoutCommentAnchors(text: string): string {
  if (!text.includes('[')) return text;
  const comments = new Set([...text.matchAll(COMMENT_LINE)].map((m) => m[1]!));
  if (comments.size === 0) return text;
  return text.replace(/(?<=\S)\[([a-z]{1,2})\]/gu, (anchor, letter: string) => (comments.has(letter) ? '' : anchor));
}

/** An address alone on its line, or as a field ("URL : https://…"). */
const ADDRESS = /^(?:(?:url|lien|adresse|source|link)\s*:\s*)?(https?:\/\/[^\s/]+\/\S*)$/iu;
/** A day in an address's path, as outlets write it: "/2021/05/17/", "/2021-05-17-", "/20210517/". */
const DAY_IN_PATH = /\/((?:19|20)\d{2})([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/u;

/** The day the address of a page writes in its path, if it is one: the day the page was published. */
export function dayInAddress(text: string): { value: string; precision: 'day' } | undefined {
  const address = ADDRESS.exec(text.trim())?.[1];
  const day = address ? DAY_IN_PATH.exec(address.replace(/[?#].*$/u, '')) : null;
  if (!day) return undefined;
  const value = `${day[1]}-${day[3]}-${day[4]}`;
  // a day that exists: "/2021/02/30/" is no date
  const date = new Date(`${value}T00:00:00Z`);
  return date.toISOString().startsWith(value) ? { value, precision: 'day' } : undefined;
}

/** Bullets a copy put before the lines of a whole text (a note-taking app's, a chat's): "- ", "• ", "* ", "– ". */
const LINE_BULLET = /^([-•*–·▪►])[ \t]+(?=\S)/u;
/** Lines a text has at least for its bullets to be read as the copy's rather than a list's. */
const BULLETED_TEXT = 4;

/**
 * A text whose every line starts with one bullet is no list but a text a copy marked line by
 * line: its lines are read without the bullets (line for line, so the lines keep their numbers).
 */
function withoutBulletsOfEveryLine(text: string): string {
  const lines = text.split('\n');
  const written = lines.filter((line) => line.trim() !== '');
  const bullet = LINE_BULLET.exec(written[0]?.trimStart() ?? '')?.[1];
  if (!bullet || written.length < BULLETED_TEXT || !written.every((line) => LINE_BULLET.exec(line.trimStart())?.[1] === bullet)) return text;
  return lines.map((line) => line.trimStart().replace(LINE_BULLET, '')).join('\n');
}

/** The header's decisions into the layout; returns the outlets its chrome names. */
function headerDecisions(header: Header, units: Unit[], layout: Layout): string[] {
  const outlets: string[] = [];
  for (const decision of header.decisions) {
    const unit = units[decision.unit]!;
    layout.explained.push({ line: unit.line, lines: unit.lines, text: unit.text, role: decision.role, evidence: decision.evidence });
    if (decision.role === 'title' || decision.role === 'date-header') continue;
    if (decision.role === 'standfirst') {
      // the standfirst as the header read it (without a kicker run into it)
      layout.blocks.push({ kind: 'paragraph', line: unit.line, text: header.standfirst ?? unit.text, role: 'standfirst' });
      continue;
    }
    layout.dropped.push({ kind: decision.role, line: unit.line, text: unit.text });
    const outlet = outletNamed(matchRule(unit.text), unit.text);
    if (outlet) outlets.push(outlet);
  }
  if (header.rewritten.size > 0) {
    // the date header's own line also holds the first paragraph: it is explained with the body
    layout.explained = layout.explained.filter((e) => e.role !== 'date-header');
    const unit = units[0]!;
    layout.explained.push({ line: unit.line, lines: 0, text: 'date …', role: 'date-header', evidence: 'a "date YYYY-MM" header line; the rest of the line is the first paragraph' });
  }
  return outlets;
}

/**
 * The outlet most often named, in its fullest form: "Le Nouvel Éclaireur" (its © line) over
 * "Nouvel Éclaireur" (from "Abonnez-vous au Nouvel Éclaireur").
 */
function chooseOutlet(named: string[]): string | undefined {
  const key = (name: string) => name.toLowerCase().replace(/^(?:l['’]|le |la |les )/u, '');
  const groups = new Map<string, string[]>();
  for (const raw of named) {
    const name = cleanOutlet(raw);
    if (!name) continue;
    groups.set(key(name), [...(groups.get(key(name)) ?? []), name]);
  }
  let best: string[] | undefined;
  for (const group of groups.values()) if (!best || group.length > best.length) best = group;
  return best?.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * An e-mail that forwards a document: "Bonjour, / Veuillez trouver ci-dessous notre communiqué."
 * then the document, which starts at its label ("COMMUNIQUÉ DE PRESSE") or at its title, the
 * mail's subject written again. The few short lines before it are the sender's cover note, and a
 * release's label heads the release: neither is the document's text.
 */
function coverNote(blocks: Block[], decisions: Decision[]): void {
  const label = blocks.findIndex((block) => block.kind === 'text' && matchRule(block.units[0]!.text)?.kind === 'label' && RELEASE_LABEL.test(block.units[0]!.text));
  const repeat = decisions.findIndex((decision) => !decision.keep && decision.kind === 'title-repeat');
  const start = label >= 0 && (repeat < 0 || label < repeat) ? label : repeat;
  if (start < 0) return;
  const before = decisions.flatMap((decision, i) => (i < start && decision.keep ? [i] : []));
  const short = before.every((i) => blocks[i]!.kind === 'text' && blocks[i]!.units.every((unit) => unit.text.length <= COVER_LINE));
  if (before.length === 0 || before.length > COVER_BLOCKS || !short) return;
  for (const i of before) decisions[i] = { keep: false, kind: 'boilerplate', evidence: 'the e-mail’s cover note, before the document it forwards' };
  if (start === label) decisions[label] = { keep: false, kind: 'label', evidence: 'the label of the release the e-mail forwards' };
}

/** An e-mail that forwards a document dated in its text ("Paris, le 17 mai 2021"): the document's date is the article's, not the mail's. */
function forwardedDate(blocks: Block[], decisions: Decision[]): boolean {
  return decisions.some((decision, i) => !decision.keep && decision.kind === 'date-line' && decision.published !== undefined && blocks[i] !== undefined);
}

/** The labels that head a press release. */
const RELEASE_LABEL = /communiqué|information presse|info presse|dossier de presse|pour diffusion immédiate/iu;
/** A cover note's blocks, at most: a greeting, a sentence or two, the closing, the signature's lines. */
const COVER_BLOCKS = 6;
/** A cover note's line is short: a greeting, a sentence that hands the document over. */
const COVER_LINE = 200;

function bodyDecisions(blocks: Block[], decisions: Decision[], layout: Layout): void {
  blocks.forEach((block, i) => {
    const decision = decisions[i]!;
    const first = block.units[0]!;
    // a reader comment is reported by its size, never its words: commenters' pseudonyms and
    // words are personal data
    const shown = (unit: Unit) => (!decision.keep && decision.kind === 'reader-comment' ? `[commentaire de lecteur, ${unit.text.length} caractères]` : unit.text);
    for (const unit of block.units) {
      const role = decision.keep ? (block.kind === 'list' ? `${decision.kind} item` : decision.kind) : `dropped: ${decision.kind}`;
      layout.explained.push({ line: unit.line, lines: unit.lines, text: shown(unit), role, evidence: decision.evidence });
    }
    if (!decision.keep) {
      for (const unit of block.units) layout.dropped.push({ kind: decision.kind, line: unit.line, text: shown(unit) });
      return;
    }
    if (block.kind === 'list') {
      layout.blocks.push({
        kind: 'list',
        line: first.line,
        ordered: block.ordered,
        ...(block.start !== undefined ? { start: block.start } : {}),
        ...(block.style ? { style: block.style } : {}),
        items: block.items.map((item) => ({ line: item.units[0]!.line, text: item.text })),
      });
    } else if (block.kind === 'table') {
      layout.blocks.push({ kind: 'table', line: first.line, rows: block.rows });
    } else if (decision.kind === 'heading') {
      layout.blocks.push({ kind: 'heading', line: first.line, text: first.text });
    } else {
      layout.blocks.push({ kind: 'paragraph', line: first.line, text: first.text, ...(decision.kind === 'question' ? { role: 'question' as const } : {}) });
    }
  });
}

function precisionOf(value: string): 'year' | 'month' | 'day' {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** "Le Quotidien 2021", "01net." → "Le Quotidien", "01net"; an agency is never the outlet. */
function cleanOutlet(name: string): string | undefined {
  const cleaned = name.replace(/\s*[-–—,.]?\s*(?:\d{4}|tous droits.*|all rights.*)$/iu, '').replace(/[.\s]+$/u, '').trim();
  if (!cleaned || /^(?:l')?(?:afp|reuters|ap|agences?|shutterstock|getty images)$/iu.test(cleaned)) return undefined;
  return cleaned;
}

function cleanAttribution(name: string): string {
  const agency = agencyName(name.trim());
  return agency.replace(/[.\s]+$/u, '');
}
