// The faces a page preloads are those its first screen draws on a phone: every face the visible
// text of a 390 px screen uses is preloaded (font-display: optional would otherwise often miss it
// on a first visit), and a face beyond every page's own few is preloaded only where the page
// draws it (its bytes would share the line with the first paint for nothing). Where a face falls
// against the fold depends on the text's length (a long event's description pushes the story
// step's quotation down), so that second check asks whether the page draws the face at all.
import { expect, test, type Page } from '@playwright/test';
import { FIGURE_FAMILY, FONT_FILES, PRELOADED, type FontFile } from '../../../src/styles/fonts.ts';
import { pageTypes } from './page-types.ts';

test.use({ viewport: { width: 390, height: 844 } });

interface Drawn {
  family: string;
  weight: number;
  style: string;
  text: string;
}

/** Each family, weight and style the visible text of the first screen (or of the whole page) is set in, with a sample of its text. */
async function drawnFaces(page: Page, where: 'first screen' | 'page'): Promise<Drawn[]> {
  return page.evaluate((firstScreen) => {
    const seen = new Map<string, { family: string; weight: number; style: string; text: string }>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element) continue;
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      // drawn: more than a visually hidden pixel, and on the first screen when that is asked
      if (box.width <= 1 || box.height <= 1) continue;
      if (firstScreen && (box.top >= innerHeight || box.bottom <= 0 || box.left >= innerWidth || box.right <= 0)) continue;
      const style = getComputedStyle(element);
      const family = style.fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
      const key = `${family}|${style.fontWeight}|${style.fontStyle}`;
      if (!seen.has(key)) seen.set(key, { family, weight: Number(style.fontWeight), style: style.fontStyle, text: text.slice(0, 40) });
    }
    return [...seen.values()];
  }, where === 'first screen');
}

/**
 * The file a browser draws a family, weight and style with, by the CSS font matching rules: the
 * style first (an italic the family lacks is drawn from its upright faces), then the nearest
 * weight (400 to 500 look up to 500, then down, then up; below 400 down first; above 500 up first).
 * The figures' family is the interface's files under another name.
 */
function matchedFile(drawn: Drawn): FontFile | undefined {
  const family = drawn.family === FIGURE_FAMILY ? 'Source Sans 3' : drawn.family;
  const ofFamily = FONT_FILES.filter((font) => font.family === family);
  const styled = ofFamily.filter((font) => font.style === (drawn.style === 'normal' ? 'normal' : 'italic'));
  const faces = styled.length ? styled : ofFamily.filter((font) => font.style === 'normal');
  const w = drawn.weight;
  const exact = faces.find((font) => font.weight === w);
  if (exact) return exact;
  const up = (from: number, to = 1000) => faces.filter((f) => f.weight > from && f.weight <= to).sort((a, b) => a.weight - b.weight)[0];
  const down = (from: number) => faces.filter((f) => f.weight < from).sort((a, b) => b.weight - a.weight)[0];
  if (w >= 400 && w <= 500) return up(w, 500) ?? down(w) ?? up(500);
  if (w < 400) return down(w) ?? up(w);
  return up(w) ?? down(w);
}

test('every face a page\'s first screen draws on a phone is preloaded, and no other beyond every page\'s but those the page draws', async ({ page }) => {
  test.setTimeout(120_000);
  const everyPage = PRELOADED.map((font) => font.file);
  const problems: string[] = [];
  const drawnAnywhere = new Set<string>();
  for (const { name, path } of pageTypes()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const preloaded = await page
      .locator('link[rel="preload"][as="font"]')
      .evaluateAll((els) => els.map((el) => new URL((el as HTMLLinkElement).href).pathname.split('/').pop()!));
    const files = async (where: 'first screen' | 'page') => {
      const drawn = new Map<string, string>();
      for (const face of await drawnFaces(page, where)) {
        const file = matchedFile(face);
        if (file && !drawn.has(file.file)) drawn.set(file.file, face.text); // else a family the site does not serve (a system font)
      }
      return drawn;
    };
    const drawn = await files('first screen');
    const onPage = await files('page');
    for (const [file, text] of drawn) {
      drawnAnywhere.add(file);
      if (!preloaded.includes(file)) problems.push(`${name} (${path}): draws ${file} (« ${text} ») but does not preload it`);
    }
    for (const file of everyPage) if (!preloaded.includes(file)) problems.push(`${name} (${path}): does not preload ${file}, which every page does`);
    for (const file of preloaded) if (!everyPage.includes(file) && !onPage.has(file)) problems.push(`${name} (${path}): preloads ${file}, which it does not draw`);
  }
  expect(problems).toEqual([]);
  // the faces every page preloads are drawn on first screens, not merely shipped
  expect(everyPage.filter((file) => !drawnAnywhere.has(file))).toEqual([]);
});
