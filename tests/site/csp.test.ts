// Every built page carries Astro's Content Security Policy, which allows no inline script or
// stylesheet but the ones hashed for it, no eval, and no request to another origin.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Parser } from 'htmlparser2';
import { expect, test } from 'vitest';
import { variants } from '../../scripts/site-variants.ts';
import { listFiles } from '../../scripts/lib/built-site.ts';

const root = resolve(import.meta.dirname, '../..');
const dataScriptTypes = new Set(['application/json', 'application/ld+json']);

interface PageSecurity {
  policy?: string;
  /** sha256 (base64) of each inline script the browser would run */
  inlineScripts: string[];
  /** sha256 (base64) of each inline stylesheet */
  inlineStyles: string[];
  /** inline event handlers (onclick=…) and javascript: URLs */
  inlineHandlers: string[];
}

function readSecurity(html: string): PageSecurity {
  const page: PageSecurity = { inlineScripts: [], inlineStyles: [], inlineHandlers: [] };
  let script: { runs: boolean; text: string } | undefined;
  let style: string | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'content-security-policy') page.policy = attrs.content;
      if (name === 'script' && attrs.src === undefined) script = { runs: !dataScriptTypes.has(attrs.type ?? ''), text: '' };
      if (name === 'style') style = '';
      for (const [attr, value] of Object.entries(attrs))
        if (/^on/.test(attr) || /^\s*javascript:/i.test(value)) page.inlineHandlers.push(`<${name} ${attr}>`);
    },
    ontext(text) {
      if (script) script.text += text;
      if (style !== undefined) style += text;
    },
    onclosetag(name) {
      if (name === 'script' && script) {
        if (script.runs) page.inlineScripts.push(createHash('sha256').update(script.text).digest('base64'));
        script = undefined;
      }
      if (name === 'style' && style !== undefined) {
        page.inlineStyles.push(createHash('sha256').update(style).digest('base64'));
        style = undefined;
      }
    },
  });
  parser.end(html);
  return page;
}

test.each([variants.root, variants.subpath])('every page of the $name build has a strict CSP', (variant) => {
  const dir = resolve(root, variant.outDir);
  const pages = listFiles(dir).filter((file) => file.endsWith('.html'));
  const problems: string[] = [];
  let stylesSeen = 0;
  for (const file of pages) {
    const { policy, inlineScripts, inlineStyles, inlineHandlers } = readSecurity(readFileSync(join(dir, file), 'utf8'));
    if (!policy) {
      problems.push(`${file}: no Content-Security-Policy meta tag`);
      continue;
    }
    const directives = new Map(
      policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)] as const),
    );
    const scriptSrc = directives.get('script-src') ?? [];
    if (!directives.has('script-src')) problems.push(`${file}: no script-src directive`);
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'])
      if (scriptSrc.includes(unsafe)) problems.push(`${file}: script-src allows ${unsafe}`);
    if (directives.get('default-src')?.join(' ') !== "'self'") problems.push(`${file}: default-src is not 'self'`);
    for (const hash of inlineScripts)
      if (!scriptSrc.includes(`'sha256-${hash}'`)) problems.push(`${file}: an inline script the CSP does not allow (it would not run)`);
    const styleSrc = directives.get('style-src') ?? [];
    if (styleSrc.includes("'unsafe-inline'")) problems.push(`${file}: style-src allows 'unsafe-inline'`);
    stylesSeen += inlineStyles.length;
    for (const hash of inlineStyles)
      if (!styleSrc.includes(`'sha256-${hash}'`)) problems.push(`${file}: an inline stylesheet the CSP does not allow (it would not apply)`);
    for (const handler of inlineHandlers) problems.push(`${file}: inline handler or javascript: URL ${handler}`);
  }
  expect(problems).toEqual([]);
  expect(pages.length).toBeGreaterThan(10);
  // every page inlines its stylesheets: a parser that saw none would have checked nothing
  expect(stylesSeen).toBeGreaterThanOrEqual(pages.length);
});
