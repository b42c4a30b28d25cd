import { describe, expect, it } from 'vitest';
import { annotate, compileMatcher } from '../../../src/pipeline/annotate.ts';
import { segment } from '../../../src/pipeline/segment.ts';

// A small fixture glossary: the real content/glossary.yaml is curated elsewhere.
const terms = compileMatcher([
  { id: 'cloud', forms: ['cloud'] },
  { id: 'cloud-act', forms: ['Cloud Act', 'CLOUD Act'] },
  { id: 'cloud-souverain', forms: ['cloud souverain', 'clouds souverains'] },
  { id: 'gaia-x', forms: ['Gaia-X', 'Gaia X'] },
  { id: 'gaia', forms: ['Gaia'] },
  { id: 'oiv', forms: ['OIV'] },
  { id: 'europe', forms: ['Europe'] },
  { id: 'economie', forms: ['Économie'] },
  { id: 'rgpd', forms: ['RGPD'], caseSensitive: false },
]);
const actors = compileMatcher([
  { id: 'ovhcloud', forms: ['OVHcloud', 'OVH'] },
  { id: 't-systems', forms: ['T-Systems'] },
  { id: 'systems', forms: ['Systems'] },
  { id: 'commission', forms: ['Commission européenne', 'Commission'], caseSensitive: true },
]);
const found = (matcher: typeof terms, text: string) => matcher.find(text).map((m) => `${m.id}:${m.text}`);

describe('compileMatcher', () => {
  it('longest match wins', () => {
    expect(found(terms, 'Le Cloud Act et le cloud souverain, pas le cloud.')).toEqual(['cloud-act:Cloud Act', 'cloud-souverain:cloud souverain', 'cloud:cloud']);
  });

  it('never matches inside a word: no "cloud" in "OVHcloud", no "OVH" in "OVHcloud"', () => {
    expect(found(terms, 'OVHcloud et cloudification')).toEqual([]);
    expect(found(actors, 'OVHcloud, puis OVH.')).toEqual(['ovhcloud:OVHcloud', 'ovhcloud:OVH']);
  });

  it('treats hyphen-joined words as one word: no "Gaia" in "Gaia-X", no "Systems" in "T-Systems"', () => {
    expect(found(terms, 'Gaia-X et Gaia X, puis Gaia seule.')).toEqual(['gaia-x:Gaia-X', 'gaia-x:Gaia X', 'gaia:Gaia']);
    expect(found(actors, 'T-Systems et Systems')).toEqual(['t-systems:T-Systems', 'systems:Systems']);
  });

  it('handles French elision with both apostrophes', () => {
    expect(found(terms, 'l’Europe et l\'Europe, d’Europe, qu’Europe')).toEqual(['europe:Europe', 'europe:Europe', 'europe:Europe', 'europe:Europe']);
    expect(found(actors, 'd’OVHcloud et d\'OVH')).toEqual(['ovhcloud:OVHcloud', 'ovhcloud:OVH']);
    const [first] = actors.find('d’OVHcloud');
    expect(first!.start).toBe(2);
  });

  it('matches acronyms case-sensitively, other forms case-insensitively, unless told otherwise', () => {
    expect(found(terms, 'des OIV, des oiv, des Oiv')).toEqual(['oiv:OIV']);
    expect(found(terms, 'Le Cloud Souverain, le CLOUD SOUVERAIN')).toEqual(['cloud-souverain:Cloud Souverain', 'cloud-souverain:CLOUD SOUVERAIN']);
    expect(found(terms, 'le rgpd et le RGPD')).toEqual(['rgpd:rgpd', 'rgpd:RGPD']);
    expect(found(actors, 'la Commission européenne, la commission des finances')).toEqual(['commission:Commission européenne']);
  });

  it('matches accents as written, and white space loosely', () => {
    expect(found(terms, 'l’Économie, l’économie, l’Economie')).toEqual(['economie:Économie', 'economie:économie']);
    expect(found(terms, 'le Cloud\u00a0Act et le cloud  souverain')).toEqual(['cloud-act:Cloud\u00a0Act', 'cloud-souverain:cloud  souverain']);
  });

  it('falls back to a shorter form when the longest fails its case rule', () => {
    const matcher = compileMatcher([
      { id: 'ab', forms: ['AB'] },
      { id: 'ab-cd', forms: ['AB CD'] },
    ]);
    expect(found(matcher, 'AB cd et AB CD')).toEqual(['ab:AB', 'ab-cd:AB CD']);
  });
});

describe('annotate', () => {
  const segments = segment([
    { kind: 'paragraph', line: 1, text: 'Le cloud souverain arrive. Le cloud souverain, encore, avec OVHcloud et T-Systems.' },
    { kind: 'paragraph', line: 3, text: 'Toujours le cloud souverain.' },
    { kind: 'heading', line: 5, text: 'Le cloud souverain dans un titre' },
    { kind: 'paragraph', line: 7, text: 'Le cloud souverain, nouvelle section. OVH aussi.' },
  ]);
  const annotated = annotate(segments, { terms, actors });
  const sentences = annotated.flatMap((s) => (s.kind === 'paragraph' ? s.sentences : []));

  it('marks a term at its first mention per section only', () => {
    expect(sentences.map((s) => `${s.id}:${s.termMarks.map((m) => m.id).join(',')}`)).toEqual([
      'p1-s1:cloud-souverain',
      'p1-s2:',
      'p2-s1:',
      'p3-s1:cloud-souverain',
      'p3-s2:',
    ]);
  });

  it('records every use of a term, marked or not', () => {
    expect(sentences.filter((s) => s.termIds.includes('cloud-souverain')).map((s) => s.id)).toEqual(['p1-s1', 'p1-s2', 'p2-s1', 'p3-s1']);
  });

  it('never annotates a heading', () => {
    const heading = annotated.find((s) => s.kind === 'heading');
    expect(heading).toEqual({ kind: 'heading', line: 5, text: 'Le cloud souverain dans un titre', section: 1 });
  });

  it('marks no term inside a longer actor name, but a term that is the whole name', () => {
    const withGoogle = compileMatcher([{ id: 'google-cloud', forms: ['Google Cloud'] }, { id: 'cloud-act', forms: ['Cloud Act'] }]);
    const [paragraph] = annotate(segment([{ kind: 'paragraph', line: 1, text: 'Google Cloud et le cloud, puis le Cloud Act.' }]), { terms, actors: withGoogle });
    const sentence = paragraph!.kind === 'paragraph' ? paragraph!.sentences[0]! : undefined;
    expect(sentence!.termMarks.map((m) => `${m.id}@${m.start}`)).toEqual(['cloud@19', 'cloud-act@34']);
    expect(sentence!.actorIds).toEqual(['google-cloud', 'cloud-act']);
  });

  it('finds actor mentions separately from terms', () => {
    expect(sentences.map((s) => s.actorIds)).toEqual([[], ['ovhcloud', 't-systems'], [], [], ['ovhcloud']]);
  });
});
