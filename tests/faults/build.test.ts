// Fault injection on the whole build, in a throw-away copy of the project: builds run at once
// in one folder, builds killed at several points, and what every one of them leaves behind.
// After each fault: dist/ is the old site or the new one, whole; content/generated holds the
// pages and the data of one run; the next build cleans up and succeeds; nothing is lost.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySiteProject, makeTempDir, removeProject } from '../../scripts/lib/throwaway-project.ts';
import { FONT_FILES } from '../../src/styles/fonts.ts';

const repo = resolve(import.meta.dirname, '../..');
let project: string;

beforeAll(() => {
  project = makeTempDir('faults');
  copySiteProject(repo, project);
  for (const seed of readdirSync(join(repo, 'seeds'))) copyFileSync(join(repo, 'seeds', seed), join(project, 'seeds', seed));
});
afterAll(() => removeProject(project));

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

/** `node scripts/build.ts` in the project, in a process group of its own (so that a kill reaches Astro too). */
function build(env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: project, detached: true, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolvePromise) => {
    child.on('exit', (code, signal) => resolvePromise({ code, signal, output }));
  });
  return { child, done };
}

function kill(run: Run): void {
  try {
    process.kill(-run.child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every file of a folder with its hash: what "the same site" means. */
function manifest(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string, prefix: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else files[`${prefix}${name}`] = createHash('sha1').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir, '');
  return files;
}

/** dist/ is a whole site: its pages, its search index, every article page its feed lists. */
function assertWholeSite(): Record<string, string> {
  const dist = join(project, 'dist');
  expect(existsSync(join(dist, 'index.html')), 'dist/index.html').toBe(true);
  expect(existsSync(join(dist, 'pagefind/pagefind.js')), 'the search index').toBe(true);
  const articles = readdirSync(join(dist, 'articles')).filter((name) => existsSync(join(dist, 'articles', name, 'index.html')));
  // the files made beside Astro are in: the fonts, and the link cards (the site's own and every article's)
  for (const font of FONT_FILES) expect(existsSync(join(dist, 'polices', font.file)), `the font ${font.file}`).toBe(true);
  expect(existsSync(join(dist, 'og/site.png')), 'the site card').toBe(true);
  for (const slug of articles) expect(existsSync(join(dist, 'og/articles', `${slug}.png`)), `the card of ${slug}`).toBe(true);
  const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
  for (const slug of feed.matchAll(/\/articles\/([a-z0-9-]+)\//g)) expect(articles, slug[1]).toContain(slug[1]);
  return manifest(dist);
}

/** content/generated holds one run: a page for every record, a record for every page. */
function assertOneRun(): void {
  const generated = join(project, 'content/generated');
  const records = JSON.parse(readFileSync(join(generated, 'articles.json'), 'utf8')) as { slug: string }[];
  const pages = readdirSync(join(generated, 'articles')).map((name) => name.replace(/\.mdx$/, '')).sort();
  expect(pages).toEqual(records.map((r) => r.slug).sort());
}

/** Nothing a killed build left: no temporary folder, no lock. */
function assertClean(): void {
  const left = [...readdirSync(project).filter((name) => /^dist\.(?:next|old)-|^\.build\.lock/.test(name)), ...readdirSync(join(project, 'content')).filter((name) => /^(?:generated|urls\.yaml)\.(?:next|old)-/.test(name))];
  expect(left).toEqual([]);
}

const figures = { concurrent: 0, killed: 0 };

describe('the build under faults', () => {
  let site: Record<string, string>;

  it('builds once, cleanly', async () => {
    const { code, output } = await build().done;
    expect(code, output).toBe(0);
    site = assertWholeSite();
    assertOneRun();
    assertClean();
  }, 180_000);

  it('three builds started at once in one folder: one at a time, each says so, all succeed, the site is whole', async () => {
    const runs = [build(), build(), build()];
    const results = await Promise.all(runs.map((r) => r.done));
    figures.concurrent += runs.length;
    for (const { code, output } of results) expect(code, output).toBe(0);
    expect(results.filter((r) => /another build is running in this project \(pid \d+/.test(r.output)).length).toBeGreaterThanOrEqual(2);
    for (const { output } of results) expect(output).toContain('site built in');
    expect(assertWholeSite()).toEqual(site);
    assertOneRun();
    assertClean();
  }, 600_000);

  for (const folder of ['og', 'polices']) {
    it(`a step beside Astro that fails (its ${folder}/ clashing with a folder of the site's own) fails the build, says where, leaves dist/ as it was`, async () => {
      const clash = join(project, 'public', folder);
      mkdirSync(clash, { recursive: true });
      writeFileSync(join(clash, 'x.txt'), '');
      try {
        const { code, output } = await build().done;
        expect(code, output).toBe(1);
        expect(output).toContain(`${folder}/: the site has its own ${folder}/ folder (from public/${folder}/`);
        expect(output).toContain('build failed at "fonts and link cards"');
        expect(assertWholeSite()).toEqual(site);
        assertClean();
      } finally {
        rmSync(clash, { recursive: true, force: true });
      }
    }, 300_000);
  }

  for (const point of ['content-written', 'site-built']) {
    it(`killed at "${point}": dist/ is the previous site, content/ one run; the next build cleans up and succeeds`, async () => {
      const pause = join(project, `.pause-${point}`);
      const run = build({ BUILD_PAUSE_AT: point, BUILD_PAUSE_FILE: pause });
      await until(() => existsSync(pause), 240_000);
      kill(run);
      await run.done;
      figures.killed++;
      rmSync(pause, { force: true });
      expect(assertWholeSite()).toEqual(site);
      assertOneRun();
      const next = await build().done;
      expect(next.code, next.output).toBe(0);
      expect(next.output).toMatch(point === 'site-built' ? /removed .*dist\.next-.*, left by a build that was stopped/ : /site built in/);
      expect(assertWholeSite()).toEqual(site);
      assertOneRun();
      assertClean();
    }, 600_000);
  }

  it('killed at random moments, five times over: never a half site, never a stuck lock', async () => {
    // a changed seed, so that "the new site" differs from the old one
    writeFileSync(join(project, 'seeds/zz-nouveau.txt'), 'Un article de plus\n\nPublié le 3 mars 2021\n\nOVHcloud et Scaleway parlent de cloud souverain devant la Commission européenne, à Bruxelles.\n');
    const sites = [site];
    for (const delay of [400, 2_500, 6_000, 11_000, 16_000]) {
      const run = build();
      await new Promise((r) => setTimeout(r, delay));
      kill(run);
      const { signal } = await run.done;
      if (signal === 'SIGKILL') figures.killed++;
      const now = assertWholeSite();
      // the old site, or the new one once a build got through: never anything else
      if (!sites.some((s) => JSON.stringify(s) === JSON.stringify(now))) sites.push(now);
      expect(sites.length).toBeLessThanOrEqual(2);
      assertOneRun();
    }
    const last = await build().done;
    expect(last.code, last.output).toBe(0);
    const final = assertWholeSite();
    expect(Object.keys(final).some((file) => file.startsWith('articles/un-article-de-plus/'))).toBe(true);
    assertClean();
    console.log(`fault injection: ${figures.concurrent} builds run at once, ${figures.killed} builds killed, every time the old or the new site, whole`);
  }, 900_000);
});
