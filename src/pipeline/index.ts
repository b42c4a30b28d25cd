// The build step, narrated: read → decode → parse (the layout: header, structure, chrome) →
// segment → annotate → extract → estimate (a missing date) → evidence → collect → emit → write →
// report. Problems are collected from every file; if there is any, nothing is written and they
// are all printed together.
import { createHash } from 'node:crypto';
import type { Knowledge } from '../model/knowledge.ts';
import type { ReportEntry } from '../model/generated.ts';
import { formatProblem, problem, type Problem } from '../lib/errors.ts';
import { normalizeForComparison } from '../lib/text.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSeeds, type SeedFile } from './read.ts';
import { assignUrls, readUrls, URLS_FILE, writeUrls } from './urls.ts';
import { decode } from './decode.ts';
import { parse } from './parse.ts';
import { estimateDate } from './estimate.ts';
import type { ParsedArticle } from './parse.ts';
import { segment } from './segment.ts';
import { annotate, compileMatcher, type AnnotatedSegment, type Matchers } from './annotate.ts';
import { extract, type Extracted } from './extract.ts';
import { citedArticles, indexArticle, resolveEvidence } from './evidence.ts';
import { emit } from './emit.ts';
import { verifyMdx } from './verify-mdx.ts';
import { writeOutput } from './write.ts';
import { collect, type ConvertedArticle } from './collect.ts';
import { reportEntry, summaryLines, candidateLine } from './report.ts';
import { findCandidates } from './candidates.ts';
import { hasSentences } from './segment.ts';

export interface PipelineOptions {
  /** the project root: seeds/ and content/ are read from it, content/generated written */
  root: string;
  /** where the summary goes (default: console.log); problems go to `error` */
  log?: (line: string) => void;
  error?: (line: string) => void;
}

export interface PipelineResult {
  ok: boolean;
  /** every problem, formatted `file:line: message` */
  problems: string[];
  warnings: string[];
  report: ReportEntry[];
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const { root } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const error = options.error ?? ((line: string) => console.error(line));
  const problems: Problem[] = [];
  const report: ReportEntry[] = [];

  // 1. Curated knowledge: content/*.yaml, validated and cross-checked.
  const loaded = loadKnowledge(root);
  problems.push(...loaded.problems);
  const { knowledge } = loaded;

  // 2. The matchers, compiled once for the whole run.
  const matchers = compileMatchers(knowledge);

  // 3. Read seeds/: every entry accounted for; convert each text as far as it goes, keeping its
  //    problems; the same text under two names is published once.
  const folder = readSeeds(root);
  const { seeds } = folder;
  problems.push(...folder.problems);
  if (seeds.length === 0 && folder.problems.length === 0) problems.push(problem('seeds/', undefined, 'no .txt article found; drop the articles into seeds/'));
  const notes: string[] = folder.skipped.map((s) => `${s.path}: not read: ${s.reason}`);
  for (const skipped of folder.skipped) report.push({ file: skipped.path, status: 'skipped', warnings: [skipped.reason], errors: [], dropped: [], counts: {} });
  const byName = new Map<string, SeedFile>();
  for (const seed of seeds) {
    const other = byName.get(seed.name);
    if (other) problems.push(problem(seed.path, undefined, `has the same name as ${other.path} once its extension is set aside; rename one of them`));
    else byName.set(seed.name, seed);
  }
  const urls = readUrls(root);
  problems.push(...urls.problems);
  const converted: Omit<ConvertedArticle, 'slug'>[] = [];
  const byText = new Map<string, SeedFile>();
  for (const seed of seeds) {
    const result = convert(seed, knowledge, matchers);
    if (!result.ok) {
      problems.push(...result.problems);
      report.push({ file: seed.name, status: 'error', warnings: result.warnings, errors: result.problems.map(formatProblem), dropped: [], counts: {} });
      continue;
    }
    // one text, two file names: published once, under the name that has an address already
    // (else the first in name order), and the build says which
    const twin = byText.get(result.fingerprint);
    if (twin) {
      const [kept, dropped] = urls.register.has(seed.name) && !urls.register.has(twin.name) ? [seed, twin] : [twin, seed];
      if (kept === seed) converted.splice(converted.findIndex((c) => c.seed === twin), 1, { ...result, seed });
      byText.set(result.fingerprint, kept);
      notes.push(`${dropped.path}: the same text as ${kept.path}; published once, from ${kept.path}; remove one of the two`);
      report.push({ file: dropped.name, status: 'duplicate', warnings: [`the same text as ${kept.path}`], errors: [], dropped: [], counts: {} });
      continue;
    }
    byText.set(result.fingerprint, seed);
    if (seed.bytes.length > LARGE_TEXT) result.warnings.push(`${seed.path}: ${kilobytes(seed.bytes.length)} of text, far more than a news article: check that it is one article; its page is long, and the site's lists show only a few of its sentences`);
    converted.push({ ...result, seed });
  }

