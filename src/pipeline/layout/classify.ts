// Block[] → decisions: which body blocks are the article and which are page chrome, in the
// manner of jusText (Pomikálek, "Removing boilerplate and duplicate content from web
// corpora", 2011), adapted to plain text:
//   1. each block is first classed on its own: `good` (long, full of function words: prose),
//      `near-good`, `short` or `bad` (few function words, or mostly furniture words: the
//      plain-text stand-in for jusText's link density); a known phrase of chrome, a date
//      line, a photo caption or the author's box is `bad` with its kind;
//   2. then by its neighbours: a short or near-good block between good ones is good (a
//      sub-heading, a list, a one-line paragraph), between bad ones bad; a heading-shaped
//      line right before prose is a heading;
//   3. a heading of chrome ("Sur le même thème", "Sujets associés", "À propos de …") gives its
//      kind to the short lines under it; a comment header makes every block after it a
//      reader comment, but for page furniture.
// Every bad block keeps the reason that decided it: it is reported, never lost.
import { measure, type Features } from './features.ts';
import { turnOf } from './speakers.ts';
import { COPYRIGHT_RULE, lineKey, matchRule, outletNamed, ruleText, type ChromeRule, type DroppedKind } from './rules.ts';
import { inLetters, readByline, readDateLine, readSignatories } from './lines.ts';
import { isProse, isTitleShaped } from './header.ts';
import type { Block } from './structure.ts';
import type { FoundDate } from '../../lib/french-dates.ts';
import { HANDLE } from './header.ts';
import { isPersonName } from './features.ts';

/** "Marion Dufresne, rédactrice en chef de La Lettre du Cloud": a letter's signature. */
const SIGNATURE = /^(\p{Lu}[^,]{2,40}),\s+(?:\p{Ll}|[A-Z]{2,}\b).{2,120}$/u;
/** "Bonjour à toutes et à tous,", "Chers lecteurs,": how a letter opens. */
const GREETING = /^(?:bonjour|bonsoir|chers?|chères?|salut|hello|madame|monsieur)\b[^.]{0,80}[,!:]?$/iu;

/** jusText's thresholds, scaled for the stopwords-iso French list (which is longer than the
 *  jusText one, so prose reads denser): lengths in characters, densities as shares of words. */
export const THRESHOLDS = {
  lengthLow: 70,
  lengthHigh: 200,
  stopwordsLow: 0.3,
  stopwordsHigh: 0.36,
  /** share of furniture words above which a block is chrome, whatever else it is */
  maxChromeDensity: 0.34,
  /** a heading is this close (characters) to the prose it introduces */
  maxHeadingDistance: 200,
};

type ContextFree = 'good' | 'near-good' | 'short' | 'bad';

export type Decision =
  | { keep: true; kind: 'paragraph' | 'heading' | 'question' | 'list' | 'table'; evidence: string }
  | {
      keep: false;
      kind: DroppedKind;
      evidence: string;
      attribution?: string;
      outlet?: string;
      updated?: string;
      published?: FoundDate;
      author?: string;
      /** the names a list of signatories gives */
      authors?: string[];
      interstitial?: boolean;
      /** decided by shape alone (a signature's look): a heading of chrome above it decides instead */
      weak?: boolean;
    };

export interface ClassifyContext {
  title?: string;
  /** the title's line as written, when the title is only part of it ("… | Les Echos") */
  titleLine?: string;
  authors: string[];
  /** in an interview whose turns are set after names, the name of who asks */
  interviewer?: string;
  /** the header says this is an interview ("Entretien", "Propos recueillis par") */
  interview: boolean;
  /** the body comes right after a header the reader found (a title): the article starts there */
  afterHeader: boolean;
  /** the header's last line is a table of contents' label ("Sommaire"): its entries open the body */
  contentsAbove?: boolean;
}

interface Draft {
  block: Block;
  text: string;
  features: Features;
  cls: ContextFree;
  /** set when the block's own evidence decides it */
  decided?: Decision;
  headingShaped: boolean;
  /** a line of chrome that, here, introduces a list of the text's own ("Au sommaire :" over chapters) */
  introducesOwnList?: boolean;
  /** a heading-shaped line right above prose: a sub-heading */
  heading?: boolean;
  why: string;
}

