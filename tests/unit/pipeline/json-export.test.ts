import { describe, expect, it } from 'vitest';
import { fromJsonExport } from '../../../src/pipeline/json-export.ts';
import { decode } from '../../../src/pipeline/decode.ts';
import { readLayout } from '../../../src/pipeline/layout/index.ts';

const seed = (text: string) => ({ name: 'x', path: 'seeds/x.json', bytes: new TextEncoder().encode(text) });

describe('fromJsonExport: an article a CMS or an API exported as JSON', () => {
  it('writes its fields as a front matter above its text, whose line breaks are the text’s', () => {
    const json = JSON.stringify({
      id: 4821,
      title: 'Le cloud « de confiance » : ce que prévoit l’État',
      author: 'Camille Roy',
      published_at: '2021-05-17T10:00:00+02:00',
      source: 'Le Courrier du Numérique',
      body: 'Premier paragraphe du texte.\n\nSecond paragraphe, "entre guillemets".',
    });
    const out = fromJsonExport(json);
    expect(out?.body).toBe('body');
    expect(out?.text).toBe(
      [
        '---',
        'title: "Le cloud « de confiance » : ce que prévoit l’État"',
        'author: "Camille Roy"',
        'date: "2021-05-17T10:00:00+02:00"',
        'source: "Le Courrier du Numérique"',
        '---',
        '',
        'Premier paragraphe du texte.',
        '',
        'Second paragraphe, "entre guillemets".',
        '',
      ].join('\n'),
    );
  });

  it('reads a list of authors, authors written as objects, a value as a CMS’s API renders it, and one object wrapping the article', () => {
    const out = fromJsonExport(
      JSON.stringify({ data: { headline: 'Titre', authors: [{ name: 'A. Martin' }, 'B. Durand'], content: { rendered: '<p>Le texte.</p>' } } }),
      (body) => body.replace(/<\/?p>/gu, ''),
    );
    expect(out?.body).toBe('content');
    expect(out?.text).toBe('---\ntitle: "Titre"\nauthors:\n  - "A. Martin"\n  - "B. Durand"\n---\n\nLe texte.\n');
  });

  it('reads a field’s HTML as the text it shows, keeps its no-break spaces, and writes the day of the last change as `updated`', () => {
    const out = fromJsonExport(
      JSON.stringify({ title: 'Cloud\u00a0: la stratégie', modified: '2021-05-18T09:03:55', excerpt: { rendered: '<p>Le label\n arrive.</p>\n' }, content: 'Le texte.' }),
      (body) => body.replace(/<\/?p>/gu, ''),
    );
    expect(out?.text).toBe('---\ntitle: "Cloud\u00a0: la stratégie"\nupdated: "2021-05-18T09:03:55"\ndescription: "Le label arrive."\n---\n\nLe texte.\n');
  });

  it('takes nothing that is not a JSON object holding a text: prose opening on a brace, an array, an object without a text, a blank text', () => {
    expect(fromJsonExport('{Note de la rédaction} Le texte qui suit a été mis à jour. {fin}')).toBeUndefined();
    expect(fromJsonExport('[{"body": "Le texte."}]')).toBeUndefined();
    expect(fromJsonExport('{"title": "Titre", "tags": ["cloud"]}')).toBeUndefined();
    expect(fromJsonExport('{"title": "Titre", "body": "   "}')).toBeUndefined();
    expect(fromJsonExport('{"a": {"body": "x"}, "b": {"body": "y"}}')).toBeUndefined();
    expect(fromJsonExport('Le titre\n\nUn texte.')).toBeUndefined();
  });
});

describe('decode and the layout: a JSON export is read as the article it holds', () => {
  it('gives the title, date, author and outlet from its fields, the paragraphs from its text, and warns', () => {
    const json = JSON.stringify(
      {
        title: 'Gaia-X : la fondation tient son sommet à Paris',
        byline: 'Nadia Benali',
        datePublished: '2021-11-18',
        publisher: 'Le Courrier du Numérique',
        articleBody:
          '<p>La fondation Gaia-X a réuni jeudi ses membres à Paris.</p>\n<p>Les débats ont porté sur les règles de participation des fournisseurs non européens.</p>\n<p>Un nouveau directeur général a été présenté.</p>',
      },
      null,
      2,
    );
    const decoded = decode(seed(json));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.warnings.join('\n')).toMatch(/seeds\/x\.json: read as a JSON export: the text of its « articleBody » field/u);
    expect(decoded.text).not.toMatch(/<p>|[{}]/u);
    const layout = readLayout(decoded.text);
    expect(layout.title).toBe('Gaia-X : la fondation tient son sommet à Paris');
    expect(layout.date?.found.value).toBe('2021-11-18');
    expect(layout.authors).toEqual(['Nadia Benali']);
    expect(layout.outlet).toBe('Le Courrier du Numérique');
    expect(layout.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual([
      'La fondation Gaia-X a réuni jeudi ses membres à Paris.',
      'Les débats ont porté sur les règles de participation des fournisseurs non européens.',
      'Un nouveau directeur général a été présenté.',
    ]);
  });

  it('gives the day of the last change as the update, never as the publication', () => {
    const json = JSON.stringify({ date: '2021-05-17T18:42:10', modified: '2021-05-18T09:03:55', title: 'Le titre de l’article', content: '<p>Le gouvernement a présenté ce lundi sa stratégie nationale pour le cloud, fondée sur un label.</p>' });
    const decoded = decode(seed(json));
    if (!decoded.ok) throw new Error('not decoded');
    const layout = readLayout(decoded.text);
    expect(layout.date?.found.value).toBe('2021-05-17');
    expect(layout.updated).toBe('2021-05-18');
  });

  it('reads an editor’s « Mis à jour le : » field as the update, as it reads a JSON export’s', () => {
    const layout = readLayout('Titre : Le cloud de confiance en débat\nDate : 17/05/2021\nMis à jour le : 19/05/2021\nTexte :\n\nLe gouvernement a présenté ce lundi sa stratégie nationale pour le cloud, fondée sur un label.\n');
    expect(layout.date?.found.value).toBe('2021-05-17');
    expect(layout.updated).toBe('2021-05-19');
  });

  it('leaves a text that quotes JSON as prose', () => {
    const text = 'Le format JSON\n\nUn objet s’écrit ainsi : {"titre": "x"}. Les API des journaux en renvoient.\n';
    const decoded = decode(seed(text));
    expect(decoded.ok && decoded.warnings.some((w) => /JSON export/u.test(w))).toBe(false);
  });
});
