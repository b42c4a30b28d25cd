import { describe, expect, it } from 'vitest';
import { fromMarkup, looksLikeMarkup } from '../../../src/pipeline/html.ts';
import { decode } from '../../../src/pipeline/decode.ts';

const lines = (text: string) => text.split('\n');

describe('looksLikeMarkup', () => {
  it('takes a page’s source, a fragment of it, a feed’s item or a source saved on one line for markup', () => {
    expect(looksLikeMarkup('<h1>Titre</h1>\n<p>Un paragraphe.</p>\n<p>Un autre.</p>\n')).toBe(true);
    expect(looksLikeMarkup('<title>Titre</title>\n<link>https://exemple.fr/a</link>\n<pubDate>Thu, 04 Feb 2021 09:30:00 +0100</pubDate>\n\nLe texte.\n')).toBe(true);
    const oneLine = `<html><body>${'<p>Une phrase du texte, assez longue pour un paragraphe.</p>'.repeat(12)}</body></html>`;
    expect(looksLikeMarkup(oneLine)).toBe(true);
    expect(looksLikeMarkup(`Menu\nAccueil\n${oneLine}`)).toBe(true);
  });

  it('but not prose that quotes a tag, nor a text with a few signs « < »', () => {
    expect(looksLikeMarkup('Le titre\n\nPour un paragraphe, le HTML écrit <p> au début et </p> à la fin.\n\nUn autre paragraphe, sans balise.\n')).toBe(false);
    expect(looksLikeMarkup('Titre\n\nLe coût est < 10 % du budget, et la marge > 3 %.\n\n<3 de la part de l’équipe.\n')).toBe(false);
    expect(looksLikeMarkup('Le titre\n\nUn texte sans aucune balise.\n')).toBe(false);
  });
});

describe('fromMarkup: the text a page shows, each block on the line where it starts', () => {
  it('sets aside the head (but its title), scripts, styles and forms’ controls; attributes are never text', () => {
    const page = [
      '<!DOCTYPE html>',
      '<html><head><meta charset="utf-8"><title>Le titre | Le Site</title>',
      '<script>document.write("<p>injecté</p>")</script><style>p { color: red }</style></head>',
      '<body><p class="x" data-y="attribut">Premier paragraphe du texte.</p>',
      '<noscript>Activez JavaScript.</noscript><button>Partager</button>',
      '<p>Deuxième paragraphe.</p></body></html>',
    ].join('\n');
    const shown = fromMarkup(page);
    expect(lines(shown.text)).toEqual(['', 'Le titre | Le Site', '', 'Premier paragraphe du texte.', '', 'Deuxième paragraphe.']);
    expect(shown.text).not.toMatch(/injecté|color|attribut|JavaScript|Partager/u);
    expect(shown.feed).toBe(false);
  });

  it('joins a paragraph written on several lines of the file, on the line it starts', () => {
    const shown = fromMarkup('<h1>Titre</h1>\n<p>Une phrase coupée\npar le fichier, puis\nune autre.</p>\n<p>Fin.</p>');
    expect(lines(shown.text)).toEqual(['Titre', 'Une phrase coupée par le fichier, puis une autre.', '', '', 'Fin.']);
  });

  it('gives blocks that start on one line the lines after it, in their order', () => {
    // the fourth block starts on line 2, which the others took: it takes the next free one
    expect(lines(fromMarkup('<h1>Titre</h1><p>Un.</p><p>Deux.</p>\n<p>Trois.</p>').text)).toEqual(['Titre', 'Un.', 'Deux.', 'Trois.']);
    // and a block further down the file keeps its line
    expect(lines(fromMarkup('<h1>Titre</h1><p>Un.</p>\n\n\n\n<p>Deux.</p>').text)).toEqual(['Titre', 'Un.', '', '', 'Deux.']);
  });

  it('writes lists with their marks, a table’s rows one a line, a line break as one', () => {
    const shown = fromMarkup('<ul><li>Un ;</li><li>deux.</li></ul>\n<ol><li>Premier</li><li>Second</li></ol>\n<table><tr><th>Année</th><th>Membres</th></tr><tr><td>2020</td><td>22</td></tr></table>\n<p>Ligne un<br>ligne deux</p>');
    expect(shown.text.split('\n').filter(Boolean)).toEqual(['- Un ;', '- deux.', '1. Premier', '2. Second', 'Année | Membres', '2020 | 22', 'Ligne un', 'ligne deux']);
  });

  it('reads entities as their characters, the non-breaking space kept', () => {
    expect(fromMarkup('<p>L&rsquo;Europe&nbsp;: &laquo;&#x202F;souveraine&#x202F;&raquo; &amp; R&amp;D</p>').text).toBe('L’Europe\u00a0: «\u202Fsouveraine\u202F» & R&D');
  });

  it('writes a feed item’s fields as the header’s fields, and keeps the lines of the text around them', () => {
    const item = '<title>Le titre</title>\n<link>https://exemple.fr/a</link>\n<pubDate>Thu, 04 Feb 2021 09:30:00 +0100</pubDate>\n<dc:creator>Julien Marchand</dc:creator>\n\nPremier paragraphe.\n\nSecond paragraphe.\n';
    const shown = fromMarkup(item);
    expect(shown.feed).toBe(true);
    expect(lines(shown.text)).toEqual(['Titre : Le titre', 'URL : https://exemple.fr/a', 'Date : Thu, 04 Feb 2021 09:30:00 +0100', 'Auteur : Julien Marchand', '', 'Premier paragraphe.', '', 'Second paragraphe.']);
  });

  it('drops what holds no word between blocks: the bullets a copy put before tags, the separators between links', () => {
    expect(fromMarkup('- <h1>Titre</h1>\n- <p>Texte.</p>\n<footer><a>Mentions</a> | <a>Cookies</a></footer>').text.split('\n').filter(Boolean)).toEqual(['Titre', 'Texte.', 'Mentions | Cookies']);
  });
});

describe('decode: a page’s source saved as the text', () => {
  it('is read as the text it shows, with a warning that names the file and the line of its first tag', () => {
    const source = 'Copié depuis le navigateur\n<h1>Le titre</h1>\n<p>Premier paragraphe du texte.</p>\n<p>Second paragraphe.</p>\n';
    const result = decode({ name: 'x', path: 'seeds/x.txt', bytes: new TextEncoder().encode(source) });
    expect(result.ok && lines(result.text)).toEqual(['Copié depuis le navigateur', 'Le titre', 'Premier paragraphe du texte.', 'Second paragraphe.']);
    expect(result.ok && result.warnings).toEqual([expect.stringMatching(/^seeds\/x\.txt:2: read as a page's HTML source: .* 4 blocks kept, each on the line where it starts in the file$/u)]);
  });

  it('and a text with no markup is as it was', () => {
    const text = 'Le titre\n\nUn paragraphe où « < » compare deux nombres : 3 < 4.\n';
    const result = decode({ name: 'x', path: 'seeds/x.txt', bytes: new TextEncoder().encode(text) });
    expect(result.ok && result.text).toBe(text);
    expect(result.ok && result.warnings).toEqual([]);
  });
});
