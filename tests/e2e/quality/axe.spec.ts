// Gate (a): axe-core finds no WCAG 2.1 A/AA violation on any page type, in the light and
// the dark theme (the system preference drives the CSS; the toggle sets the same values).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageTypes } from './page-types.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const { name, path } of pageTypes()) {
      test(`${name} (${path}) has no WCAG 2.1 AA violation`, async ({ page }) => {
        // axe walks every node: the glossary (all terms, all uses) takes seconds on a busy 2-core machine.
        test.slow();
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const violations = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
        );
        expect(violations).toEqual([]);
        expect(results.passes.length).toBeGreaterThan(10);
      });
    }
  });
}