  // 3b. Each article's address: kept from content/urls.yaml, or given from its title.
  const assignment = assignUrls(converted.map((c) => ({ file: c.seed.name, path: c.seed.path, title: c.article.title })), urls.register, new Set(seeds.map((s) => s.name)));
  notes.push(...assignment.notes);
  const articlesInOrder: ConvertedArticle[] = converted.map((c) => ({ ...c, slug: assignment.slugs.get(c.seed.name)! }));

  // 4. Evidence: every relation and event quote must be in its article's cleaned text.
  //    Only the articles that a quote cites are indexed: normalising every article for the
  //    search cost as much as a whole stage, for the few that relations and events quote.
  const cited = citedArticles(knowledge);
  const searchable = new Map(articlesInOrder.filter((c) => cited.has(c.seed.name)).map((c) => [c.seed.name, indexArticle(c.segments)]));
  const convertedNames = new Set(articlesInOrder.map((c) => c.seed.name));
  const failed = new Set(seeds.map((s) => s.name).filter((name) => !convertedNames.has(name)));
  const evidence = resolveEvidence(knowledge, searchable, loaded.where, failed, convertedNames);
  problems.push(...evidence.problems);
  // A relation with no date of its own holds as of the articles that state it: at least one
  // of them must have a date, or the relation says when it held itself.
  const dateOf = new Map(articlesInOrder.map((c) => [c.seed.name, c.article.date]));
  knowledge.relations.forEach((relation, index) => {
    if (relation.date || relation.from || relation.until) return;
    const quoted = relation.evidence.map((e) => e.article).filter((name) => dateOf.has(name));
    if (quoted.length === 0 || quoted.some((name) => dateOf.get(name)!.origin !== 'unknown')) return;
    problems.push(problem('content/relations.yaml', loaded.where.relations([index]), `relation "${relation.id}": no "date", "from" or "until", and the articles that state it have no date either, so nothing says when it held; give it a "date", or "from"/"until" with "sources", or a date to its article in content/sources.yaml`));
  });

  // 5. Emit: one MDX page per article (checked against the grammar the writer keeps to), and
  //    the data for pages and figures.
  const articles = new Map<string, string>();
  const collected = articlesInOrder.map((item) => {
    const data = collect(item);
    const mdx = emit(data.frontmatter, item.segments, { dates: item.extracted.datesBySentence });
    for (const issue of verifyMdx(mdx)) {
      problems.push(problem(item.seed.path, undefined, `${issue}; this is a bug in the build step, please report it with the file`));
    }
    articles.set(`${item.slug}.mdx`, mdx);
    report.push(reportEntry(item, data));
    return data;
  });

  const warnings = articlesInOrder.flatMap((c) => c.warnings);
  for (const warning of warnings) error(`warning: ${warning}`);
  for (const note of notes) error(`note: ${note}`);

  // 6. What to curate: names and acronyms, seen in two sentences or more, that content/ lacks.
  const candidates = findCandidates(
    articlesInOrder.map((c) => ({ file: c.seed.name, sentences: c.segments.filter(hasSentences).flatMap((s) => s.sentences.map(({ id, text, known }) => ({ id, text, known }))) })),
  );

  // 7. Any problem anywhere: write nothing, say everything.
  if (problems.length > 0) {
    const lines = problems.map(formatProblem);
    error(`\n${lines.length} problem${lines.length > 1 ? 's' : ''}; nothing was written (content/generated is unchanged):`);
    for (const line of lines) error(`  ${line}`);
    return { ok: false, problems: lines, warnings, report };
  }