export function classify(blocks: Block[], context: ClassifyContext): Decision[] {
  const entries = contentsEntries(blocks, context.contentsAbove === true);
  const repeated = repeatedLines(blocks, entries);
  // the last block of the article's own (prose that is no chrome, a list, a table): what
  // stands after it is the page's tail (a signature, a job title)
  const lastOwn = blocks.findLastIndex((b) => b.kind !== 'text' || (isProse(b.units[0].text) && !matchRule(b.units[0].text)));
  const drafts = blocks.map((block, i) => contextFree(block, blocks, i, context, repeated, lastOwn, entries));

  // the comment section: everything after its header, but page furniture
  let inComments = false;
  for (const draft of drafts) {
    if (inComments && draft.block.kind === 'text') {
      const rule = matchRule(draft.text, true);
      draft.decided = rule ? ruleDecision(rule, draft.text) : { keep: false, kind: 'reader-comment', evidence: 'after the comment header' };
      draft.cls = 'bad';
    } else if (inComments) {
      draft.decided = { keep: false, kind: 'reader-comment', evidence: 'after the comment header' };
      draft.cls = 'bad';
    }
    if (draft.block.kind === 'text' && matchRule(draft.text)?.opensComments) inComments = true;
  }

  tailCopyright(drafts);
  contents(drafts, context.contentsAbove === true);
  captions(drafts);
  sections(drafts);
  revise(drafts, context.afterHeader);
  return finish(drafts, context);
}

/** What a block says about itself. */
/**
 * An entry of a table of contents as its heading is written: without its number ("1. Contexte")
 * and without the dots and the page number of a printed one ("Contexte ........ 3").
 */
function contentsKey(text: string): string {
  return fold(text).replace(/^\P{L}+/u, '').replace(/\s*(?:\.{2,}|…+|\s{2,})\s*\d{1,4}$/u, '').replace(/\s+/gu, ' ').trim();
}

/**
 * A table of contents written one entry a line: under its label ("Sommaire", "Au sommaire"),
 * the run of short lines each of which comes back further down, where it heads its section.
 * The indices of those entries; `above`: the label is the line right before the first block.
 */
function contentsEntries(blocks: Block[], above: boolean): Set<number> {
  const entries = new Set<number>();
  const shortLine = (block: Block | undefined): block is Block & { kind: 'text' } =>
    block?.kind === 'text' && block.units[0].text.length <= 100 && !isProse(block.units[0].text);
  const key = contentsKey;
  const starts = blocks.flatMap((block, i) => (block.kind === 'text' && matchRule(block.units[0].text)?.contents ? [i + 1] : []));
  if (above) starts.unshift(0);
  for (const start of starts) {
    let end = start;
    while (shortLine(blocks[end])) end++;
    const later = new Set(blocks.slice(end).flatMap((block) => (block.kind === 'text' ? [key(block.units[0].text)] : [])));
    for (let i = start; i < end && later.has(key(blockText(blocks[i]))); i++) entries.add(i);
  }
  return entries;
}

/** Short lines that stand three times or more, or twice outside the comments (running headers); a table of contents' entries (`skip`) are not counted. */
function repeatedLines(blocks: Block[], skip: Set<number>): Set<string> {
  const counts = new Map<string, number>();
  for (const [i, block] of blocks.entries()) if (block.kind === 'text' && !skip.has(i)) counts.set(fold(block.units[0].text), (counts.get(fold(block.units[0].text)) ?? 0) + 1);
  return new Set([...counts].filter(([text, n]) => n >= 2 && text.length <= 100 && !isProse(text)).map(([text]) => text));
}

