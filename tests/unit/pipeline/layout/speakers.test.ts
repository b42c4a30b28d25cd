import { describe, expect, it } from 'vitest';
import { askingOutlet, readSpeakers, withoutSpeaker } from '../../../../src/pipeline/layout/speakers.ts';

describe('readSpeakers', () => {
  it('finds the names that open two turns or more, and who asks', () => {
    const speakers = readSpeakers([
      'Les Échos du Nord : Les annonces de Bleu ont-elles changé la donne ?',
      'Marie Dupont : Elles ont clarifié le paysage pour les directions informatiques.',
      'Les Échos du Nord : Beaucoup jugent les offres européennes trop chères.',
      'Marie Dupont : C’est en partie vrai, et c’est bien tout le problème.',
      'Les Échos du Nord : L’État doit-il imposer cette préférence ?',
    ]);
    expect([...speakers.names].sort()).toEqual(['Les Échos du Nord', 'Marie Dupont']);
    expect(speakers.interviewer).toBe('Les Échos du Nord');
    // the publication that asks is the outlet; a person who asks is not
    expect(askingOutlet(speakers)).toBe('Les Échos du Nord');
    expect(withoutSpeaker('Marie Dupont : Elles ont clarifié le paysage.', speakers)).toBe('Elles ont clarifié le paysage.');
  });

  it('takes no label of furniture, no title with a colon, no name said once for a speaker', () => {
    const speakers = readSpeakers([
      'Cloud Act : ce que dit vraiment la loi qui inquiète les Européens',
      'Source : Insee, enquête annuelle sur les entreprises',
      'Source : Eurostat, statistiques de la société numérique',
      'Photo : AFP',
      'Photo : Reuters',
    ]);
    expect([...speakers.names]).toEqual([]);
    expect(speakers.interviewer).toBeUndefined();
  });

  it('names no outlet when the one who asks is a role ("Question : …")', () => {
    const speakers = readSpeakers([
      'Question : Pourquoi avoir choisi un hébergeur français pour vos données ?',
      'Réponse : Parce que nos clients publics nous le demandent désormais.',
      'Question : Et le prix, est-il vraiment plus élevé qu’ailleurs ?',
    ]);
    expect(speakers.interviewer).toBe('Question');
    expect(askingOutlet(speakers)).toBeUndefined();
  });

  it('names no outlet when a person asks', () => {
    const speakers = readSpeakers([
      'Jean Martin : Pourquoi avoir choisi un hébergeur français pour vos données ?',
      'Claire Petit : Parce que nos clients publics nous le demandent désormais.',
      'Jean Martin : Et le prix, est-il vraiment plus élevé qu’ailleurs ?',
    ]);
    expect(speakers.interviewer).toBe('Jean Martin');
    expect(askingOutlet(speakers)).toBeUndefined();
  });
});
