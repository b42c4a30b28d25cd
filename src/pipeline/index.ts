// The build step, narrated: read → decode → parse (the layout: header, structure, chrome) →
// segment → annotate → extract → estimate (a missing date) → evidence → collect → emit → write →
// report. Problems are collected from every file; if there is any, nothing is written and they
// are all printed together.
import type { ReportEntry } from '../model/generated.ts';
import { formatProblem, problem, type Problem } from '../lib/errors.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSeeds, type SeedFile } from './read.ts';
import { assignUrls, readUrls, URLS_FILE, writeUrls } from './urls.ts';
import { conversionInputs, matchForms, type Conversion } from './convert.ts';
import { convertAll, Helpers, threadsFor } from './convert-parallel.ts';
import { conversionCacheDir, conversionCodeVersion, conversionKey, folderConversionCache, type ConversionCache } from './conversion-cache.ts';
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
  /**
   * Keep each seed's conversion between runs, in node_modules/.cache/cloud-souverain/conversion/
   * (./conversion-cache.ts), and take it back while nothing it depends on changed. Default
   * true; false neither reads nor writes the cache (every seed is converted).
   */
  cache?: boolean;
  /** threads to convert on, this one included (default: by the bytes to convert, one per core at most) */
  threads?: number;
}

export interface PipelineResult {
  ok: boolean;
  /** every problem, formatted `file:line: message` */
  problems: string[];
  warnings: string[];
  report: ReportEntry[];
  /** how many seeds were converted by this run, and how many taken unchanged from the cache */
  conversions: { converted: number; reused: number };
}

export { compileMatchers, convert, type Conversion } from './convert.ts';

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const { root } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const error = options.error ?? ((line: string) => console.error(line));
  const problems: Problem[] = [];
  const report: ReportEntry[] = [];

  // 0. seeds/ read first: were none of its texts in the cache, would they be worth converting
  //    on several threads? Then those threads start now, loading their code while this one
  //    loads the knowledge; the ones the cache leaves nothing to do for are let go.
  const folder = readSeeds(root);
  const onDisk = folder.seeds.reduce((sum, seed) => sum + seed.bytes.length, 0);
  const helpers = new Helpers((options.threads ?? threadsFor(onDisk)) - 1);

  // 1. Curated knowledge: content/*.yaml, validated and cross-checked.
  const loaded = loadKnowledge(root);
  problems.push(...loaded.problems);
  const { knowledge } = loaded;

  // 2. What every conversion reads of the knowledge: the forms of the terms and actors.
  const forms = matchForms(knowledge);
  const cache = options.cache === false ? undefined : openCache(root, error);
  const used = new Set<string>();
  const conversions = { converted: 0, reused: 0 };

  // 3. The seeds read from seeds/: every entry accounted for; convert each text as far as it
  //    goes, keeping its problems; the same text under two names is published once.
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
  // Each seed's conversion: taken from the cache while nothing it depends on changed, else
  // converted, the texts shared out between the cores (./convert-parallel.ts).
  const jobs = seeds.map((seed) => {
    const inputs = conversionInputs(seed, knowledge, forms);
    const key = cache && conversionKey(seed, inputs, cache.code);
    if (key) used.add(key);
    return { seed, inputs, key, kept: key ? cache!.cache.get(key) : undefined };
  });
  const fresh = jobs.filter((job) => !job.kept);
  let made: Conversion[];
  try {
    made = await convertAll(fresh, forms, options.threads, helpers);
  } finally {
    helpers.release();
  }
  fresh.forEach((job, index) => {
    const conversion = made[index]!;
    job.kept = conversion;
    // kept as convert() made it, before this run adds its own warnings to it
    if (job.key) cache!.cache.put(job.key, conversion);
  });
  conversions.converted = fresh.length;
  conversions.reused = jobs.length - fresh.length;
  const conversionOf = new Map(jobs.map((job) => [job.seed, job.kept!]));

  const converted: Omit<ConvertedArticle, 'slug'>[] = [];
  const byText = new Map<string, SeedFile>();
  for (const seed of seeds) {
    const result = conversionOf.get(seed)!;
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
    return { ok: false, problems: lines, warnings, report, conversions };
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
  if (cache) {
    cache.cache.keepOnly(used);
    log(`conversion: ${conversions.converted} text${conversions.converted === 1 ? '' : 's'} converted, ${conversions.reused} unchanged since the last build taken from ${cache.shown} (CONTENT_CACHE=off converts them all)`);
  }
  return { ok: true, problems: [], warnings, report, conversions };
}

/** The project's conversion cache, and the version of the code that fills it. */
function openCache(root: string, error: (line: string) => void): { cache: ConversionCache; code: string; shown: string } | undefined {
  const code = conversionCodeVersion();
  const dir = conversionCacheDir(root);
  const shown = dir.startsWith(`${root}/`) ? dir.slice(root.length + 1) : dir;
  if (code.unknowable) {
    error(`note: the conversion cache is off: ${code.unknowable} imports a module named at run time, so the code a conversion depends on cannot be known ahead`);
    return undefined;
  }
  return { cache: folderConversionCache(dir, (message) => error(`warning: ${message}`)), code: code.version, shown };
}

/** Texts longer than this are far beyond a news article (the corpus's run in the tens of KB). */
const LARGE_TEXT = 200 * 1024;

function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
