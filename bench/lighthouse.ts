// Lighthouse (npm, mobile preset, the Chromium the tests use) on a page of a running preview:
// the four category scores, as the median of `runs` runs (each in a fresh browser).
// Flags: no background networking, and Chromium's own look-ups of
// other hosts mapped to nowhere, so a run makes no request off this machine.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../scripts/lib/chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, number | null>;

export interface LighthouseResult {
  url: string;
  /** median of the runs, 0–100 */
  scores: Scores;
  runs: Scores[];
  /** audits that lost points in the last run, for the "why not 100" */
  failing: { id: string; title: string; score: number | null; category: Category; details: string[] }[];
}

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface LhrLike {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, {
    id: string;
    title: string;
    score: number | null;
    scoreDisplayMode: string;
    displayValue?: string;
    details?: { items?: Record<string, unknown>[] };
  }>;
}

/** What an audit found, in a few words per item: the console error, the failing node, the URL. */
function auditDetails(audit: LhrLike['audits'][string]): string[] {
  const out: string[] = [];
  if (audit.displayValue) out.push(audit.displayValue);
  for (const item of (audit.details?.items ?? []).slice(0, 5)) {
    const node = item.node as { snippet?: string } | undefined;
    const location = item.sourceLocation as { url?: string } | undefined;
    const text = [item.description, item.source, item.url, location?.url, node?.snippet].filter((v) => typeof v === 'string' && v).join(' ');
    if (text) out.push(text.length > 200 ? `${text.slice(0, 200)}…` : text);
  }
  return out;
}

export async function runLighthouse(url: string, runs: number, chromePath = chromiumPath()): Promise<LighthouseResult> {
  const all: Scores[] = [];
  let failing: LighthouseResult['failing'] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result?.lhr as unknown as LhrLike | undefined;
      if (!lhr) throw new Error(`lighthouse gave no result for ${url}`);
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round((lhr.categories[c]!.score as number) * 100)]),
      ) as Scores;
      all.push(scores);
      failing = [];
      for (const category of CATEGORIES) {
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0) continue;
          if (audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'metricSavings') {
            if (audit.score !== null && audit.score < 1) {
              // for layout shift, say which elements moved (the metric audit itself has no items)
              const related = audit.id === 'cumulative-layout-shift' ? lhr.audits['layout-shifts'] : undefined;
              const details = [...auditDetails(audit), ...(related ? auditDetails(related) : [])];
              failing.push({ id: audit.id, title: audit.title, score: audit.score, category, details });
            }
          }
        }
      }
    } finally {
      await chrome.kill();
    }
  }
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const values = all.map((s) => s[c]).filter((v): v is number => v !== null);
      return [c, values.length ? median(values) : null];
    }),
  ) as Scores;
  return { url, scores, runs: all, failing };
}
