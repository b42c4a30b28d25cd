// The open data (/donnees/) and the embeddable figures (/integrer/…) as built, at the root and
// under a sub-path: every file exists, parses and matches its published schema, every URL in it
// leads to a page (and a sentence's anchor) of the same build, and every event and actor has
// its embeddable page, which points back to its full page.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Parser } from 'htmlparser2';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { baseOf, siteUrl, variants } from '../../scripts/site-variants.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { parseCsv, parseCsvObjects } from '../../src/opendata/csv.ts';
import { LIST_SEPARATOR } from '../../src/opendata/datasets.ts';
import { dataFileNames, sizeText } from '../../src/opendata/files.ts';
import { columnsOf, datasetNames } from '../../src/opendata/schemas.ts';
import { fileFor, listFiles } from '../../scripts/lib/built-site.ts';

const root = resolve(import.meta.dirname, '../..');
const { knowledge } = loadKnowledge(root);

interface PageInfo {
  ids: Set<string>;
  lang?: string;
  robots?: string;
  canonical?: string;
  baseTarget?: string;
  tags: Set<string>;
  /** every <a>: href and target */
  links: { href: string; target?: string; text: string }[];
  textareas: string[];
  sizes: Map<string, string>;
}

function readPage(html: string): PageInfo {
  const info: PageInfo = { ids: new Set(), tags: new Set(), links: [], textareas: [], sizes: new Map() };
  let link: PageInfo['links'][number] | undefined;
  let textarea: string | undefined;
  let size: { name: string; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        info.tags.add(name);
        if (attrs.id) info.ids.add(attrs.id);
        if (name === 'html') info.lang = attrs.lang;
        if (name === 'meta' && attrs.name === 'robots') info.robots = attrs.content;
        if (name === 'link' && attrs.rel === 'canonical') info.canonical = attrs.href;
        if (name === 'base') info.baseTarget = attrs.target;
        if (name === 'a' && attrs.href !== undefined) link = { href: attrs.href, ...(attrs.target ? { target: attrs.target } : {}), text: '' };
        if (name === 'textarea') textarea = '';
        if (attrs['data-file-size']) size = { name: attrs['data-file-size'], text: '' };
      },
      ontext(text) {
        if (link) link.text += text;
        if (textarea !== undefined) textarea += text;
        if (size) size.text += text;
      },
      onclosetag(name) {
        if (name === 'a' && link) {
          info.links.push(link);
          link = undefined;
        }
        if (name === 'textarea' && textarea !== undefined) {
          info.textareas.push(textarea);
          textarea = undefined;
        }
        if (size && name === 'small') {
          info.sizes.set(size.name, size.text);
          size = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return info;
}

describe.each([variants.root, variants.subpath])('open data and embeds of the $name build ($outDir)', (variant) => {
  const site = { dir: resolve(root, variant.outDir), base: baseOf(variant), site: siteUrl };
  const prefix = new URL(site.base, siteUrl).href;
  const read = (file: string) => readFileSync(join(site.dir, file), 'utf8');
  const pages = new Map<string, PageInfo>();
  const pageAt = (file: string): PageInfo => {
    let page = pages.get(file);
    if (!page) pages.set(file, (page = readPage(read(file))));
    return page;
  };
  /** an absolute URL of this build → its file, and its fragment's element in that page */
  const resolveUrl = (url: string): string[] => {
    if (!url.startsWith(prefix)) return [`${url}: not under ${prefix}`];
    const target = new URL(url);
    const found = fileFor(site, target.pathname);
    if ('problem' in found) return [`${url}: ${found.problem}`];
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment && !pageAt(found.file).ids.has(fragment)) return [`${url}: no element with id "${fragment}" in ${found.file}`];
    return [];
  };

  test('every data file is built', () => {
    const files = new Set(listFiles(site.dir));
    expect(dataFileNames().filter((name) => !files.has(`donnees/${name}`))).toEqual([]);
    expect(files.has('donnees/index.html')).toBe(true);
  });

  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);

  test.each(datasetNames)('%s: the JSON matches its published schema, the CSV says the same', (name) => {
    const schema = JSON.parse(read(`donnees/${name}.schema.json`));
    const json = JSON.parse(read(`donnees/${name}.json`));
    expect(schema.$id).toBe(`${prefix}donnees/${name}.schema.json`);
    expect(json.$schema).toBe(schema.$id);
    expect(json.source).toBe(`${prefix}donnees/`);
    const validate = ajv.compile(schema);
    expect(validate(json) ? [] : validate.errors).toEqual([]);

    const csv = read(`donnees/${name}.csv`);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(parseCsv(csv)[0]).toEqual(columnsOf(name).map((c) => c.name));
    const records = parseCsvObjects(csv);
    expect(records.length).toBe(json.lignes.length);
    records.forEach((record, i) => {
      for (const [key, value] of Object.entries(json.lignes[i] as Record<string, unknown>)) {
        expect(record[key], `${name}.csv row ${i + 1} ${key}`).toBe(Array.isArray(value) ? value.join(LIST_SEPARATOR) : value === null ? '' : String(value));
      }
    });
  });

  test('the data sets hold every actor, term, relation and event of content/', () => {
    const ids = (name: string) => new Set((JSON.parse(read(`donnees/${name}.json`)).lignes as { id: string }[]).map((r) => r.id));
    expect(ids('acteurs')).toEqual(new Set(knowledge.actors.map((a) => a.id)));
    expect(ids('termes')).toEqual(new Set(knowledge.terms.map((t) => t.id)));
    expect(ids('relations')).toEqual(new Set(knowledge.relations.map((r) => r.id)));
    expect(ids('evenements')).toEqual(new Set(knowledge.events.map((e) => e.id)));
  });

  test('every URL in the data leads to a page of this build, and every sentence URL to its sentence', () => {
    const problems: string[] = [];
    let sentences = 0;
    for (const name of datasetNames) {
      for (const row of JSON.parse(read(`donnees/${name}.json`)).lignes as Record<string, unknown>[]) {
        for (const key of ['phrase_url', 'article_url', 'page_url']) {
          const url = row[key];
          if (url === null || url === undefined) continue;
          if (key === 'phrase_url') {
            sentences += 1;
            if (!/#p\d+-s\d+$/.test(String(url))) problems.push(`${name} ${String(row.id)}: ${String(url)} has no sentence anchor`);
          }
          problems.push(...resolveUrl(String(url)).map((p) => `${name} ${String(row.id)} ${key}: ${p}`));
        }
      }
    }
    expect(problems).toEqual([]);
    expect(sentences).toBeGreaterThan(knowledge.relations.length);
  });

  test('the data page links every file and gives its true size', () => {
    const page = pageAt('donnees/index.html');
    for (const name of dataFileNames()) {
      expect(page.links.some((l) => l.href === `${site.base}donnees/${name}`), name).toBe(true);
      const bytes = Buffer.byteLength(read(`donnees/${name}`), 'utf8');
      expect(page.sizes.get(name), name).toBe(`(${sizeText(bytes)})`);
    }
    // and every page's footer links the data page
    expect(pageAt('index.html').links.some((l) => l.href === `${site.base}donnees/`)).toBe(true);
  });

  const embeds = [
    { file: 'integrer/reseau/index.html', full: 'reseau/' },
    { file: 'integrer/chronologie/index.html', full: 'chronologie/' },
    ...knowledge.events.map((e) => ({ file: `integrer/chronologie/${e.id}/index.html`, full: `chronologie/#${e.id}` })),
    ...knowledge.actors.map((a) => ({ file: `integrer/acteurs/${a.id}/index.html`, full: `acteurs/${a.id}/` })),
  ];

  test('every event and every actor has its embeddable page, minimal, not indexed, pointing to its full page', () => {
    const files = new Set(listFiles(site.dir));
    const problems: string[] = [];
    for (const { file, full } of embeds) {
      if (!files.has(file)) {
        problems.push(`${file}: not built`);
        continue;
      }
      const page = pageAt(file);
      if (page.lang !== 'fr') problems.push(`${file}: lang="${page.lang}"`);
      if (page.robots !== 'noindex') problems.push(`${file}: not noindex`);
      if (page.canonical !== `${prefix}${full}`) problems.push(`${file}: canonical ${page.canonical}, not ${prefix}${full}`);
      if (page.baseTarget !== '_top') problems.push(`${file}: links would open inside the frame`);
      if (page.tags.has('header') || page.tags.has('nav')) problems.push(`${file}: has a header or a navigation`);
      if (!page.links.some((l) => l.href === `${site.base}${full}` && l.target === '_top')) problems.push(`${file}: no link back to ${site.base}${full} with target="_top"`);
      problems.push(...resolveUrl(`${prefix}${full}`).map((p) => `${file}: ${p}`));
      for (const link of page.links) if (!/^https?:/.test(link.href)) problems.push(...resolveUrl(new URL(link.href, prefix).href).map((p) => `${file}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  test('beside each figure, the iframe code of its embeddable page, absolute to the site', () => {
    const snippets = [
      { page: 'reseau/index.html', embed: 'integrer/reseau/' },
      { page: 'chronologie/index.html', embed: 'integrer/chronologie/' },
      ...knowledge.events.map((e) => ({ page: `chronologie/recit/${e.id}/index.html`, embed: `integrer/chronologie/${e.id}/` })),
      ...knowledge.actors.map((a) => ({ page: `acteurs/${a.id}/index.html`, embed: `integrer/acteurs/${a.id}/` })),
    ];
    const problems: string[] = [];
    for (const { page, embed } of snippets) {
      const code = pageAt(page).textareas.find((t) => t.includes(`src="${prefix}${embed}"`));
      if (!code) {
        problems.push(`${page}: no iframe code for ${prefix}${embed}`);
        continue;
      }
      if (!/^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+" loading="lazy"[^>]*><\/iframe>$/.test(code)) problems.push(`${page}: ${code}`);
      problems.push(...resolveUrl(`${prefix}${embed}`).map((p) => `${page}: ${p}`));
      if (!pageAt(page).links.some((l) => l.href === `${site.base}donnees/`)) problems.push(`${page}: no link to the data`);
    }
    expect(problems).toEqual([]);
  });

  test('the embeddable pages are not in the sitemap', () => {
    const sitemaps = listFiles(site.dir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) {
      const xml = read(file);
      expect(xml).not.toContain('/integrer/');
      expect(xml).toContain(`${prefix}donnees/`);
    }
  });
});
