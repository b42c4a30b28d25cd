// Lines into blocks: a text wrapped at a fixed width is joined back into its paragraphs.
import { describe, expect, it } from 'vitest';
import { units } from '../../../../src/pipeline/layout/units.ts';

/** A paragraph wrapped at about 60 characters, as an e-mail or a PDF copy sets it. */
const WRAPPED = [
  'Le gouvernement a présenté sa stratégie pour le cloud, qui doit',
  'protéger les données les plus sensibles des administrations et',
  'des entreprises qui exploitent des services essentiels, et leur',
  'garantir, dit le ministre, une vraie et très durable souve-',
  'raineté face aux lois extraterritoriales des États-Unis, dont le',
  'Cloud Act adopté en 2018 par le Congrès américain, qui permet à',
  'la justice de ce pays de demander des données stockées partout',
  'dans le monde par une entreprise américaine ou par ses filiales.',
];

describe('units', () => {
  it('joins a wrapped paragraph, and a word cut by a hyphen at a line end', () => {
    const [unit] = units(WRAPPED.join('\n'));
    expect(unit!.text).toContain('durable souveraineté face');
    expect(unit!.lines).toBe(8);
  });

  it('joins a word cut at a soft hyphen without leaving the hyphen, visible or not', () => {
    const text = WRAPPED.join('\n').replace('souve-', 'souve\u00AD');
    const [unit] = units(text);
    expect(unit!.text).toContain('durable souveraineté face');
    expect(unit!.text).not.toContain('\u00AD');
  });

  it('a soft hyphen that ends a line left alone leaves no trace in its block', () => {
    const [first] = units('Un titre coupé par un tiret condition\u00AD\n\nnel, puis un autre paragraphe.');
    expect(first!.text).toBe('Un titre coupé par un tiret condition');
  });
});

describe('units: a newspaper’s narrow column', () => {
  const COLUMN = ['Un an après leur lance-', 'ment, Cloudwatt et Nu-', 'mergy comptent peu de', 'clients. Les deux socié-', 'tés ont pourtant reçu', 'chacune 75 millions', "d'euros de l'État."];

  it('is joined into its paragraph when words are cut at its lines’ ends', () => {
    const [unit, ...rest] = units(COLUMN.join('\n'));
    expect(rest).toEqual([]);
    expect(unit!.text).toBe("Un an après leur lancement, Cloudwatt et Numergy comptent peu de clients. Les deux sociétés ont pourtant reçu chacune 75 millions d'euros de l'État.");
  });

  it('but short lines with no word cut stay lines: a menu, a list of names, a poem', () => {
    const menu = ['Accueil', 'Économie', 'Tech et numérique', 'Cloud souverain', 'Cybersécurité', 'Nos newsletters', 'Se connecter'];
    expect(units(menu.join('\n')).map((u) => u.text)).toEqual(menu);
    const uncut = COLUMN.map((line) => line.replace(/-$/u, ''));
    expect(units(uncut.join('\n')).length).toBe(uncut.length);
  });
});

describe('units: a double-spaced copy', () => {
  it('reads one blank line as no break, and two or more as a paragraph’s end', () => {
    const second = ['La Commission doit présenter en 2022 une proposition de règlement qui', 'fixera les règles du marché européen du cloud, selon plusieurs sources.'];
    const spaced = [...WRAPPED, '', ...second].join('\n').replace(/\n/g, '\n\n');
    const read = units(spaced);
    expect(read.map((u) => u.line)).toEqual([1, 19]);
    expect(read[0]!.text).toContain('durable souveraineté face');
  });

  it('but a text whose paragraphs are one line each, a blank line apart, stays as it is', () => {
    const lines = ['Un titre court', 'Par Jean Dupont', 'le 3 mars 2021', ...Array.from({ length: 8 }, (_, k) => `La phrase numéro ${k + 1} du texte, qui est un paragraphe.`), 'mots-clés'];
    const read = units(lines.join('\n\n'));
    expect(read.length).toBe(lines.length);
    expect(read.every((u) => u.blankBefore && u.blankAfter)).toBe(true);
  });
});
