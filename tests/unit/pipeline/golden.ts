// Golden fixtures: tests/fixtures/<stage>/<case>/input.* → expected.*.
// An expectation is a file written or reviewed by a person: a missing or different one fails.
// `UPDATE=1 npm run test:unit` rewrites them (locally, never in CI: review the diff).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
const UPDATE = process.env.UPDATE === '1' && !process.env.CI;

/** The case folders of one stage. */
export function cases(stage: string): string[] {
  const dir = join(FIXTURES, stage);
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
}

export function fixturePath(stage: string, name: string, file: string): string {
  return join(FIXTURES, stage, name, file);
}

/** Compares `actual` with expected.json (or the given file); under UPDATE=1, writes it instead. */
export function expectGolden(stage: string, name: string, actual: unknown, file = 'expected.json'): void {
  const path = fixturePath(stage, name, file);
  const text = typeof actual === 'string' ? actual : `${JSON.stringify(actual, null, 2)}\n`;
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  if (!existsSync(path)) throw new Error(`missing expectation ${relative(ROOT, path)}: write it by hand, or run UPDATE=1 npm run test:unit and review what it wrote`);
  expect(text).toBe(readFileSync(path, 'utf8'));
}
