import { describe, expect, it } from 'vitest';
import { frontMatterLines, fromMarkdown, isMarkdown, unmarkLine } from '../../../../src/pipeline/layout/markdown.ts';

describe('whether a text is Markdown', () => {
  it('takes two kinds of marks, or two headings, as Markdown', () => {
    expect(isMarkdown('# Titre\n\nUn texte avec un [lien](https://exemple.fr).')).toBe(true);
    expect(isMarkdown('# Titre\n\n## Intertitre\n\nTexte.')).toBe(true);
    expect(isMarkdown('Un **point** important.\n\n> « Citation », dit-il.')).toBe(true);
    // a heading and a line wholly in italics
    expect(isMarkdown('# Le cloud souverain ne se décrète pas\n\n*Par Jean Dupont, député de la Gironde.*\n\nTexte.')).toBe(true);
  });

  it('a few words in italics, or lines in italics alone, are no Markdown', () => {
    expect(isMarkdown('Titre\nUn mot *en italique* dans la phrase.\n# Un dièse')).toBe(false);
    expect(isMarkdown('*Une ligne en italique.*\n*Une autre.*\nTexte.')).toBe(false);
  });

  it('does not take one mark alone, common in plain text, for Markdown', () => {
    expect(isMarkdown('Réponse :\n> Merci pour votre message.\n> Bien à vous')).toBe(false);
    expect(isMarkdown('#cloud #souveraineté #SecNumCloud\nUn message.')).toBe(false);
    expect(isMarkdown('Le prix* est indicatif.\n* hors taxes')).toBe(false);
    expect(isMarkdown('###\nContact presse : Jean Dupont')).toBe(false);
    // one sentence that quotes the marks is a sentence
    expect(isMarkdown('Titre\n# Pas un titre ## non plus [lien](http://x.example) **gras**, dit la phrase.\nFin.')).toBe(false);
  });
});

describe('a line without its marks', () => {
  it.each([
    ['# Gaia-X, trois ans après', 'Gaia-X, trois ans après'],
    ['## Des ambitions revues ##', 'Des ambitions revues'],
    ['> « Ce n’est pas un cloud », dit-elle.', '« Ce n’est pas un cloud », dit-elle.'],
    ['> > cité deux fois', 'cité deux fois'],
    ['le projet [Gaia-X](https://gaia-x.eu "site") a été lancé', 'le projet Gaia-X a été lancé'],
    ['voir <https://exemple.fr/page>', 'voir https://exemple.fr/page'],
    ['**Par Thomas Becker** · 15 novembre 2023', 'Par Thomas Becker · 15 novembre 2023'],
    ['des *labels* et des __règles__', 'des labels et des règles'],
    ['le fichier `config.yaml`', 'le fichier config.yaml'],
    ['![Photo du siège](img/siege.jpg)', ''],
    ['---', ''],
    ['un prix de 5 \\* 3 euros', 'un prix de 5 * 3 euros'],
    ['une ligne coupée  ', 'une ligne coupée'],
    ['- un élément de *liste*', '- un élément de liste'],
    ['snake_case_name et 2*3*4', 'snake_case_name et 2*3*4'],
    ['[lien piégé](javascript:alert(1))', 'lien piégé'],
    ['[Cloud](https://fr.wikipedia.org/wiki/Cloud_(informatique))', 'Cloud'],
  ])('%s', (line, expected) => {
    expect(unmarkLine(line)).toBe(expected);
  });

  it('keeps every line in its place, so line numbers still point into the file', () => {
    const text = '# Titre\n\n**Par X** · 3 mars 2021\n\n---\n\nTexte avec [lien](https://a.fr).';
    const { text: plain, markdown } = fromMarkdown(text);
    expect(markdown).toBe(true);
    expect(plain.split('\n')).toHaveLength(text.split('\n').length);
    expect(plain).toBe('Titre\n\nPar X · 3 mars 2021\n\n\n\nTexte avec lien.');
  });

  it('leaves a plain text as it is', () => {
    const text = 'Titre\nPar X\n> une seule citation';
    expect(fromMarkdown(text)).toEqual({ text, markdown: false });
  });
});

describe('a front matter', () => {
  it('is told by its fences and a key between them, and counted whole', () => {
    expect(frontMatterLines(['---', 'title: Le titre', 'date: 2022-07-12', '---', '', 'Le texte.'])).toBe(4);
    expect(frontMatterLines(['---', 'title: Le titre', '...', 'Le texte.'])).toBe(3);
    // a rule at the top, a rule lower down, and no key between: no front matter
    expect(frontMatterLines(['---', 'Le titre', '', 'Le texte.', '---'])).toBe(0);
    expect(frontMatterLines(['Le titre', '---', 'title: x', '---'])).toBe(0);
    expect(frontMatterLines(['---', 'title: Le titre'])).toBe(0);
  });

  it('stays as written for the header, and the text under it is read as Markdown', () => {
    const text = '---\ntitle: "Le titre"\nauthors:\n  - Camille Roy\n---\n\n# Le titre\n\nUn **point**.';
    expect(fromMarkdown(text).text).toBe('---\ntitle: "Le titre"\nauthors:\n  - Camille Roy\n---\n\nLe titre\n\nUn point.');
  });
});
