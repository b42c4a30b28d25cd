import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileMatcher, type MatchEntry, type Matcher } from '../../../src/pipeline/annotate.ts';
import { splitSentences } from '../../../src/pipeline/segment.ts';
import { findCandidates, type Candidate, type CandidateArticle } from '../../../src/pipeline/candidates.ts';

const root = resolve(import.meta.dirname, '../../..');
const fixtures = join(root, 'tests/fixtures/candidates');
const nothingKnown = compileMatcher([]);

/** One paragraph a line, cut into sentences as segment.ts does, with the spans `known` matches. */
function article(file: string, text: string, known: Matcher = nothingKnown): CandidateArticle {
  const paragraphs = text.split('\n').map((line) => line.trim()).filter(Boolean);
  return {
    file,
    sentences: paragraphs.flatMap((paragraph, p) =>
      splitSentences(paragraph).map((s, n) => ({ id: `p${p + 1}-s${n + 1}`, text: s.text, known: known.find(s.text).map(({ start, end }) => ({ start, end })) })),
    ),
  };
}

const names = (candidates: Candidate[]) => candidates.map((c) => c.name);
const counted = (candidates: Candidate[]) => candidates.map((c) => `${c.name} ${c.sentences.length}`);
const spellings = (candidates: Candidate[]) => candidates.flatMap((c) => [c.name, ...c.variants]);
const named = (candidates: Candidate[], name: string) => candidates.find((c) => c.name === name);
const fold = (form: string) => form.toLowerCase().replace(/’/g, "'");

// Four articles in four outlets' manners (a wire story, a daily, a tech site, a business paper),
// with a small knowledge of their own: the real content/*.yaml is curated elsewhere.
const fixtureKnown = compileMatcher(JSON.parse(readFileSync(join(fixtures, 'known.json'), 'utf8')) as MatchEntry[]);
const fixtureFiles = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort();
const corpus = fixtureFiles.map((file) => article(file, readFileSync(join(fixtures, file), 'utf8'), fixtureKnown));

