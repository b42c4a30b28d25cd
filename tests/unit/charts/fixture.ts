// The small, real-looking corpus the chart tests share (tests/fixtures/charts/).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Knowledge } from '../../../src/model/knowledge.ts';
import type { GeneratedInput } from '../../../src/charts/figures.ts';
import { groupDates, timelineGroup } from '../../../src/charts/date-groups.ts';
import { datedMentionAnchor } from '../../../src/lib/anchors.ts';

const dir = resolve(import.meta.dirname, '../../fixtures/charts');

export function loadFixture(): { knowledge: Pick<Knowledge, 'actors' | 'relations' | 'events'>; generated: GeneratedInput } {
  return {
    knowledge: JSON.parse(readFileSync(resolve(dir, 'knowledge.json'), 'utf8')),
    generated: JSON.parse(readFileSync(resolve(dir, 'generated.json'), 'utf8')),
  };
}

/** A fixed permutation (reverse, then odd/even interleave): "different input order" without randomness. */
export function shuffled<T>(items: readonly T[]): T[] {
  const reversed = [...items].reverse();
  return [...reversed.filter((_, i) => i % 2 === 1), ...reversed.filter((_, i) => i % 2 === 0)];
}

export const fixtureDir = dir;

/** The fixture's dated mentions, grouped as the timeline draws them. */
export function fixtureGroups(dates: GeneratedInput['dates']) {
  return groupDates(dates.map((d) => ({ ...d, id: datedMentionAnchor(d.article, d.sentence, d.index) }))).map(timelineGroup);
}
