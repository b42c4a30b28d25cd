// The conversion cache: each seed's conversion kept between runs, in a temporary project (the
// five real seeds, one of them twice under another name, and the small fixture knowledge).
// Every run with the cache must give, byte for byte, what a run without it gives.
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../../src/pipeline/index.ts';
import { conversionCacheDir, conversionCodeVersion } from '../../../src/pipeline/conversion-cache.ts';
import { FIXTURES, ROOT } from './golden.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function temporary(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A throwaway project: the five real seeds, the first again under another name, the fixture content. */
function project(): string {
  const root = temporary('conversion-cache-');
  cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
  const [first] = readdirSync(join(root, 'seeds')).sort();
  cpSync(join(root, 'seeds', first!), join(root, 'seeds', 'zz-the-same-text.txt'));
  cpSync(join(FIXTURES, 'pipeline/content'), join(root, 'content'), { recursive: true });
  return root;
}

/** A copy of a project as it stands, without its cache nor its output. */
function copy(root: string): string {
  const other = temporary('conversion-cache-copy-');
  cpSync(join(root, 'seeds'), join(other, 'seeds'), { recursive: true });
  cpSync(join(root, 'content'), join(other, 'content'), { recursive: true, filter: (path) => !path.includes('generated') });
  return other;
}

interface Run extends PipelineResult {
  errors: string[];
  files: Record<string, string>;
}

async function run(root: string, cache?: boolean): Promise<Run> {
  const errors: string[] = [];
  const result = await runPipeline({ root, log: () => {}, error: (line) => errors.push(line), ...(cache === undefined ? {} : { cache }) });
  return { ...result, errors, files: snapshot(root) };
}

/** Every output file: path → content (and content/urls.yaml, which a run may write). */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dir of ['content/generated/articles', 'content/generated']) {
    if (!existsSync(join(root, dir))) continue;
    for (const name of readdirSync(join(root, dir), { withFileTypes: true })) if (name.isFile()) files[`${dir}/${name.name}`] = readFileSync(join(root, dir, name.name), 'utf8');
  }
  if (existsSync(join(root, 'content/urls.yaml'))) files['content/urls.yaml'] = readFileSync(join(root, 'content/urls.yaml'), 'utf8');
  return files;
}

/** What a run without any cache gives on the same project (in a copy of it). */
async function uncached(root: string): Promise<Record<string, string>> {
  const other = copy(root);
  const result = await run(other, false);
  expect(result.ok).toBe(true);
  return result.files;
}

const entries = (root: string) => (existsSync(conversionCacheDir(root)) ? readdirSync(conversionCacheDir(root)).sort() : []);

