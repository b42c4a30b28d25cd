// Gate (c): every built page is valid HTML, checked by the Nu HTML Checker (vnu-jar from
// npm, the W3C validator's engine; html-validate could not be installed: npm 11's
// arborist crashes on its optional peer dependencies here). Errors only, none ignored:
// warnings are advice (e.g. "consider <search>") and are printed, not failed on.
// dist/, dist-subpath/ and dist-layouts/ (lists, tables, interviews) are checked: dist-repro/ is
// byte-identical to dist/.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import vnuJar from 'vnu-jar';
import { variants } from '../../scripts/site-variants.ts';
import { listFiles } from '../../scripts/lib/built-site.ts';

const root = resolve(import.meta.dirname, '../..');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

test.each([variants.root, variants.subpath, variants.layouts])('every page of the $name build is valid HTML', (variant) => {
  const dir = resolve(root, variant.outDir);
  const pages = listFiles(dir).filter((file) => file.endsWith('.html'));
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.status !== 0)
    throw new Error('the HTML check needs Java (vnu.jar): apt-get install default-jre-headless, or any Java 11+ on PATH');
  const run = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--skip-non-html', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // vnu writes its JSON report on stderr and exits 1 when it found errors.
  const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
  const where = (m: VnuMessage) => `${(m.url ?? '').replace(`file:${dir}/`, `${variant.outDir}/`)}:${m.lastLine ?? '?'}`;
  // vnu checks files as file: URLs, where CSP's 'self' cannot match the page's own
  // /_astro/ assets: those "violates Content Security Policy" notes are about the checker's
  // setting, not the site (tests/site/csp.test.ts and the browser gates check the CSP).
  const warnings = report.messages.filter((m) => m.type === 'info' && !/violates Content Security Policy/.test(m.message));
  if (warnings.length) console.log(warnings.map((m) => `warning ${where(m)}: ${m.message}`).join('\n'));
  const errors = report.messages.filter((m) => m.type !== 'info').map((m) => `${where(m)}: ${m.message} [${m.extract ?? ''}]`);
  expect(errors).toEqual([]);
  expect(pages.length).toBeGreaterThan(10);
});
