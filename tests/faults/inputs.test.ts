// Every bad input at once, through a whole build, in a throw-away copy of the project: what an
// editor's seeds/ folder really holds. Each input also has its unit fixture (tests/unit/pipeline);
// here the question is what the published site and the build's words are once they all meet.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySiteProject, makeTempDir, removeProject } from '../../scripts/lib/throwaway-project.ts';

const repo = resolve(import.meta.dirname, '../..');
let project: string;

beforeAll(() => {
  project = makeTempDir('inputs');
  copySiteProject(repo, project);
  for (const seed of readdirSync(join(repo, 'seeds'))) copyFileSync(join(repo, 'seeds', seed), join(project, 'seeds', seed));
});
afterAll(() => removeProject(project));

function build(): { code: number | null; output: string } {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: project, encoding: 'utf8' });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

function hashes(dir: string): Record<string, string> {
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

const published = (): string[] => readdirSync(join(project, 'dist/articles')).filter((slug) => statSync(join(project, 'dist/articles', slug)).isDirectory()).sort();
const page = (slug: string): string => readFileSync(join(project, 'dist/articles', slug, 'index.html'), 'utf8');
const heading = (slug: string): string => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page(slug))![1]!.replace(/<[^>]+>/g, '').trim();

function article(title: string, body: string): string {
  return `${title}\n\nPublié le 12 mai 2022 à 10h00\n\n${body}\n`;
}