function contextFree(block: Block, blocks: Block[], i: number, context: ClassifyContext, repeated: Set<string>, lastOwn: number, entries: Set<number>): Draft {
  const text = block.kind === 'list' ? block.items.map((item) => item.text).join(' ') : block.kind === 'table' ? block.rows.map((r) => r.join(' ')).join(' ') : block.units[0].text;
  const features = measure(text);
  const draft: Draft = { block, text, features, cls: 'bad', headingShaped: false, why: '' };
  if (entries.has(i)) {
    draft.decided = { keep: false, kind: 'navigation', evidence: 'an entry of the table of contents: it comes back below, as a heading', interstitial: true };
    return draft;
  }
  if (block.kind === 'table') {
    draft.cls = 'good';
    draft.why = `a table of ${block.rows.length} rows`;
    return draft;
  }
  if (block.kind === 'list') {
    const chromeItems = block.items.filter((item) => matchRule(item.text) || measure(item.text).chromeDensity >= 0.5).length;
    if (chromeItems * 2 > block.items.length) {
      draft.decided = { keep: false, kind: 'boilerplate', evidence: `a list of ${block.items.length} items, ${chromeItems} of them page furniture` };
    }
    // a list of sentences is the text's own, whatever stands around it (a text written as bullets)
    const sentences = block.items.filter((item) => isProse(item.text)).length;
    draft.cls = !draft.decided && sentences >= 2 && sentences * 2 >= block.items.length ? 'good' : 'near-good';
    draft.why = `a list of ${block.items.length} items${draft.cls === 'good' ? `, ${sentences} of them sentences` : ''}`;
    return draft;
  }

  const source = /^sources?\s*:\s*(.*)$/iu.exec(text);
  if (source && blocks[i - 1]?.kind === 'table') {
    // the source of the table above: it goes with the table
    draft.cls = 'good';
    draft.why = 'the source of the table above';
    return draft;
  }
  if (source && text.length < 100 && !/[.!?]$/u.test(text)) {
    const named = source[1]!.trim() || nextShortName(blocks, i);
    draft.decided = { keep: false, kind: 'attribution', evidence: 'a "Source :" line', ...(named ? { attribution: named } : {}) };
    return draft;
  }
  if (/^sources?\s*:\s*$/iu.test(blockText(blocks[i - 1])) && text.length < 80 && !/[.!?]$/u.test(text)) {
    draft.decided = { keep: false, kind: 'attribution', evidence: 'the name under a "Source :" line' };
    return draft;
  }
  // "*", "* * *", "—": no letter, no digit, so no text; an ornament between sections
  if (!/[\p{L}\p{N}]/u.test(text)) {
    draft.decided = { keep: false, kind: 'boilerplate', evidence: 'no letter and no digit: an ornament or a separator', interstitial: true };
    return draft;
  }
  const signatories = readSignatories(text);
  if (signatories) {
    draft.decided = { keep: false, kind: 'byline', evidence: `the list of signatories: ${signatories.join(', ')}`, authors: signatories };
    return draft;
  }
  // a label ("L’essentiel", "Analyse") heads what follows once in the body: it is weighed as a heading
  const rule = matchRule(text);
  // furniture of no known kind that states a date ("publiée dans le JO Sénat du 03/02/2022 - page 512") is a date line
  const dated = rule?.kind === 'boilerplate' && text.length <= 160 && readDateLine(text)?.published !== undefined;
  if (rule && rule.kind !== 'label' && !dated) {
    draft.decided = ruleDecision(rule, text);
    return draft;
  }
  if (isTitle(text, context)) {
    draft.decided = { keep: false, kind: 'title-repeat', evidence: 'the title, written again' };
    return draft;
  }
  const next = blockText(blocks[i + 1]);
  if (next && /©/u.test(next) && next.startsWith(text) && text.length <= 120) {
    draft.decided = { keep: false, kind: 'photo-caption', evidence: 'the start of the caption line under it, which holds a ©' };
    return draft;
  }
  if (text.length <= 160) {
    const dateLine = readDateLine(text);
    if (dateLine) {
      // "Mis à jour le 18/05/2021" at the foot of a page: the update date
      const isUpdate = /mis à jour|modifié|actualisé/iu.test(text);
      const updated = dateLine.updated ?? (isUpdate ? dateLine.published : undefined);
      const published = isUpdate ? undefined : dateLine.published;
      // "Article paru dans Les Échos du 5 juin 2020, page 14": the article's own outlet, where it appeared
      const outlet = dateLine.label && /^(?:cet |l['’])?article\s+(?:publié|paru|mis en ligne)/iu.test(text) ? dateLine.label : undefined;
      draft.decided = { keep: false, kind: 'date-line', evidence: outlet ? `the date and the outlet the article appeared in: ${outlet}` : 'a line that states a date and nothing else', ...(updated ? { updated: updated.value } : {}), ...(published ? { published } : {}), ...(outlet ? { outlet } : {}), ...(dateLine.author ? { author: dateLine.author } : {}) };
      return draft;
    }
  }
  if (HANDLE.test(text) || (isPersonName(text) && HANDLE.test(blockText(blocks[i + 1])))) {
    draft.decided = { keep: false, kind: 'byline', evidence: 'a social media handle, or the name above it' };
    return draft;
  }
  // "Par Jean Dupont" below a header the reader did not find (a title too long to be one): a byline
  const byline = text.length <= BYLINE_LENGTH && !/[.!?]$/u.test(text) ? readByline(text) : undefined;
  if (byline && byline.authors.length > 0 && !byline.authors.some((author) => context.authors.includes(author))) {
    draft.decided = { keep: false, kind: 'byline', evidence: `a byline: ${byline.authors.join(', ')}`, authors: byline.authors, ...(byline.date?.published ? { published: byline.date.published } : {}) };
    return draft;
  }
  if (context.authors.length && isAuthorBio(text, context.authors, blockText(blocks[i - 1]), i >= lastOwn)) {
    draft.decided = { keep: false, kind: 'author-bio', evidence: 'the author’s name, or the short line under it' };
    return draft;
  }
  // a letter's signature, after its last paragraph: "Name, job", or the name then the job
  const last = i >= lastOwn;
  const signature = SIGNATURE.exec(text);
  if (last && signature && isPersonName(signature[1]!)) {
    draft.decided = { keep: false, kind: 'author-bio', evidence: 'a signature: a name and a job, after the last paragraph', author: signature[1]!, weak: true };
    return draft;
  }
  const nextText = blockText(blocks[i + 1]);
  if (last && isPersonName(text) && nextText && nextText.length <= 100 && !/[.!?]$/u.test(nextText) && /^\p{Lu}/u.test(nextText)) {
    draft.decided = { keep: false, kind: 'author-bio', evidence: 'a signature: a name, then a job, after the last paragraph', author: text, weak: true };
    return draft;
  }
  // a name alone that ends the text, as a paper signs its articles ("PIERRE LAMBERT", "Pierre Lambert")
  const signed = /\p{Ll}/u.test(text) ? text : inLetters(text);
  if (last && !nextText && i === blocks.length - 1 && text.length <= 60 && isPersonName(signed)) {
    draft.decided = { keep: false, kind: 'author-bio', evidence: 'a signature: a name alone that ends the text', author: signed, weak: true };
    return draft;
  }
  const previousText = blockText(blocks[i - 1]);
  if (isPersonName(previousText) && !context.authors.includes(previousText) && text.length <= 100 && !/[.!?]$/u.test(text) && last) {
    draft.decided = { keep: false, kind: 'author-bio', evidence: 'the job under the signature', weak: true };
    return draft;
  }
  if (GREETING.test(text)) {
    draft.cls = 'near-good';
    draft.why = 'a greeting that opens a letter';
    return draft;
  }

  if (repeated.has(fold(text)) && text.length <= 100 && !isTitle(text, context)) {
    draft.decided = { keep: false, kind: 'boilerplate', evidence: 'a short line written again and again: a running header or a button', interstitial: true };
    return draft;
  }

  const { chars, stopwordDensity, chromeDensity } = features;
  const t = THRESHOLDS;
  draft.headingShaped = isHeadingShaped(text);
  if (chromeDensity > t.maxChromeDensity && features.words <= 15) {
    draft.cls = 'bad';
    draft.why = `mostly words of page furniture (${pct(chromeDensity)})`;
  } else if (features.introduces && blocks[i + 1]?.kind === 'list') {
    draft.cls = 'near-good';
    draft.why = 'introduces the list under it';
  } else if (chars < t.lengthLow) {
    // a short sentence ("Affaire à suivre.") is as good as its neighbours, like a near-good block
    draft.cls = features.terminal && features.words >= 2 && features.startsUpper && chromeDensity < 0.2 ? 'near-good' : 'short';
    draft.why = `short (${chars} characters)`;
  } else if (stopwordDensity >= t.stopwordsHigh) {
    draft.cls = chars > t.lengthHigh ? 'good' : 'near-good';
    draft.why = `prose: ${chars} characters, ${pct(stopwordDensity)} function words`;
  } else if (stopwordDensity >= t.stopwordsLow) {
    draft.cls = 'near-good';
    draft.why = `${chars} characters, ${pct(stopwordDensity)} function words`;
  } else {
    draft.cls = 'bad';
    draft.why = `few function words (${pct(stopwordDensity)}) for ${chars} characters`;
  }
  if (draft.cls === 'bad' && features.terminal && features.words >= 8 && chromeDensity < 0.15) {
    // a sentence full of names ("LUXEMBOURG, 13 juin 2020 (AFP) - Thierry Breton a appelé…")
    // has few function words but ends like prose: it is weighed as prose, with its
    // neighbours; the classifier must never drop article text for its vocabulary alone
    draft.cls = 'near-good';
    draft.why += ', but a sentence that ends like prose';
  }
  return draft;
}

/**
 * "© Holder" alone is a photo's credit beside a photo, but the page's own copyright in its
 * tail: after the last paragraph of prose, with no photo's file name or caption beside it.
 */
function tailCopyright(drafts: Draft[]): void {
  const lastProse = drafts.findLastIndex((d) => !d.decided && d.cls === 'good');
  const photo = (d: Draft | undefined) => d?.decided?.kind === 'image-file' || d?.decided?.kind === 'photo-caption';
  drafts.forEach((draft, i) => {
    if (i < lastProse || draft.decided?.kind !== 'photo-credit' || !draft.text.startsWith('©') || photo(drafts[i - 1]) || photo(drafts[i + 1])) return;
    draft.decided = { ...ruleDecision(COPYRIGHT_RULE, draft.text), evidence: 'a © line in the page’s tail, beside no photo: its copyright' };
  });
}

/**
 * "Au sommaire :" over a list is a table of contents, the page's navigation, when its items
 * come back as the page's own headings; over items found nowhere else in the text (an
 * episode's chapters, a report's parts) it introduces a list of the text's own.
 */
function contents(drafts: Draft[], above: boolean): void {
  const key = contentsKey;
  // the text's lines, read only for a text that has a table of contents
  let lines: Set<string> | undefined;
  // the label is the header's last line: the list that opens the body is its table of contents
  // when its items come back as the text's headings, and then navigation
  const first = drafts[0];
  if (above && first?.block.kind === 'list' && !first.decided) {
    const items = first.block.items;
    lines = new Set(drafts.slice(1).filter((d) => d.block.kind === 'text').map((d) => key(d.text)));
    if (items.some((item) => lines!.has(key(item.text)))) {
      first.decided = { keep: false, kind: 'navigation', evidence: 'a table of contents: its items come back below, as headings' };
      first.cls = 'bad';
    }
  }
  drafts.forEach((draft, i) => {
    const next = drafts[i + 1]?.block;
    if (draft.block.kind !== 'text' || !draft.decided || !matchRule(draft.text)?.contents || next?.kind !== 'list') return;
    lines ??= new Set(drafts.filter((d) => d.block.kind === 'text').map((d) => key(d.text)));
    if (next.items.some((item) => lines!.has(key(item.text)))) return;
    delete draft.decided;
    draft.introducesOwnList = true;
    draft.cls = 'near-good';
    draft.why = 'introduces the list under it, whose items come back nowhere in the text: no table of contents';
  });
}

/** A short line next to a photo's file name or credit is its caption. */
function captions(drafts: Draft[]): void {
  drafts.forEach((draft, i) => {
    if (draft.decided || draft.block.kind !== 'text' || draft.features.chars > 250) return;
    const before = drafts[i - 1]?.decided?.kind;
    const after = drafts[i + 1]?.decided?.kind;
    if (before === 'image-file' || after === 'photo-credit' || (before === 'photo-credit' && after === 'image-file')) {
      draft.decided = { keep: false, kind: 'photo-caption', evidence: `next to a photo's ${before === 'image-file' ? 'file name' : 'credit'}` };
    }
  });
}

const ADDRESSES_READER = /(?<!\p{L})(?:vous|vos|votre|découvrez|téléchargez|profitez|inscrivez-vous)(?!\p{L})/iu;

/** Kinds a section of chrome takes in: a photo under a heading of chrome is the section's, and
 *  so is a teaser's date or byline under "À lire aussi". */
const ABSORBED = new Set<DroppedKind>(['boilerplate', 'image-file', 'photo-credit', 'photo-caption']);
const ABSORBED_BY_TEASERS = new Set<DroppedKind>([...ABSORBED, 'date-line', 'byline', 'reading-time']);
const ABSORBED_BY_CONTACTS = new Set<DroppedKind>([...ABSORBED, 'author-bio']);

/** Chrome that stands between two paragraphs of the article, not around it: it does not
 *  count as a neighbour (an ad or a "Lire aussi" link between paragraphs). */
const INTERSTITIAL = new Set<DroppedKind>(['advertising', 'read-also', 'photo-caption', 'photo-credit', 'image-file', 'share', 'navigation', 'label', 'reading-time', 'byline', 'date-line']);

function isInterstitial(decision: Decision | undefined): boolean {
  return decision !== undefined && !decision.keep && (INTERSTITIAL.has(decision.kind) || decision.interstitial === true);
}

/** A heading of chrome passes its kind to the short, non-prose blocks under it. */
function sections(drafts: Draft[]): void {
  let section: Decision | undefined;
  let sectionKind: DroppedKind | undefined;
  for (const draft of drafts) {
    const rule = draft.block.kind === 'text' && !draft.introducesOwnList ? matchRule(draft.text) : undefined;
    if (rule?.opensSection) {
      sectionKind = rule.kind;
      section = draft.decided;
      continue;
    }
    if (!sectionKind || !section) continue;
    const absorbed = sectionKind === 'read-also' ? ABSORBED_BY_TEASERS : sectionKind === 'press-contact' ? ABSORBED_BY_CONTACTS : ABSORBED;
    if (draft.decided && (draft.decided.keep || (!absorbed.has(draft.decided.kind) && !draft.decided.weak))) {
      // another piece of chrome ends the section, unless it is of the section's own kind
      if (draft.decided.kind !== sectionKind) sectionKind = undefined;
      continue;
    }
    const next = drafts[drafts.indexOf(draft) + 1];
    // a heading with prose under it starts the article again
    const headsProse = draft.headingShaped && draft.block.kind === 'text' && !isProse(draft.text) && next !== undefined && !next.decided && next.cls === 'good';
    const underIt =
      headsProse
        ? false
        : sectionKind === 'about'
        ? true
        : sectionKind === 'press-contact'
          ? draft.features.chars <= 160 || /@|\d{2}[\s.]\d{2}[\s.]\d{2}/u.test(draft.text)
          : !isProse(draft.text) || draft.features.chars <= 160;
    // under an ad's label, a heading over prose is the article's again, unless it speaks to the
    // reader as a promotion does ("le guide pour sécuriser vos environnements")
    const promotes = sectionKind === 'advertising' && !isProse(draft.text) && (!headsProse || ADDRESSES_READER.test(draft.text));
    if (underIt || promotes) {
      draft.decided = { keep: false, kind: sectionKind, evidence: `under a "${sectionKind}" heading` };
      draft.cls = 'bad';
      // a sponsored block is one title or teaser: what follows is the article again
      if (sectionKind === 'advertising') sectionKind = undefined;
    } else {
      sectionKind = undefined;
    }
  }
}

/** jusText's context-sensitive pass, with headings. Before the first block stands the page's
 *  header when the header reader found one (`afterHeader`): the article starts there. */
function revise(drafts: Draft[], afterHeader: boolean): void {
  for (const d of drafts) if (d.decided && !d.decided.keep) d.cls = 'bad';
  // A text made only of short paragraphs (a brief, a post) has no long block to anchor it:
  // its prose stands for the article.
  const anchored = () => drafts.some((d) => !d.decided && d.cls === 'good');
  for (const promote of [(d: Draft) => d.cls === 'near-good' && isProse(d.text), (d: Draft) => d.features.terminal && d.features.chromeDensity === 0]) {
    if (anchored()) break;
    for (const d of drafts) {
      if (d.decided || d.block.kind !== 'text' || !promote(d)) continue;
      d.cls = 'good';
      d.why += ', in a text with no longer block';
    }
  }
  const classOf = (i: number, skipNearGood: boolean, step: 1 | -1): ContextFree => {
    for (let j = i + step; j >= 0 && j < drafts.length; j += step) {
      const { cls, decided } = drafts[j]!;
      if (isInterstitial(decided) && drafts[j]!.block.kind === 'text') continue;
      if (cls === 'short' || (skipNearGood && cls === 'near-good')) continue;
      return cls;
    }
    return step === -1 && afterHeader ? 'good' : 'bad';
  };
  // a division of a legal text or a report ("Article premier", "Chapitre II") heads what follows,
  // even when what follows is the article's own heading
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.decided || d.block.kind !== 'text' || !DIVISION.test(d.text)) continue;
    const next = drafts[i + 1];
    if (next && !next.decided && next.block.kind === 'text' && next.features.startsUpper) {
      d.cls = 'good';
      d.heading = true;
      d.why = 'a heading: a division of the text (article, chapter, section)';
    }
  }
  // headings: a heading-shaped short line with prose right under it is good
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.decided || !d.headingShaped || d.features.chromeDensity > THRESHOLDS.maxChromeDensity) continue;
    // the prose under it, past an ad or a "Lire aussi" link between them
    let k = i + 1;
    while (isInterstitial(drafts[k]?.decided)) k++;
    const next = drafts[k];
    if (next && !next.decided && (next.cls === 'good' || next.cls === 'near-good' || next.block.kind !== 'text') && (next.block.kind !== 'text' || ((next.features.terminal || next.features.introduces) && next.features.startsUpper))) {
      d.cls = 'good';
      d.heading = true;
      d.why = 'a heading: a short line right above prose';
    }
  }
  const revised = drafts.map((d, i) => {
    if (d.decided || d.cls !== 'short') return d.cls;
    const prev = classOf(i, true, -1);
    const next = classOf(i, true, 1);
    if (prev === 'good' && next === 'good') return 'good';
    // a short line that ends with a comma goes on into the prose under it ("Le Premier ministre," over "Sur le rapport de…")
    if (/,$/u.test(d.text) && (drafts[i + 1]?.cls === 'good' || drafts[i + 1]?.cls === 'near-good') && !drafts[i + 1]?.decided) return 'good';
    if (prev === 'bad' && next === 'bad') return 'bad';
    if ((prev === 'bad' && classOf(i, false, -1) === 'near-good') || (next === 'bad' && classOf(i, false, 1) === 'near-good')) return 'good';
    return 'bad';
  });
  revised.forEach((cls, i) => {
    const d = drafts[i]!;
    if (d.cls === 'short') {
      d.why += cls === 'good' ? ', between article blocks' : ', among page chrome';
      d.cls = cls;
    }
  });
  const nearGood = drafts.map((d, i) => {
    if (d.decided || d.cls !== 'near-good') return d.cls;
    const prev = classOf(i, true, -1);
    const next = classOf(i, true, 1);
    return prev === 'bad' && next === 'bad' ? 'bad' : 'good';
  });
  nearGood.forEach((cls, i) => {
    const d = drafts[i]!;
    if (d.cls === 'near-good') {
      d.why += cls === 'good' ? ', next to article blocks' : ', between blocks of chrome';
      d.cls = cls;
    }
  });
}

