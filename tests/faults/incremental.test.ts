// The pages Astro keeps between builds (src/knowledge/page-keys.ts) are safe: after each kind of
// edit an editor makes, the site built on top of the last one is, byte for byte, the site built
// from nothing (PAGE_CACHE=off), and the build did keep the pages the edit left alone. A key
// that missed one input would keep a page the edit changed, and the two sites would differ.
// In a throw-away copy of the project, with the seeds and a few texts of the layout corpus.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { copySiteProject, makeTempDir, removeProject } from '../../scripts/lib/throwaway-project.ts';
import { differingFiles, fileHashes, listFiles } from '../../scripts/lib/built-site.ts';

const repo = resolve(import.meta.dirname, '../..');
/** texts of the layout corpus added to the seeds, so that an edit leaves some articles alone */
const extraTexts = ['a-agency-afp', 'a-blog-post', 'a-press-release', 'b-eu-commission', 'h-company-blog', 'a-interview', 'b-no-date-unknown'];
/** the text the first edit adds */
const addedText = 'a-daily-figaro-like';
let project: string;

beforeAll(() => {
  project = makeTempDir('incremental');
  copySiteProject(repo, project);
  copySeeds();
  const first = build();
  expect(first.status, first.output).toBe(0);
});
afterAll(() => removeProject(project));

function copySeeds(): void {
  for (const seed of listFiles(join(repo, 'seeds'))) copyFileSync(join(repo, 'seeds', seed), join(project, 'seeds', seed));
  for (const name of extraTexts) copyFileSync(join(repo, 'tests/fixtures/layouts', name, 'input.txt'), join(project, 'seeds', `${name}.txt`));
}

/** `node scripts/build.ts` in the project: its exit status and all it printed. */
function build(env: Record<string, string> = {}): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: project, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 300_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

interface ArticleRecord { slug: string; file: string; terms: string[]; actors: string[]; sentences: { id: string; text: string }[] }
const articles = (): ArticleRecord[] => JSON.parse(readFileSync(join(project, 'content/generated/articles.json'), 'utf8')) as ArticleRecord[];
const page = (slug: string): string => readFileSync(join(project, 'dist/articles', slug, 'index.html'), 'utf8');
const pageAt = (path: string): string => readFileSync(join(project, 'dist', path, 'index.html'), 'utf8');

/** A term or actor named by exactly one article, and that article. */
function namedOnce(kind: 'terms' | 'actors', accept: (id: string) => boolean = () => true): { id: string; article: ArticleRecord } {
  const all = articles();
  for (const article of all) {
    for (const id of article[kind]) {
      if (accept(id) && all.filter((other) => other[kind].includes(id)).length === 1) return { id, article };
    }
  }
  throw new Error(`no ${kind} named by one article only`);
}

/** The line range of one entry (`- id: <id>` up to the next entry) of a YAML list in content/. */
function entryLines(file: string, id: string): RegExp {
  return new RegExp(`^- id: ${id}\\n(?:(?!- id: ).*\\n)*`, 'm');
}

