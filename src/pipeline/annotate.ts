// Sentences → matches of glossary terms and, separately, of actor names.
//
// Matching rules:
//   - longest match wins, and no match starts inside another one (one left-to-right scan);
//   - a form with no lower-case letter (an acronym: "OIV", "RGPD") matches case-sensitively,
//     other forms case-insensitively, unless the entry says `caseSensitive`;
//   - whole words only, with Unicode letters and digits: no "cloud" in "OVHcloud"; a hyphen
//     joins words, so no "Gaia" in "Gaia-X" and no "Systems" in "T-Systems";
//   - French elision: in "l’Europe", "d’OVHcloud", "qu’", the match starts after the
//     apostrophe (’ or '); the apostrophe is not a letter, so this falls out of the rule above;
//   - white space in a form matches any run of white space (NBSP included), and ’ and ' match
//     each other.
// The matcher is compiled once (one regular expression built from a trie of all forms).
import type { Heading, List, Paragraph, Segment, Table } from './segment.ts';

export interface MatchEntry {
  id: string;
  forms: string[];
  caseSensitive?: boolean | undefined;
}

export interface Match {
  id: string;
  start: number;
  end: number;
  /** the text as written */
  text: string;
}

export interface Matcher {
  find(text: string): Match[];
}

interface Candidate {
  id: string;
  form: string;
  caseSensitive: boolean;
}

export function compileMatcher(entries: MatchEntry[]): Matcher {
  // key: the form folded (lower case, ’ → ', white space → one space)
  const candidates = new Map<string, Candidate[]>();
  for (const entry of entries) {
    for (const form of new Set(entry.forms.map((f) => f.trim()).filter(Boolean))) {
      const caseSensitive = entry.caseSensitive ?? !/\p{Ll}/u.test(form);
      const key = fold(form);
      const list = candidates.get(key) ?? [];
      list.push({ id: entry.id, form: normalizeSpacing(form), caseSensitive });
      candidates.set(key, list);
    }
  }
  if (candidates.size === 0) return { find: () => [] };

  const alternation = trieToPattern(buildTrie([...candidates.keys()]));
  // The start-of-word test is done in code, not as a lookbehind: a pattern that begins with
  // plain characters lets the engine skip quickly to the places where a form can start.
  const regex = new RegExp(`(?:${alternation})(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])`, 'giu');

  return {
    find(text: string): Match[] {
      const matches: Match[] = [];
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        if (m.index > 0 && WORD_BEFORE.test(text[m.index - 1]!)) {
          regex.lastIndex = m.index + 1;
          continue;
        }
        const written = m[0];
        const accepted = accept(candidates, written);
        if (accepted) {
          matches.push({ id: accepted.id, start: m.index, end: m.index + written.length, text: written });
        } else {
          // The longest form failed its case rule ("Oiv" for "OIV"): a shorter form may fit here.
          const shorter = shorterMatch(candidates, text, m.index, written.length);
          if (shorter) {
            matches.push(shorter);
            regex.lastIndex = shorter.end;
            continue;
          }
          regex.lastIndex = m.index + 1;
        }
      }
      return matches;
    },
  };
}

/** a letter, digit, underscore or hyphen before a form means it starts inside a word */
const WORD_BEFORE = /[\p{L}\p{N}_-]/u;

function accept(candidates: Map<string, Candidate[]>, written: string): Candidate | undefined {
  const list = candidates.get(fold(written));
  if (!list) return undefined;
  const asWritten = normalizeSpacing(written);
  return list.find((c) => !c.caseSensitive || c.form === asWritten);
}

function shorterMatch(candidates: Map<string, Candidate[]>, text: string, start: number, length: number): Match | undefined {
  for (let end = start + length - 1; end > start; end--) {
    if (/[\p{L}\p{N}_]/u.test(text[end] ?? '') || (text[end] === '-' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? ''))) continue;
    const written = text.slice(start, end);
    const accepted = accept(candidates, written);
    if (accepted) return { id: accepted.id, start, end, text: written };
  }
  return undefined;
}

function fold(text: string): string {
  return normalizeSpacing(text).toLowerCase();
}

function normalizeSpacing(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

function buildTrie(keys: string[]): TrieNode {
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const key of keys) {
    let node = root;
    for (const char of key) {
      let child = node.children.get(char);
      if (!child) {
        child = { children: new Map(), terminal: false };
        node.children.set(char, child);
      }
      node = child;
    }
    node.terminal = true;
  }
  return root;
}

/** A trie as a regular expression: common prefixes are tested once; longer branches first. */
function trieToPattern(node: TrieNode): string {
  const branches = [...node.children.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([char, child]) => charPattern(char) + trieToPattern(child))
    .filter((branch) => branch !== '');
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // a terminal node may stop here: the branches (longer) are tried first, greedily
  return node.terminal ? `(?:${body})?` : body;
}

function charPattern(char: string): string {
  if (char === ' ') return '\\s+';
  if (char === "'") return "['’]";
  return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// ── the stage ────────────────────────────────────────────────────────────────

/** A sentence with what the matchers found in it. */
export interface AnnotatedSentence {
  id: string;
  text: string;
  start: number;
  end: number;
  /** term matches to show as <Term> (first mention per section) */
  termMarks: Match[];
  /** every term used in the sentence (for "apparaît dans") */
  termIds: string[];
  /** every actor named in the sentence, in order of first appearance */
  actorIds: string[];
  /** where a known term or actor stands (half-open offsets): the rest may name what content/ lacks */
  known: Array<{ start: number; end: number }>;
}

export type AnnotatedSegment =
  | Heading
  | Table
  | (Omit<Paragraph, 'sentences'> & { sentences: AnnotatedSentence[] })
  | (Omit<List, 'sentences'> & { sentences: AnnotatedSentence[] });

export interface Matchers {
  terms: Matcher;
  actors: Matcher;
}

/** Segments → the same segments with term marks and actor mentions (headings and tables are never annotated). */
export function annotate(segments: Segment[], matchers: Matchers): AnnotatedSegment[] {
  const markedInSection = new Map<number, Set<string>>();
  return segments.map((segment): AnnotatedSegment => {
    if (segment.kind === 'heading' || segment.kind === 'table') return segment;
    const marked = markedInSection.get(segment.section) ?? new Set<string>();
    markedInSection.set(segment.section, marked);
    const sentences = segment.sentences.map((sentence): AnnotatedSentence => {
      const actorMatches = matchers.actors.find(sentence.text);
      // no term inside a longer actor name: "Cloud" is no term in "Google Cloud"
      const termMatches = matchers.terms
        .find(sentence.text)
        .filter((t) => !actorMatches.some((a) => a.start <= t.start && t.end <= a.end && a.end - a.start > t.end - t.start));
      const termMarks = termMatches.filter((match) => {
        if (marked.has(match.id)) return false;
        marked.add(match.id);
        return true;
      });
      return {
        ...sentence,
        termMarks,
        termIds: unique(termMatches.map((m) => m.id)),
        actorIds: unique(actorMatches.map((m) => m.id)),
        known: [...actorMatches, ...termMatches].map(({ start, end }) => ({ start, end })),
      };
    });
    return { ...segment, sentences };
  });
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
