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