describe('a site built on the last one is the site built from nothing', () => {
  // each edit, then the two builds compared; the edits pile up, as an editor's would
  // `slug`: the article whose page shows the edit; `path`: another page that shows it
  const edits: { what: string; edit: () => { slug: string; shows: string; path?: string } }[] = [
    {
      what: 'a new article (its neighbours change)',
      edit: () => {
        copyFileSync(join(repo, 'tests/fixtures/layouts', addedText, 'input.txt'), join(project, 'seeds', `${addedText}.txt`));
        return { slug: '', shows: '' };
      },
    },
    {
      what: 'a word changed in a text',
      edit: () => {
        const seed = join(project, 'seeds', `${extraTexts[0]}.txt`);
        const text = readFileSync(seed, 'utf8');
        const word = /\b(européen|européenne|cloud|données)\b/.exec(text);
        if (!word) throw new Error(`${seed}: no word to change`);
        writeFileSync(seed, text.replace(word[0], `${word[0]} (modifié)`));
        return { slug: '', shows: `${word[0]} (modifié)` };
      },
    },
    {
      what: 'the short definition of a term one article uses',
      edit: () => {
        const { id, article } = namedOnce('terms');
        const entry = readFileSync(join(project, 'content/glossary.yaml'), 'utf8').match(entryLines('glossary.yaml', id))![0];
        const short = (parseYaml(entry) as [{ short: string }])[0].short;
        const changed = `${short.replace(/\.$/, '')}, défini à nouveau.`;
        const text = readFileSync(join(project, 'content/glossary.yaml'), 'utf8');
        writeFileSync(join(project, 'content/glossary.yaml'), text.replace(entry, entry.replace(/^ {2}short: .*$/m, `  short: ${JSON.stringify(changed)}`)));
        return { slug: article.slug, shows: changed };
      },
    },
    {
      what: 'the name of an actor one article cites (the old one kept as an alias)',
      edit: () => {
        const yaml = readFileSync(join(project, 'content/actors.yaml'), 'utf8');
        const flowAliases = (id: string) => /^ {2}aliases: \[.*\]$/m.test(yaml.match(entryLines('actors.yaml', id))?.[0] ?? '');
        const { id, article } = namedOnce('actors', flowAliases);
        const entry = yaml.match(entryLines('actors.yaml', id))![0];
        const { name } = (parseYaml(entry) as [{ name: string }])[0];
        const renamed = `${name} (nouveau nom)`;
        const edited = entry
          .replace(/^ {2}name: .*$/m, `  name: ${JSON.stringify(renamed)}`)
          .replace(/^ {2}aliases: \[/m, `  aliases: [${JSON.stringify(name)}, `)
          .replace(', ]', ']');
        writeFileSync(join(project, 'content/actors.yaml'), yaml.replace(entry, edited));
        return { slug: article.slug, shows: renamed };
      },
    },
    {
      what: 'the label of a relation (the pages of both its actors show it)',
      edit: () => {
        const yaml = readFileSync(join(project, 'content/relations.yaml'), 'utf8');
        const entry = /^- id: .*\n(?:(?!- id: ).*\n)*?^ {2}label: "([^"]+)"\n(?:(?!- id: ).*\n)*/m.exec(yaml)!;
        const target = /^ {2}target: (.+)$/m.exec(entry[0])![1]!;
        const label = entry[1]!;
        const changed = `${label} (relation revue)`;
        writeFileSync(join(project, 'content/relations.yaml'), yaml.replace(entry[0], entry[0].replace(`  label: "${label}"`, `  label: "${changed}"`)));
        return { slug: '', shows: '(relation revue)', path: `acteurs/${target}` };
      },
    },
    {
      what: 'the terms a term is related to (its page lists them)',
      edit: () => {
        const yaml = readFileSync(join(project, 'content/glossary.yaml'), 'utf8');
        const entry = /^- id: (.+)\n(?:(?!- id: ).*\n)*?^ {2}related: \[([^\]]+)\]\n(?:(?!- id: ).*\n)*/m.exec(yaml)!;
        const related = entry[2]!.split(',').map((id) => id.trim());
        const edited = entry[0].replace(/^ {2}related: \[[^\]]+\]$/m, `  related: [${related.slice(0, -1).join(', ')}]`);
        if (related.length < 2 || edited === entry[0]) throw new Error('no term related to two others');
        writeFileSync(join(project, 'content/glossary.yaml'), yaml.replace(entry[0], edited));
        return { slug: '', shows: '', path: `glossaire/${entry[1]}` };
      },
    },
    {
      what: 'an editor’s note beside a sentence',
      edit: () => {
        const article = articles().find((a) => a.file === extraTexts[1])!;
        const sentence = article.sentences.find((s) => s.text.split(' ').length >= 6)!;
        const quote = sentence.text.split(' ').slice(0, 5).join(' ');
        const note = 'Une note de la rédaction ajoutée pour l’essai.';
        const entry = [
          '', `- id: note-essai-${article.file}`, `  article: ${article.file}`, `  quote: ${JSON.stringify(quote)}`, `  note: ${JSON.stringify(note)}`,
          '  sources:', '    - title: "Essai"', '      publisher: "Essai"', '      url: "https://example.org/essai"', '      consulted: "2026-12-03"', '',
        ].join('\n');
        writeFileSync(join(project, 'content/corrections.yaml'), `${readFileSync(join(project, 'content/corrections.yaml'), 'utf8')}${entry}`);
        return { slug: article.slug, shows: note };
      },
    },
    {
      what: 'a date given to an article in content/sources.yaml (it moves among the others)',
      edit: () => {
        const name = 'b-no-date-unknown';
        const entry = ['', `- article: ${name}`, '  date: "2019-06"', '  note: "Date donnée pour l’essai."', ''].join('\n');
        writeFileSync(join(project, 'content/sources.yaml'), `${readFileSync(join(project, 'content/sources.yaml'), 'utf8')}${entry}`);
        const article = articles().find((a) => a.file === name)!;
        return { slug: article.slug, shows: 'datetime="2019-06"' };
      },
    },
    {
      what: 'an article removed from seeds/',
      edit: () => {
        rmSync(join(project, 'seeds', `${extraTexts[3]}.txt`));
        return { slug: '', shows: '' };
      },
    },
  ];

  test.each(edits)('after $what', ({ edit }) => {
    const change = edit();
    const incremental = build();
    expect(incremental.status, incremental.output).toBe(0);
    // the build kept pages: the comparison below is about kept pages, not only rendered ones
    const kept = Number(/\((\d+) unchanged since the last build, kept/.exec(incremental.output)?.[1] ?? 0);
    expect(kept, incremental.output).toBeGreaterThan(0);
    // the edit shows on the page it concerns (when it concerns one)
    if (change.path) {
      if (change.shows) expect(pageAt(change.path)).toContain(change.shows);
    } else if (change.slug) expect(page(change.slug)).toContain(change.shows);
    else if (change.shows) expect(listFiles(join(project, 'dist/articles')).some((file) => readFileSync(join(project, 'dist/articles', file), 'utf8').includes(change.shows))).toBe(true);
    const site = fileHashes(join(project, 'dist'));
    const full = build({ PAGE_CACHE: 'off', OUT_DIR: 'dist-full' });
    expect(full.status, full.output).toBe(0);
    expect(full.output).not.toMatch(/unchanged since the last build, kept/);
    expect(differingFiles(site, fileHashes(join(project, 'dist-full')))).toEqual([]);
  });
});

