// The open data page and the embeddable figures as a reader and a host use them: the files
// download and parse, the column dictionary is there; an embed shows its figure with and
// without JavaScript, inside an <iframe> its links open in the reader's window; the iframe
// code beside a figure can be copied with the button, or selected by hand without JavaScript.
import { expect, test } from '@playwright/test';
import { parseCsv } from '../../src/opendata/csv.ts';
import { pageTypes, pathOf } from './quality/page-types.ts';

const eventEmbed = () => pageTypes().find((t) => t.name === 'embed event')!.path;

test('the footer leads to the data page, which offers each file with its size and dictionary', async ({ page, request }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Données ouvertes' }).click();
  await expect(page).toHaveURL(/\/donnees\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Les données ouvertes' })).toBeVisible();
  const files = page.getByRole('table', { name: /Quatre jeux de données/ });
  const csvLink = files.getByRole('link', { name: 'relations.csv' });
  await expect(csvLink).toBeVisible();
  await expect(files.getByRole('row', { name: /Les relations entre acteurs/ })).toContainText(/\d+(,\d)? ko/);

  const response = await request.get((await csvLink.getAttribute('href'))!);
  expect(response.ok()).toBe(true);
  const [header, ...rows] = parseCsv(await response.text());
  expect(header).toContain('phrase_url');
  expect(rows.length).toBeGreaterThan(10);
  const json = await (await request.get((await files.getByRole('link', { name: 'relations.json' }).getAttribute('href'))!)).json();
  expect(json.lignes).toHaveLength(rows.length);

  const dictionary = page.getByRole('table', { name: 'Les colonnes de relations.csv, dans l’ordre' });
  await expect(dictionary.getByRole('rowheader', { name: 'phrase_url' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Creative Commons Attribution 4\.0/ })).toHaveAttribute('rel', /noopener/);
});

test('a file downloads under its name', async ({ page }) => {
  await page.goto('/donnees/');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'acteurs.json' }).click();
  expect((await download).suggestedFilename()).toBe('acteurs.json');
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('an event’s embed shows the event, its quotes and its source line', async ({ page }) => {
      await page.goto(eventEmbed());
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('img', { name: /^Sur la période 2013–2025/ })).toBeVisible();
      const source = page.getByRole('contentinfo').getByRole('link', { name: 'cet événement dans la chronologie' });
      await expect(source).toHaveAttribute('target', '_top');
      await expect(source).toHaveAttribute('href', /\/chronologie\/#[a-z0-9-]+$/);
    });

    test('the network embed is the drawn figure, each actor a link', async ({ page }) => {
      await page.goto('/integrer/reseau/');
      await expect(page.getByRole('heading', { level: 1, name: 'Le réseau des acteurs du cloud souverain européen' })).toBeVisible();
      // the figure is drawn twice (wide, and narrow for a phone); the stylesheet shows one
      const figure = page.locator('svg[data-network-svg]').filter({ visible: true });
      await expect(figure).toHaveCount(1);
      expect(await figure.locator('a.node').count()).toBeGreaterThan(10);
      await expect(page.getByRole('link', { name: 'le réseau des acteurs, en entier' })).toBeVisible();
    });

    test('in an iframe, a link of the embed opens in the reader’s window', async ({ page, baseURL }) => {
      const actor = pathOf('actor').split('/')[2]!;
      await page.setContent(`<!doctype html><html lang="fr"><title>Hôte</title><iframe src="${baseURL}/integrer/acteurs/${actor}/" title="Un acteur" width="600" height="600"></iframe></html>`);
      const frame = page.frameLocator('iframe');
      await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
      await frame.getByRole('contentinfo').getByRole('link').click();
      await expect(page).toHaveURL(`${baseURL}/acteurs/${actor}/`);
    });
  });
}

test.describe('the iframe code beside a figure', () => {
  test('copies with the button', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.goto('/reseau/');
    await page.getByText('Intégrer cette figure').click();
    const code = page.getByLabel('Code HTML à coller dans votre page (Le réseau des acteurs)');
    await expect(code).toHaveValue(/^<iframe src="https?:\/\/[^"]+\/integrer\/reseau\/" title="Le réseau des acteurs — [^"]+" width="100%" height="\d+" loading="lazy"/);
    await expect(code).toHaveAttribute('readonly', '');
    await page.getByRole('button', { name: 'Copier le code' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Code copié.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the code can be selected by hand, and there is no button that would do nothing', async ({ page }) => {
      await page.goto(pathOf('actor'));
      await page.getByText('Intégrer cet acteur et ses relations').click();
      const code = page.getByLabel(/^Code HTML à coller dans votre page/);
      await expect(code).toBeVisible();
      await expect(code).toHaveValue(/\/integrer\/acteurs\/[a-z0-9-]+\//);
      await code.selectText();
      expect(await code.evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd))).toBe(await code.inputValue());
      await expect(page.getByRole('button', { name: 'Copier le code' })).toBeHidden();
      await expect(page.getByRole('link', { name: 'Télécharger les données' })).toBeVisible();
    });
  });
});
