// Holds back the scripts whose URL matches `pattern` until `release()` is called: for testing
// what a reader can do on a page before its behaviour has come.
import type { Page } from '@playwright/test';

export async function holdScript(page: Page, pattern: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