describe('findCandidates on fixture articles', () => {
  it('reports names and acronyms seen in two sentences or more, most frequent first, then in French order', () => {
    expect(counted(findCandidates(corpus))).toEqual([
      'ANSSI 4', 'SecNumCloud 4',
      'Bleu 3', 'CTA 3', 'Jean-Noël Barrot 3', 'S3NS 3', 'Thierry Breton 3',
      'Conseil d’État 2', 'DG CNECT 2', 'ENISA 2', 'Marie Dupont 2', 'Nouvelle France industrielle 2', 'Numergy 2',
      'Numspot 2', 'Philippe Latombe 2', 'Scaleway 2',
    ]);
  });

  it('keeps hyphens, particles and adjectives inside a name', () => {
    const found = findCandidates(corpus);
    for (const name of ['Jean-Noël Barrot', 'Conseil d’État', 'Nouvelle France industrielle', 'DG CNECT']) expect(named(found, name)).toBeDefined();
    expect(named(found, 'Conseil d’État')!.sentences.map((s) => s.sentence)).toEqual(['p1-s1', 'p2-s1']);
  });

  it('reads elision with either apostrophe: l’ANSSI and l\'ANSSI are both ANSSI, its long form a variant', () => {
    const anssi = named(findCandidates(corpus), 'ANSSI')!;
    expect(anssi.kind).toBe('acronym');
    expect(anssi.variants).toEqual(['Agence nationale de la sécurité des systèmes d’information']);
    expect(anssi.sentences.map((s) => `${s.file} ${s.sentence}`)).toEqual(['clubic.txt p4-s2', 'lemonde.txt p2-s2', 'lemonde.txt p3-s1', 'lemonde.txt p5-s2']);
  });

  it('takes no capital that only opens a sentence, a quotation or what follows a colon, and no month, numeral, civility or job title', () => {
    const all = spellings(findCandidates(corpus, { minSentences: 1 }));
    for (const word of ['Le', 'La', 'Dans', 'Selon', 'Cette', 'Pour', 'Ce', 'Nous', 'Publié', 'Missionnés', 'Souveraineté', 'Saisi', 'Septembre', 'II', 'M', 'PDG']) {
      expect(all.some((s) => s.split(/[\s’']/).includes(word)), word).toBe(false);
    }
    // but a name that opens a sentence counts when it is written as a name elsewhere
    expect(named(findCandidates(corpus), 'Bleu')!.sentences.map((s) => s.sentence)).toEqual(['p1-s1', 'p4-s2', 'p5-s1']);
  });

  it('never reports what is known, nor a common word before a known name ("le Français OVHcloud")', () => {
    const all = spellings(findCandidates(corpus, { minSentences: 1 })).map(fold);
    for (const form of ['OVHcloud', 'OVH', 'Google', 'Microsoft', 'France', 'Europe', 'Commission', 'Commission européenne', 'Henna Virkkunen', 'Octave Klaba', 'T-Systems', 'Français OVHcloud', 'Français']) {
      expect(all, form).not.toContain(fold(form));
    }
  });

  it('groups a surname with the full name of the same article, and an acronym with its long form', () => {
    const found = findCandidates(corpus);
    expect(named(found, 'Thierry Breton')!.variants).toEqual(['Breton']);
    expect(named(found, 'Jean-Noël Barrot')!.variants).toEqual(['Barrot']); // "M. Barrot"
    expect(named(found, 'CTA')).toMatchObject({ kind: 'acronym', variants: ['Cloud Team Alliance'] });
  });

  it('drops what fewer than minSentences sentences use', () => {
    expect(findCandidates(corpus).every((c) => c.sentences.length >= 2)).toBe(true);
    expect(counted(findCandidates(corpus, { minSentences: 4 }))).toEqual(['ANSSI 4', 'SecNumCloud 4']);
    expect(spellings(findCandidates(corpus, { minSentences: 1 }))).toEqual(expect.arrayContaining(['Alain Garnier', 'Thales', 'EUCS']));
  });

  it('is deterministic, with sentences in corpus order', () => {
    const found = findCandidates(corpus);
    expect(findCandidates(corpus)).toEqual(found);
    const order = corpus.flatMap((a) => a.sentences.map((s) => `${a.file} ${s.id}`));
    for (const c of found) {
      const at = c.sentences.map((s) => order.indexOf(`${s.file} ${s.sentence}`));
      expect(at, c.name).toEqual([...at].sort((a, b) => a - b));
    }
  });
});

describe('findCandidates rules, one at a time', () => {
  const find = (texts: string[], known?: Matcher, minSentences = 1) => findCandidates(texts.map((t, i) => article(`a${i}.txt`, t, known)), { minSentences });

  it('counts a sentence once, however often it names the candidate', () => {
    expect(counted(find(['Scaleway, Scaleway et encore Scaleway.'], undefined, 1))).toEqual(['Scaleway 1']);
    expect(find(['Scaleway, Scaleway et encore Scaleway.'], undefined, 2)).toEqual([]);
  });

  it('groups a surname only within its article, and not when two full names end with it', () => {
    const found = find(['Thierry Breton arrive. Breton parle.', 'Breton part. Breton revient.', 'Marie Dupont et Jean Dupont signent. Dupont se tait.']);
    expect(named(found, 'Thierry Breton')!.variants).toEqual(['Breton']);
    expect(named(found, 'Breton')!.sentences.map((s) => s.file)).toEqual(['a1.txt', 'a1.txt']);
    expect(named(found, 'Dupont')!.variants).toEqual([]);
    const state = find(['Le Conseil d’État tranche. Pour le Conseil d’État, l’État doit payer.']);
    expect(counted(state)).toEqual(['Conseil d’État 2', 'État 1']);
  });

  it('folds case and apostrophes together, the name being the spelling written most often', () => {
    const found = find(['Le Conseil d’État tranche. Le Conseil d\'État confirme. Le Conseil d’État insiste.', 'Selon NumSpot, tout va bien. Chez Numspot, on recrute. Avec Numspot, on grandit.']);
    expect(named(found, 'Conseil d’État')!.variants).toEqual(['Conseil d\'État']);
    expect(named(found, 'Numspot')!.variants).toEqual(['NumSpot']);
  });

  it('joins a known name to the words it opens: "Google Actualités" is new, "Google" is known', () => {
    const known = compileMatcher([{ id: 'google', forms: ['Google'] }]);
    expect(counted(find(['Suivez-nous sur Google Actualités.', 'Lu sur Google Actualités et sur Google.'], known))).toEqual(['Google Actualités 2']);
  });

  it('takes a first name never written in lower case at the start of a sentence ("Frank Strecker, …")', () => {
    expect(counted(find(['Frank Strecker, responsable du cloud, signe. Selon le cloud de Frank Strecker, tout va bien.']))).toEqual(['Frank Strecker 2']);
  });

  it('takes acronyms and brand shapes anywhere, even alone at the start of a sentence', () => {
    expect(counted(find(['IONOS signe. OVHcloud aussi. SecNumCloud est exigeant. S3NS attend.']))).toEqual(['IONOS 1', 'OVHcloud 1', 'S3NS 1', 'SecNumCloud 1']);
  });
});

describe('findCandidates on the real seeds with the real content/', () => {
  const actors = parse(readFileSync(join(root, 'content/actors.yaml'), 'utf8')) as Array<{ id: string; name: string; aliases?: string[]; caseSensitive?: boolean }>;
  const terms = parse(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')) as Array<{ id: string; label: string; forms?: string[]; caseSensitive?: boolean }>;
  const entries: MatchEntry[] = [
    ...actors.map((a) => ({ id: a.id, forms: [a.name, ...(a.aliases ?? [])], caseSensitive: a.caseSensitive })),
    ...terms.map((t) => ({ id: t.id, forms: [t.label, ...(t.forms ?? [])], caseSensitive: t.caseSensitive })),
  ];
  const known = compileMatcher(entries);
  // the build removes reader comments before this stage: everything after "Commentaires (10)" (003)
  // goes, and so does the ` date YYYY-MM` header of 000 and 001
  const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const text = readFileSync(join(root, 'seeds', file), 'utf8').split(/^Commentaires \(10\)$/m)[0]!;
    return article(file, text.replace(/^\s*date\s+\d{4}(?:-\d{2})?\s+/, ''), known);
  });
  const found = findCandidates(seeds);

  it('reports names the seeds use in two sentences or more that content/ lacks', () => {
    expect(names(found)).toEqual(expect.arrayContaining(['Europe', 'Économie', 'Google Actualités', 'WhatsApp']));
    expect(named(found, 'Europe')!.sentences.length).toBeGreaterThanOrEqual(10);
    expect(new Set(named(found, 'Europe')!.sentences.map((s) => s.file)).size).toBe(5);
  });

  it('never reports a name or form that content/ knows, nor a name only reader comments use', () => {
    const all = new Set(spellings(findCandidates(seeds, { minSentences: 1 })).map(fold));
    for (const form of entries.flatMap((e) => e.forms)) expect(all.has(fold(form)), form).toBe(false);
    for (const commentOnly of ['CloudWatt', 'Orange', 'Teams', 'ESA', 'Airbus']) expect(all.has(fold(commentOnly)), commentOnly).toBe(false);
  });
});
