// Conversion throughput (issue 5: ≥ 20 MB/s of seed text with 100+ terms and 100+ actors).
// Not a test and not the bench: a quick before/after probe for the build step.
//
//   node scripts/measure-conversion.ts [megabytes=5]
//
// It makes a throwaway project in a temp dir: the five real seeds repeated and varied (each
// copy gets a paragraph naming synthetic terms and actors, so the matchers do real work)
// up to ~5 MB, content/*.yaml extended with synthetic terms and actors to 100+ each. Then it
// times every stage on that corpus (the same calls as src/pipeline/index.ts, one stage at a
// time) and the whole runPipeline, and prints MB/s of seed text for each.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { readSeeds } from '../src/pipeline/read.ts';
import { decode } from '../src/pipeline/decode.ts';
import { parse } from '../src/pipeline/parse.ts';
import { clean } from '../src/pipeline/clean.ts';
import { segment } from '../src/pipeline/segment.ts';
import { annotate, compileMatcher } from '../src/pipeline/annotate.ts';
import { extract } from '../src/pipeline/extract.ts';
import { citedArticles, indexArticle } from '../src/pipeline/evidence.ts';
import { collect } from '../src/pipeline/collect.ts';
import { emit } from '../src/pipeline/emit.ts';
import { verifyMdx } from '../src/pipeline/verify-mdx.ts';
import { runPipeline } from '../src/pipeline/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const targetBytes = Number(process.argv[2] ?? 5) * 1e6;
const SYNTHETIC = 120; // terms and actors added on top of the curated ones
const RUNS = 3;

// Pseudo-words from a fixed syllable list: distinct, never a French word, never inside another.
const SYLLABLES = ['ka', 'ro', 'vi', 'du', 'ne', 'sa', 'lo', 'mi', 'tu', 'be', 'zo', 'fa'];
const word = (n: number): string => {
  let s = '';
  for (let k = n + 20; k > 0; k = Math.floor(k / SYLLABLES.length)) s += SYLLABLES[k % SYLLABLES.length];
  return s;
};
const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

function makeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'measure-conversion-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true, filter: (p) => !/content\/(articles|generated)/.test(p) });
  const yaml = (file: string): Record<string, unknown>[] => parseYaml(readFileSync(join(root, 'content', file), 'utf8')) as Record<string, unknown>[];

  const glossary = yaml('glossary.yaml');
  const actors = yaml('actors.yaml');
  for (let i = 0; i < SYNTHETIC; i++) {
    glossary.push({
      id: `synth-term-${i}`,
      label: `norme ${word(i)}`,
      forms: [`normes ${word(i)}`],
      short: 'Terme synthétique pour la mesure du débit de conversion.',
      long: 'Terme synthétique ajouté par scripts/measure-conversion.ts pour que les matchers travaillent avec plus de cent entrées.',
      sources: [{ title: 'mesure' }],
    });
    actors.push({
      id: `synth-actor-${i}`,
      name: `${cap(word(i))} Systèmes`,
      kind: 'company',
      country: 'FR',
      aliases: [cap(word(i + 500))],
      description: 'Acteur synthétique ajouté par scripts/measure-conversion.ts pour la mesure du débit.',
    });
  }
  writeFileSync(join(root, 'content/glossary.yaml'), stringify(glossary));
  writeFileSync(join(root, 'content/actors.yaml'), stringify(actors));

  // Seeds: the five real ones, then varied copies until the corpus reaches the target size.
  mkdirSync(join(root, 'seeds'));
  const seeds = readSeeds(ROOT).map((s) => ({ name: s.name, text: Buffer.from(s.bytes).toString('utf8') }));
  const sources = yaml('sources.yaml');
  let total = 0;
  for (const seed of seeds) {
    writeFileSync(join(root, 'seeds', `${seed.name}.txt`), seed.text);
    total += Buffer.byteLength(seed.text);
  }
  for (let copy = 1; total < targetBytes; copy++) {
    for (const seed of seeds) {
      const a = (copy * 7) % SYNTHETIC;
      const b = (copy * 13 + 5) % SYNTHETIC;
      const extra =
        `\n\nEn mars ${2013 + (copy % 12)}, ${cap(word(a))} Systèmes a rejoint la norme ${word(b)} ; ` +
        `selon ${cap(word(b + 500))}, les normes ${word(a)} « {restent} <fragiles> » et *rien* n’est joué. ` +
        `Le ${1 + (copy % 28)} juin ${2014 + (copy % 10)}, l’accord avec ${cap(word((a + b) % SYNTHETIC))} Systèmes a été signé.\n`;
      const text = seed.text.replace(/\s*$/, '') + extra;
      const name = `${seed.name}-${String(copy).padStart(4, '0')}`;
      writeFileSync(join(root, 'seeds', `${name}.txt`), text);
      const source = sources.find((s) => s.article === seed.name);
      // a copy needs what its original's entry supplies (date, title), not the editor's note
      if (source) sources.push({ ...source, article: name, note: undefined });
      total += Buffer.byteLength(text);
    }
  }
  writeFileSync(join(root, 'content/sources.yaml'), stringify(sources));
  return root;
}