describe('a seeds/ folder full of faults', () => {
  it('publishes every article once, at an address that never moves, and says what it did with everything else', () => {
    const first = build();
    expect(first.code, first.output).toBe(0);
    const before = new Map(published().map((slug) => [slug, heading(slug)]));
    expect(before.size).toBe(5);
    const existing = [...before.entries()].find(([slug]) => slug.startsWith('ovh-et-atos'))!;

    const seeds = join(project, 'seeds');
    // a newcomer with an existing article's title, whose name sorts before it
    writeFileSync(join(seeds, '000-meme-titre.txt'), article('OVH et Atos veulent un espace Schengen des données en Europe', 'Un autre texte, sous le même titre : OVHcloud et Atos ont reparlé, en 2022, de données hébergées en Europe et de cloud souverain devant la Commission européenne.'));
    // the same text as a published one, with other spaces and quotes
    const original = readFileSync(join(seeds, '001_949f2b6da0808177.txt'), 'utf8');
    writeFileSync(join(seeds, 'copie du 001.txt'), original.replaceAll('’', "'").replaceAll(' ', '  ').replaceAll('\n', '\r\n'));
    // UTF-8 but for one Latin-1 byte
    const prose = 'Les élus européens ont débattu du cloud souverain à Bruxelles, où la Commission européenne a présenté un rapport très attendu sur la dépendance aux fournisseurs américains.';
    writeFileSync(join(seeds, 'octets.txt'), Buffer.concat([Buffer.from(article('Des élus inquiets pour le cloud européen', prose), 'utf8'), Buffer.from('\nLes mission', 'utf8'), Buffer.from([0x6e, 0xe9, 0x73]), Buffer.from(' ont rendu leur rapport à la Commission européenne, qui l’a salué à Bruxelles.\n', 'utf8')]));
    // a NUL byte far into the file
    writeFileSync(join(seeds, 'nul.txt'), article('Un long rapport sur le cloud de confiance', Array.from({ length: 60 }, (_, i) => `Le paragraphe ${i + 1} rappelle que le cloud de confiance suppose des données hébergées en Europe, hors de portée du Cloud Act.`).join('\n\n')).replace('paragraphe 58', 'paragraphe\u000058'));
    // an upper-case extension, other extensions, a hidden file, a folder
    writeFileSync(join(seeds, 'MAJUSCULES.TXT'), article('Scaleway ouvre un centre de données à Paris', 'Scaleway, filiale du groupe Iliad, a ouvert un nouveau centre de données à Paris pour répondre à la demande de cloud souverain des administrations.'));
    writeFileSync(join(seeds, 'notes.md'), '# Notes de la rédaction\n');
    writeFileSync(join(seeds, '.brouillon.txt'), article('Brouillon', 'Pas encore prêt.'));
    mkdirSync(join(seeds, 'archives'));
    writeFileSync(join(seeds, 'archives/ancien.txt'), article('Un ancien texte', 'Rangé à part.'));

    const second = build();
    expect(second.code, second.output).toBe(0);
    const after = published();
    // every published address still opens the same article
    for (const [slug, title] of before) expect(heading(slug), slug).toBe(title);
    // the newcomer is told apart, and the build says so
    expect(after).toContain(`${existing[0]}-2`);
    expect(second.output).toContain(`seeds/000-meme-titre.txt: «OVH et Atos veulent un espace Schengen des données en Europe» is also the title of "004_a33e9c8f4f43a0f3", published at /articles/${existing[0]}/; this one is published at /articles/${existing[0]}-2/`);
    // the copy is published once, and both files are named
    expect(second.output).toMatch(/seeds\/copie du 001\.txt: the same text as seeds\/001_949f2b6da0808177\.txt; published once/);
    // 5 + the newcomer, the byte, the NUL, the upper-case extension; no copy
    expect(after.length).toBe(9);
    // one bad byte: the page is UTF-8, the bad byte replaced and reported with its line
    const bytesSlug = after.find((slug) => slug.startsWith('des-elus-inquiets'))!;
    expect(page(bytesSlug)).toContain('Les élus européens');
    expect(page(bytesSlug)).not.toMatch(/Ã©|Ã¨/);
    expect(second.output).toMatch(/warning: seeds\/octets\.txt:7: 1 byte sequence that UTF-8 cannot read, shown as « � » at line 7/);
    // the NUL byte: not published, reported with its line
    expect(page(after.find((slug) => slug.startsWith('un-long-rapport'))!)).not.toContain('\u0000');
    expect(second.output).toMatch(/warning: seeds\/nul\.txt:\d+: 1 control character .* removed at line \d+/);
    // everything not taken is listed, with why
    expect(after.some((slug) => slug.startsWith('scaleway-ouvre'))).toBe(true);
    for (const left of ['seeds/notes.md', 'seeds/.brouillon.txt', 'seeds/archives']) expect(second.output, left).toMatch(new RegExp(`note: ${left.replace('.', '\\.')}/?: not read: `));
    const report = JSON.parse(readFileSync(join(project, 'content/generated/report.json'), 'utf8')) as { file: string; status: string }[];
    expect(report.filter((r) => r.status === 'skipped').length).toBe(3);
    expect(report.filter((r) => r.status === 'duplicate').map((r) => r.file)).toEqual(['copie du 001']);
  }, 300_000);

  it('stops on a YAML syntax error with one message, and on a folder named like an article with a clear one; dist/ is left as it was', () => {
    const site = hashes(join(project, 'dist'));
    const glossaryPath = join(project, 'content/glossary.yaml');
    const glossary = readFileSync(glossaryPath, 'utf8');
    writeFileSync(glossaryPath, glossary.replace('label:', 'label: "'));
    const yaml = build();
    expect(yaml.code).not.toBe(0);
    expect(yaml.output).toMatch(/\n1 problem; nothing was written/);
    expect(yaml.output).toMatch(/content\/glossary\.yaml:\d+: YAML syntax/);
    expect(yaml.output).toContain('build failed at "content": dist/ was left as it was.');
    expect(hashes(join(project, 'dist'))).toEqual(site);
    writeFileSync(glossaryPath, glossary);

    mkdirSync(join(project, 'seeds/dossier.txt'));
    const folder = build();
    expect(folder.code).not.toBe(0);
    expect(folder.output).toMatch(/seeds\/dossier\.txt\/?: .*folder/);
    expect(folder.output).not.toMatch(/EISDIR|\n\s+at /);
    expect(hashes(join(project, 'dist'))).toEqual(site);
  }, 300_000);
});
