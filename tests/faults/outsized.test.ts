// One outsized article must not grow the pages that list articles or mentions: the home page,
// the figures, the glossary, the actor pages, the feed. Built twice in a throw-away copy of
// the project, with the same article at about 300 KB and then at about 3 MB of text: every
// page but the article's own stays the same size, within a few bytes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySiteProject, makeTempDir, removeProject } from '../../scripts/lib/throwaway-project.ts';

const repo = resolve(import.meta.dirname, '../..');
const SLUG = 'un-dossier-demesure-sur-le-cloud-souverain';
let project: string;

beforeAll(() => {
  project = makeTempDir('outsized');
  copySiteProject(repo, project);
  for (const seed of readdirSync(join(repo, 'seeds'))) copyFileSync(join(repo, 'seeds', seed), join(project, 'seeds', seed));
});
afterAll(() => removeProject(project));

/** French prose that names actors, terms and dates in every sentence, to about `bytes`. */
function outsized(bytes: number): string {
  const actors = ['OVHcloud', 'la Commission européenne', 'Microsoft', 'Gaia-X', 'Atos', 'Thierry Breton', 'Scaleway', 'Amazon Web Services'];
  const topics = ['le cloud souverain', 'le Cloud Act', 'SecNumCloud', 'le RGPD', 'le cloud de confiance'];
  const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentences = [0, 1, 2, 3].map((j) => {
      const k = i * 4 + j;
      return `Le ${1 + (k % 28)} ${months[k % 12]} ${2013 + (k % 13)}, ${actors[k % actors.length]} a présenté à ${actors[(k + 3) % actors.length]} ses vues sur ${topics[k % topics.length]}, devant des élus qui en débattaient depuis des mois.`;
    });
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return `Un dossier démesuré sur le cloud souverain\n\nPublié le 3 mars 2021\n\n${paragraphs.join('\n\n')}\n`;
}

function pageSizes(): Map<string, number> {
  const sizes = new Map<string, number>();
  const walk = (dir: string, prefix: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else if (/\.(?:html|xml)$/.test(name)) sizes.set(`${prefix}${name}`, statSync(path).size);
    }
  };
  walk(join(project, 'dist'), '');
  return sizes;
}

function buildWith(bytes: number): { output: string; sizes: Map<string, number> } {
  writeFileSync(join(project, 'seeds/dossier.txt'), outsized(bytes));
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: project, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status, output).toBe(0);
  return { output, sizes: pageSizes() };
}

describe('an outsized article', () => {
  it('is reported, and the pages that list articles or mentions stay bounded whatever its size', () => {
    const small = buildWith(300_000);
    const large = buildWith(3_000_000);
    expect(large.output).toMatch(/warning: seeds\/dossier\.txt: [\d.]+ MB of text, far more than a news article/);
    const own = `articles/${SLUG}/index.html`;
    expect(large.sizes.get(own)!, 'the article page itself holds the whole text').toBeGreaterThan(small.sizes.get(own)! * 5);
    const grown: string[] = [];
    for (const [page, size] of large.sizes) {
      if (page === own) continue;
      const before = small.sizes.get(page);
      expect(before, `${page} exists in both builds`).toBeDefined();
      // a count that gains a digit ("1 384 phrases" → "13 820 phrases") is all that may change
      if (size > before! + 256) grown.push(`${page}: ${before} → ${size} bytes`);
    }
    expect(grown).toEqual([]);
    const home = large.sizes.get('index.html')!;
    console.log(`outsized article: ${(3_000_000 / 1024 / 1024).toFixed(1)} MB of text → its page ${(large.sizes.get(own)! / 1024 / 1024).toFixed(1)} MB; home ${Math.round(home / 1024)} KB, unchanged from the 300 KB article's build; ${large.sizes.size - 1} other pages within 256 bytes`);
  }, 300_000);
});
