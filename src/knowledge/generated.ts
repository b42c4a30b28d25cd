// The pages' one way into what the build step wrote (content/generated/*.json),
// validated at the edge like the curated YAML. Read once per build and cached.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  articleRecord, mention, termUse, datedMention, coMention, resolvedEvidence, reportEntry,
} from '../model/generated.ts';

const evidenceFile = z.object({
  relations: z.record(z.string(), z.array(resolvedEvidence)),
  events: z.record(z.string(), z.array(resolvedEvidence)),
  corrections: z.record(z.string(), z.array(resolvedEvidence)).default({}),
});

const files = {
  articles: z.array(articleRecord),
  mentions: z.array(mention),
  'term-uses': z.array(termUse),
  dates: z.array(datedMention),
  'co-mentions': z.array(coMention),
  evidence: evidenceFile,
  report: z.array(reportEntry),
} as const;

type Files = typeof files;
export type Generated = { [K in keyof Files]: z.output<Files[K]> };

/** per project root: a build reads one root, tests may read several */
const cache = new Map<string, Generated>();

export function readGenerated(root: string = process.cwd()): Generated {
  const cached = cache.get(root);
  if (cached) return cached;
  const read = <K extends keyof Files>(name: K): z.output<Files[K]> => {
    const path = join(root, 'content', 'generated', `${name}.json`);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path}: cannot read generated data (${(error as Error).message}); run "npm run content" first`);
    }
    const parsed = files[name].safeParse(raw);
    if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
    return parsed.data as z.output<Files[K]>;
  };
  const generated: Generated = {
    articles: read('articles'),
    mentions: read('mentions'),
    'term-uses': read('term-uses'),
    dates: read('dates'),
    'co-mentions': read('co-mentions'),
    evidence: read('evidence'),
    report: read('report'),
  };
  cache.set(root, generated);
  return generated;
}