test('a build killed while Astro renders: the next one renders every page again, the one after keeps them', async () => {
  // an edit, so that the killed run has pages to render over the kept copies
  const seed = join(project, 'seeds', `${extraTexts[2]}.txt`);
  writeFileSync(seed, readFileSync(seed, 'utf8').replace(/\bcloud\b/, 'cloud (tué)'));
  const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: project, detached: true, stdio: 'ignore' });
  const exited = new Promise((done) => child.on('exit', done));
  // killed once Astro has written a page of the new site, before it is done
  const rendering = (): boolean => readdirSync(project).some((name) => name.startsWith('dist.next-') && !name.endsWith('-fichiers') && existsSync(join(project, name, 'articles')));
  const end = Date.now() + 120_000;
  while (!rendering()) {
    if (Date.now() > end) throw new Error('Astro never started rendering');
    await new Promise((wait) => setTimeout(wait, 20));
  }
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
  const next = build();
  expect(next.status, next.output).toBe(0);
  expect(next.output).toContain('the last build stopped while Astro was rendering: every page is rendered again');
  expect(next.output).not.toMatch(/unchanged since the last build, kept/);
  const after = build();
  expect(after.status, after.output).toBe(0);
  expect(after.output).toMatch(/\(\d+ unchanged since the last build, kept/);
});