describe('the conversion cache', () => {
  it('converts nothing the second time, and writes the same bytes', async () => {
    const root = project();
    const first = await run(root);
    expect(first.ok).toBe(true);
    expect(first.conversions).toEqual({ converted: 6, reused: 0 });
    expect(entries(root)).toHaveLength(6);
    const second = await run(root);
    expect(second.conversions).toEqual({ converted: 0, reused: 6 });
    expect(second.files).toEqual(first.files);
    expect(second.report).toEqual(first.report);
    expect(second.errors).toEqual(first.errors);
    // the twin is still published once, and said so
    expect(second.report.filter((r) => r.status === 'duplicate')).toHaveLength(1);
    expect(first.files).toEqual(await uncached(root));
  });

  it('converts again the one seed that changed, and only it', async () => {
    const root = project();
    await run(root);
    const [seed] = readdirSync(join(root, 'seeds')).sort();
    appendFileSync(join(root, 'seeds', seed!), '\nUne phrase ajoutée à la fin du texte, qui parle du Cloud Act.\n');
    const after = await run(root);
    expect(after.conversions).toEqual({ converted: 1, reused: 5 });
    expect(after.files).toEqual(await uncached(root));
    // the old entry of that seed is gone: the folder holds the current seeds' only
    expect(entries(root)).toHaveLength(6);
  });

  it('converts again a seed renamed, a new seed, and forgets a removed one', async () => {
    const root = project();
    await run(root);
    const seeds = readdirSync(join(root, 'seeds')).sort();
    cpSync(join(root, 'seeds', seeds[1]!), join(root, 'seeds', `renamed-${seeds[1]}`));
    rmSync(join(root, 'seeds', seeds[1]!));
    rmSync(join(root, 'seeds', 'zz-the-same-text.txt'));
    const after = await run(root);
    expect(after.ok).toBe(true);
    expect(after.conversions).toEqual({ converted: 1, reused: 4 });
    expect(entries(root)).toHaveLength(5);
    expect(after.files).toEqual(await uncached(root));
  });

  it('converts every text again when a glossary term or an actor changes its forms', async () => {
    const root = project();
    await run(root);
    const glossary = join(root, 'content/glossary.yaml');
    writeFileSync(glossary, readFileSync(glossary, 'utf8').replace('  label: Cloud Act\n', '  label: Cloud Act\n  forms: [CLOUD Act, loi américaine]\n'));
    const term = await run(root);
    expect(term.ok).toBe(true);
    expect(term.conversions).toEqual({ converted: 6, reused: 0 });
    expect(term.files).toEqual(await uncached(root));

    const actors = join(root, 'content/actors.yaml');
    const text = readFileSync(actors, 'utf8');
    const aliases = /^ {2}aliases: \[(.+)\]$/m.exec(text)!;
    writeFileSync(actors, text.replace(aliases[0], `  aliases: [${aliases[1]}, Un autre nom encore]`));
    const actor = await run(root);
    expect(actor.ok, actor.problems.join('\n')).toBe(true);
    expect(actor.conversions).toEqual({ converted: 6, reused: 0 });
    expect(actor.files).toEqual(await uncached(root));
  });

  it('converts again the text whose content/sources.yaml entry changed, and only it', async () => {
    const root = project();
    await run(root);
    const sources = join(root, 'content/sources.yaml');
    const text = readFileSync(sources, 'utf8');
    const article = /^- article: (\S+)$/m.exec(text)![1]!;
    writeFileSync(sources, `${text.trimEnd()}\n  title: Un titre choisi par la rédaction\n`);
    const after = await run(root);
    expect(after.ok, after.problems.join('\n')).toBe(true);
    expect(after.conversions).toEqual({ converted: 1, reused: 5 });
    expect(JSON.parse(after.files['content/generated/articles.json']!).find((a: { file: string }) => a.file === article).title).toBe('Un titre choisi par la rédaction');
    expect(after.files).toEqual(await uncached(root));
  });

  it('converts nothing again for a change the conversion does not read (relations), and the output still follows it', async () => {
    const root = project();
    await run(root);
    const relations = join(root, 'content/relations.yaml');
    const text = readFileSync(relations, 'utf8');
    const label = /^ {2}label: (.+)$/m.exec(text)![0];
    writeFileSync(relations, text.replace(label, `${label} (libellé revu)`));
    const after = await run(root);
    expect(after.ok, after.problems.join('\n')).toBe(true);
    expect(after.conversions).toEqual({ converted: 0, reused: 6 });
    expect(after.files).toEqual(await uncached(root));
  });

  it('ignores a damaged or cut entry and converts that text again', async () => {
    const root = project();
    const first = await run(root);
    const [damaged, cut, empty] = entries(root).map((entry) => join(conversionCacheDir(root), entry));
    const bytes = readFileSync(damaged!);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    writeFileSync(damaged!, bytes);
    writeFileSync(cut!, readFileSync(cut!).subarray(0, 100));
    writeFileSync(empty!, '');
    const after = await run(root);
    expect(after.conversions).toEqual({ converted: 3, reused: 3 });
    expect(after.files).toEqual(first.files);
    // and the entries are whole again
    expect((await run(root)).conversions).toEqual({ converted: 0, reused: 6 });
  });

  it('only warns, once, when the cache cannot be written, and builds all the same', async () => {
    const root = project();
    // where the folder should be stands a file: nothing can be written there (even by root)
    mkdirSync(join(conversionCacheDir(root), '..'), { recursive: true });
    writeFileSync(conversionCacheDir(root), 'not a folder');
    const result = await run(root);
    expect(result.ok).toBe(true);
    expect(result.conversions).toEqual({ converted: 6, reused: 0 });
    expect(result.errors.filter((line) => line.includes('conversion cache cannot be written'))).toHaveLength(1);
    expect(result.files).toEqual(await uncached(root));
    expect(readFileSync(conversionCacheDir(root), 'utf8')).toBe('not a folder');
  });

  it('with cache: false, neither reads nor writes the folder', async () => {
    const root = project();
    const off = await run(root, false);
    expect(off.conversions).toEqual({ converted: 6, reused: 0 });
    expect(existsSync(conversionCacheDir(root))).toBe(false);
    await run(root);
    const before = entries(root).map((entry) => [entry, statSync(join(conversionCacheDir(root), entry)).mtimeMs]);
    // a seed that changed, a seed removed: cache: false touches none of their entries
    rmSync(join(root, 'seeds', 'zz-the-same-text.txt'));
    const again = await run(root, false);
    expect(again.conversions).toEqual({ converted: 5, reused: 0 });
    expect(entries(root).map((entry) => [entry, statSync(join(conversionCacheDir(root), entry)).mtimeMs])).toEqual(before);
  });
});

describe('the conversion\'s code version', () => {
  it('covers all the conversion code: the layout reader, the dates, the matchers, and not the writer', () => {
    const { files, unknowable } = conversionCodeVersion();
    expect(unknowable).toBeUndefined();
    for (const file of ['convert.ts', 'conversion-cache.ts', 'decode.ts', 'parse.ts', 'layout/classify.ts', 'layout/rules.ts', 'segment.ts', 'annotate.ts', 'extract.ts', 'estimate.ts']) {
      expect(files).toContain(`src/pipeline/${file}`);
    }
    for (const file of ['french-dates.ts', 'text.ts', 'code-version.ts']) expect(files).toContain(`src/lib/${file}`);
    expect(files).not.toContain('src/pipeline/emit.ts');
    expect(files).not.toContain('src/pipeline/write.ts');
  });
});