  // 8. Write everything at once (atomic swap), then report.
  // Compact JSON: read by the site's build only (content/generated is gitignored); indented,
  // it was three times the seed text and its writing took longer than the whole conversion.
  const json = (value: unknown): string => `${JSON.stringify(value)}\n`;
  writeOutput(root, {
    articles,
    generated: new Map([
      ['articles.json', json(collected.map((c) => c.record))],
      ['mentions.json', json(collected.flatMap((c) => c.mentions))],
      ['term-uses.json', json(collected.flatMap((c) => c.termUses))],
      ['dates.json', json(collected.flatMap((c) => c.dates))],
      ['co-mentions.json', json(collected.flatMap((c) => c.coMentions))],
      ['evidence.json', json(evidence.evidence)],
      ['report.json', json(report)],
      ['candidates.json', json(candidates)],
    ]),
  });
  // the addresses of new articles, kept from now on (content/urls.yaml is committed)
  if (assignment.added.length > 0 || !existsSync(join(root, URLS_FILE))) {
    writeUrls(root, assignment.register);
    log(`${URLS_FILE}: ${assignment.added.length} new address${assignment.added.length > 1 ? 'es' : ''} kept for good; commit the file with the texts`);
  }
  for (const line of summaryLines(collected, report)) log(line);
  if (candidates.length) log(candidateLine(candidates));
  return { ok: true, problems: [], warnings, report };
}

export function compileMatchers(knowledge: Knowledge): Matchers {
  return {
    terms: compileMatcher(knowledge.terms.map((t) => ({ id: t.id, forms: [t.label, ...t.forms], caseSensitive: t.caseSensitive }))),
    actors: compileMatcher(knowledge.actors.map((a) => ({ id: a.id, forms: [a.name, ...a.aliases], caseSensitive: a.caseSensitive }))),
  };
}

export type Conversion =
  | { ok: true; article: ConvertedArticle['article']; segments: AnnotatedSegment[]; extracted: Extracted; warnings: string[]; fingerprint: string }
  | { ok: false; problems: Problem[]; warnings: string[] };

/** One seed through decode → parse → segment → annotate → extract → estimate. */
export function convert(seed: SeedFile, knowledge: Knowledge, matchers: Matchers): Conversion {
  // Bytes → text
  const decoded = decode(seed);
  if (!decoded.ok) return { ok: false, problems: decoded.problems, warnings: [] };
  // Text → title, standfirst, date, authors, blocks (chrome and comments dropped, reported)
  const source = knowledge.sources.find((s) => s.article === seed.name);
  const parsed = parse(seed.name, seed.path, decoded.text, source);
  if (!parsed.ok) return { ok: false, problems: parsed.problems, warnings: decoded.warnings };
  const article: ParsedArticle = parsed.article;
  // Blocks → paragraphs and lists of sentences (ids p<N>-s<M>) → terms and actors marked
  const segments = annotate(segment(article.blocks), matchers);
  // Sentences → dates and co-mentions
  const extracted = extract(seed.name, segments, article.date);
  // No date in the text nor in sources.yaml: estimate it from the dates the text cites
  const warnings = [...decoded.warnings, ...article.warnings];
  const date = article.date ?? estimateDate(segments, extracted.dates);
  if (!article.date) warnings.push(missingDateWarning(seed, date));
  return { ok: true, article: { ...article, date }, segments, extracted, warnings, fingerprint: fingerprint(decoded.text) };
}

/** A text's identity once white space and quotes are set aside: the same text under two names. */
function fingerprint(text: string): string {
  return createHash('sha256').update(normalizeForComparison(text)).digest('hex');
}

/** Texts longer than this are far beyond a news article (the corpus's run in the tens of KB). */
const LARGE_TEXT = 200 * 1024;

function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

function missingDateWarning(seed: SeedFile, date: ConvertedArticle['article']['date']): string {
  const how = `set "date" (YYYY, YYYY-MM or YYYY-MM-DD) for article "${seed.name}" in content/sources.yaml`;
  return date.origin === 'estimated'
    ? `${seed.path}: no publication date in the text; published as ${date.value} (estimated: the latest date it cites, sentence ${date.sentence}); ${how}`
    : `${seed.path}: no publication date in the text, nor any date to estimate it from; published as "date inconnue"; ${how}`;
}