function finish(drafts: Draft[], context: ClassifyContext): Decision[] {
  const decisions = drafts.map((d): Decision => {
    if (d.decided) return d.decided;
    if (d.cls !== 'good') return { keep: false, kind: 'boilerplate', evidence: d.why };
    if (d.block.kind === 'list') return { keep: true, kind: 'list', evidence: d.why };
    if (d.block.kind === 'table') return { keep: true, kind: 'table', evidence: d.why };
    return { keep: true, kind: d.heading ? 'heading' : 'paragraph', evidence: d.why };
  });
  // An interview: the interviewer's questions, each followed by an answer.
  //    Where the turns are set after names, the interviewer's are questions, whatever their end.
  const asked = (i: number) => (context.interviewer !== undefined && turnOf(drafts[i]!.text)?.name === context.interviewer) || (isQuestion(drafts[i]!.text) && answeredAt(decisions, drafts, i));
  const questionAt = decisions.flatMap((decision, i) => (decision.keep && drafts[i]!.block.kind === 'text' && asked(i) ? [i] : []));
  if (questionAt.length >= 2 || (context.interview && questionAt.length >= 1)) {
    for (const i of questionAt) decisions[i] = { keep: true, kind: 'question', evidence: 'a question, answered by the paragraph after it, in an interview' };
  }
  return decisions;
}