// CPU time of this process (user + system), not wall time: the machines running this are
// shared and often loaded far beyond their cores, and wall time then measures the neighbours.
const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const time = <T>(fn: () => T): [T, number] => {
  const t0 = cpuSeconds();
  const value = fn();
  return [value, cpuSeconds() - t0];
};

async function main(): Promise<void> {
  const root = makeProject();
  try {
    const seeds = readSeeds(root);
    const bytes = seeds.reduce((n, s) => n + s.bytes.length, 0);
    const mb = bytes / 1e6;
    const [loaded, tKnowledge] = time(() => loadKnowledge(root));
    if (loaded.problems.length) throw new Error(`synthetic knowledge does not load: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
    const { knowledge } = loaded;
    console.log(`corpus: ${seeds.length} files, ${mb.toFixed(2)} MB; ${knowledge.terms.length} terms, ${knowledge.actors.length} actors`);
    console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

    const [matchers, tCompile] = time(() => ({
      terms: compileMatcher(knowledge.terms.map((t) => ({ id: t.id, forms: [t.label, ...t.forms], caseSensitive: t.caseSensitive }))),
      actors: compileMatcher(knowledge.actors.map((a) => ({ id: a.id, forms: [a.name, ...a.aliases], caseSensitive: a.caseSensitive }))),
    }));

    // Each measurement RUNS times, the fastest kept: on a shared machine the slower runs
    // measure the neighbours.
    const cited = citedArticles(knowledge);
    const stages: Record<string, number> = {};
    let tTotal = Infinity;
    let wall = Infinity;
    let outputSize = '';
    for (let run = 0; run < RUNS; run++) {
      const thisRun: Record<string, number> = {};
      const add = <T>(stage: string, fn: () => T): T => {
        const [value, seconds] = time(fn);
        thisRun[stage] = (thisRun[stage] ?? 0) + seconds;
        return value;
      };
      const mdxFiles: string[] = [];
      const collected: ReturnType<typeof collect>[] = [];
      let slugN = 0;
      for (const seed of seeds) {
        const decoded = add('decode', () => decode(seed));
        if (!decoded.ok) throw new Error(`${seed.path}: does not decode`);
        const source = knowledge.sources.find((s) => s.article === seed.name);
        const parsed = add('parse', () => parse(seed.name, seed.path, decoded.text, source));
        if (!parsed.ok) throw new Error(`${seed.path}: ${JSON.stringify(parsed.problems)}`);
        const article = add('clean', () => clean(parsed.article));
        const segmented = add('segment', () => segment(article.blocks));
        const segments = add('annotate', () => annotate(segmented, matchers));
        const extracted = add('extract', () => extract(seed.name, segments, article.date));
        if (cited.has(seed.name)) add('evidence index', () => indexArticle(segments));
        const data = add('collect', () => collect({ seed, slug: `a-${slugN++}`, article, segments, extracted, warnings: [] }));
        collected.push(data);
        const mdx = add('emit (serialise)', () => emit(data.frontmatter, segments));
        const issues = add('emit (verify)', () => verifyMdx(mdx));
        if (issues.length) throw new Error(`${seed.path}: ${issues[0]}`);
        mdxFiles.push(mdx);
      }
      const jsonBytes = add('JSON', () => {
        const json = (value: unknown): string => `${JSON.stringify(value)}\n`; // as src/pipeline/index.ts
        const values = [collected.map((c) => c.record), collected.flatMap((c) => c.mentions), collected.flatMap((c) => c.termUses), collected.flatMap((c) => c.dates), collected.flatMap((c) => c.coMentions)];
        return values.reduce((n, v) => n + json(v).length, 0);
      });
      if (run === 0) outputSize = `output: ${(mdxFiles.reduce((n, m) => n + m.length, 0) / 1e6).toFixed(1)} M characters of MDX, ${(jsonBytes / 1e6).toFixed(1)} M of JSON (without evidence and report)`;

      for (const [stage, seconds] of Object.entries(thisRun)) stages[stage] = Math.min(stages[stage] ?? Infinity, seconds);

      const t0 = cpuSeconds();
      const w0 = performance.now();
      const result = await runPipeline({ root, log: () => {}, error: () => {} });
      wall = Math.min(wall, (performance.now() - w0) / 1000);
      tTotal = Math.min(tTotal, cpuSeconds() - t0);
      if (!result.ok) throw new Error(`runPipeline failed: ${result.problems.slice(0, 3).join('; ')}`);
    }

    const row = (name: string, seconds: number): string => `${name.padEnd(22)} ${(seconds * 1000).toFixed(0).padStart(7)} ms ${(mb / seconds).toFixed(1).padStart(8)} MB/s`;
    console.log(outputSize);
    console.log(row('knowledge (once)', tKnowledge));
    console.log(row('compile matchers', tCompile));
    for (const [name, seconds] of Object.entries(stages)) console.log(row(name, seconds));
    const sum = Object.values(stages).reduce((a, b) => a + b, 0);
    console.log(row('sum of stages', sum));
    console.log(row('runPipeline (total)', tTotal));
    console.log(row('  (wall clock)', wall));
    console.log(`(CPU seconds of this process unless marked wall clock, fastest of ${RUNS} runs; MB/s = MB of seed text / seconds)`);
    console.log(`target ≥ 20 MB/s: ${mb / tTotal >= 20 ? 'met' : 'not met'}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
