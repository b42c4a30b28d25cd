// Every link in `hrefs` (path#anchor) must land on a page that has that anchor.
import { expect, type APIRequestContext } from '@playwright/test';

export async function expectAnchorsExist(request: APIRequestContext, hrefs: string[], anchorPattern?: RegExp): Promise<void> {
  const pages = new Map<string, string>();
  for (const href of hrefs) {
    const [path, anchor] = href.split('#');
    if (anchorPattern) expect(anchor, href).toMatch(anchorPattern);
    if (!pages.has(path!)) {
      const response = await request.get(path!);
      expect(response.status(), path).toBe(200);
      pages.set(path!, await response.text());
    }
    expect(pages.get(path!), href).toContain(`id="${anchor}"`);
  }
}