function isQuestion(text: string): boolean {
  return /\?(?:\s*[»"”)])*$/u.test(text) && text.length <= 400 && measure(text).sentences <= 3;
}

function answeredAt(decisions: Decision[], drafts: Draft[], i: number): boolean {
  for (let j = i + 1; j < decisions.length; j++) {
    const decision = decisions[j]!;
    if (!decision.keep) continue;
    return drafts[j]!.block.kind !== 'text' || !isQuestion(drafts[j]!.text);
  }
  return false;
}

function ruleDecision(rule: ChromeRule, text: string): Decision {
  const folded = ruleText(text);
  const outlet = outletNamed(rule, text);
  const attribution = rule.attribution?.exec(folded)?.[1];
  return {
    keep: false,
    kind: rule.kind,
    evidence: `phrase of page chrome (${rule.kind})`,
    ...(rule.interstitial ? { interstitial: true } : {}),
    ...(outlet ? { outlet } : {}),
    ...(attribution ? { attribution } : {}),
  };
}

/** A sub-heading: short, a capital or digit first, no final punctuation but a question mark. */
export function isHeadingShaped(text: string): boolean {
  // (longer than a heading: no need to count its words)
  if (text.length > 100) return false;
  const words = text.split(/\s+/).length;
  // a heading may quote ("Le pari des offres « hybrides »") or be a short quotation
  // ("« Un cheval de Troie »"); a longer line that is one quotation is a quoted sentence
  const closesQuote = /»$/u.test(text) && text.includes('«');
  if (/^[«“"]/u.test(text) && words > 8) return false;
  return text.length <= 100 && words >= 1 && words <= 14 && isTitleShaped(text) && (closesQuote || !/[!»"”)\]]$/u.test(text)) && !(words === 1 && text.length < 4);
}

/**
 * The author box at the end of the page: the author's name alone, "Par <author>", or the
 * short job title under the name ("Journaliste-reporter, responsable de l'actu").
 */
function isAuthorBio(text: string, authors: string[], previous: string | undefined, inTail: boolean): boolean {
  const line = text.trim();
  return authors.some((author) => {
    if (line === author) return true;
    const byline = readByline(line);
    if (byline?.authors.includes(author) && line.length <= author.length + 80) return true;
    if (line.startsWith(`${author} est `) && line.length <= 400) return true;
    // under the author's name at the end, or under a byline that names them ("Written by …"): a job title, or a short bio
    const above = previous?.trim();
    if (above !== author && !(inTail && above && readByline(above)?.authors.includes(author) && above.length <= author.length + 20)) return false;
    return line.length <= 400;
  });
}

/** The title, written again: as the header read it, or as its line stands. */
function isTitle(text: string, context: ClassifyContext): boolean {
  return (context.title !== undefined && fold(text) === fold(context.title)) || (context.titleLine !== undefined && fold(text) === fold(context.titleLine));
}

/**
 * "Article premier", "Article 12 bis", "Chapitre II", "Section 3 — Définitions": a division's
 * heading. Not "Article 1er : La requête est rejetée.", an article written on its line: what
 * follows the number is a name, which no sentence's stop ends.
 */
const DIVISION = /^(?:article|art\.|chapitre|titre|section|sous-section|annexe)\s+(?:premier|première|1er|unique|\d{1,3}(?:\s*(?:bis|ter|quater))?|[IVXLC]{1,6})\.?(?:\s*[-–—:.]\s*\p{Lu}.{0,80}(?<![.!?;…]))?$/iu;

/** A byline is a short line: "Par Jean Dupont et Marie Martin, envoyés spéciaux". */
const BYLINE_LENGTH = 120;

function nextShortName(blocks: Block[], i: number): string | undefined {
  const next = blockText(blocks[i + 1]);
  return next && next.length < 80 && !/[.!?]$/u.test(next) ? next : undefined;
}

function blockText(block: Block | undefined): string {
  return block?.kind === 'text' ? block.units[0].text : '';
}

function fold(text: string): string {
  return lineKey(text);
}

function pct(share: number): string {
  return `${Math.round(share * 100)} %`;
}

