import { describe, expect, it } from 'vitest';
import { hasSentences, segment, splitSentences } from '../../../src/pipeline/segment.ts';

const split = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  const table: [string, string, string[]][] = [
    ['simple', 'Une phrase. Une autre ! Et une question ? Fin.', ['Une phrase.', 'Une autre !', 'Et une question ?', 'Fin.']],
    ['guillemets hold their sentences', 'Il dit : « Nous sommes prêts. Nous irons vite. » Puis il part.', ['Il dit : « Nous sommes prêts. Nous irons vite. »', 'Puis il part.']],
    ['sentence ending in a quote', '« Une citation. Deux phrases ». Ensuite, la suite.', ['« Une citation. Deux phrases ».', 'Ensuite, la suite.']],
    ['abbreviations', 'M. Dupont et Mme Durand sont là. Le Dr. Martin aussi.', ['M. Dupont et Mme Durand sont là.', 'Le Dr. Martin aussi.']],
    ['etc. then lower case', 'Des normes, des garanties, etc. que devront respecter les acteurs.', ['Des normes, des garanties, etc. que devront respecter les acteurs.']],
    ['p. ex.', 'Des hébergeurs, p. ex. OVH, sont présents.', ['Des hébergeurs, p. ex. OVH, sont présents.']],
    ['initials', 'Selon J. R. Tolkien, tout va bien. Selon John F. Kennedy aussi.', ['Selon J. R. Tolkien, tout va bien.', 'Selon John F. Kennedy aussi.']],
    ['a surname of one letter before a sentence', 'a estimé le secrétaire d’Etat, Cédric O. Le partenariat représente une évolution.', ['a estimé le secrétaire d’Etat, Cédric O.', 'Le partenariat représente une évolution.']],
    ['numbers', 'La version 3.5 sort en 2021. Elle coûte 1.000 euros.', ['La version 3.5 sort en 2021.', 'Elle coûte 1.000 euros.']],
    ['file names and ellipsis in brackets', 'Lisez le rapport (.pdf) et les garanties (juridique, SLA...) que devront respecter les offres. Fin.', ['Lisez le rapport (.pdf) et les garanties (juridique, SLA...) que devront respecter les offres.', 'Fin.']],
    ['Gaia-X at the end of a sentence', 'Conforme aux recommandations de Gaia-X. Il fournira les normes.', ['Conforme aux recommandations de Gaia-X.', 'Il fournira les normes.']],
    ['NBSP before the question mark', 'Le Cloud européen, c\'est pour demain\u00a0? C\'est en tout cas la volonté du ministre.', ['Le Cloud européen, c\'est pour demain\u00a0?', 'C\'est en tout cas la volonté du ministre.']],
    ['unbalanced guillemet does not swallow the text', 'Il dit « bonjour. Puis rien. Fin.', ['Il dit « bonjour.', 'Puis rien.', 'Fin.']],
    ['no final punctuation', 'Un texte sans point final', ['Un texte sans point final']],
  ];
  for (const [name, text, expected] of table) it(name, () => expect(split(text)).toEqual(expected));

  it('gives offsets into the paragraph', () => {
    const text = 'Une phrase.  Une autre.';
    for (const span of splitSentences(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('segment', () => {
  const blocks = [
    { kind: 'paragraph' as const, line: 1, text: 'Premier. Second.' },
    { kind: 'heading' as const, line: 3, text: 'Un intertitre' },
    { kind: 'paragraph' as const, line: 5, text: 'Troisième.' },
  ];

  it('numbers paragraphs and sentences from 1, headings not counted, sections after headings', () => {
    const segments = segment(blocks);
    expect(segments.map((s) => (hasSentences(s) ? `${s.sentences.map((x) => x.id).join(',')}@${s.section}` : `h${s.section}`))).toEqual(['p1-s1,p1-s2@0', 'h1', 'p2-s1@1']);
  });

  it('numbers a list like a paragraph, its sentences through its items; a table is not numbered', () => {
    const segments = segment([
      { kind: 'paragraph', line: 1, text: 'Trois points :' },
      { kind: 'list', line: 2, ordered: true, items: [{ line: 2, text: 'Un. Deux.' }, { line: 3, text: 'Trois.' }] },
      { kind: 'table', line: 5, rows: [['a', 'b'], ['1', '2']] },
      { kind: 'paragraph', line: 8, text: 'Fin.' },
    ]);
    expect(segments.map((s) => s.kind)).toEqual(['paragraph', 'list', 'table', 'paragraph']);
    const list = segments[1]!;
    expect(list.kind === 'list' && [list.index, list.sentences.map((s) => s.id), list.items.map((i) => i.sentences)]).toEqual([2, ['p2-s1', 'p2-s2', 'p2-s3'], [2, 1]]);
    expect(segments[3]!.kind === 'paragraph' && segments[3]!.sentences[0]!.id).toBe('p3-s1');
  });

  it('is stable: the same text gives the same ids', () => {
    expect(segment(blocks)).toEqual(segment(structuredClone(blocks)));
  });
});
