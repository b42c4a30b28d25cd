import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { formatProblem } from '../../../src/lib/errors.ts';
import { FIXTURES, ROOT } from './golden.ts';

describe('loadKnowledge', () => {
  it('loads valid files and cross-checks nothing wrong', () => {
    const loaded = loadKnowledge(join(FIXTURES, 'knowledge/valid'));
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(loaded.knowledge.terms.map((t) => t.id)).toEqual(['cloud-act', 'rgpd']);
    expect(loaded.knowledge.terms[1]!.forms).toEqual([]); // defaults applied
    expect(loaded.knowledge.relations[0]!.evidence[0]!.article).toBe('a');
    expect(loaded.where.relations([0, 'evidence', 0, 'quote'])).toBe(8);
  });

  it('reports every problem of every file, each with its file and line', () => {
    const problems = loadKnowledge(join(FIXTURES, 'knowledge/broken')).problems.map(formatProblem);
    const expected = [
      /^content\/glossary\.yaml:14: entry "Mauvais Id" field "id": an id is lower-case ASCII words/,
      /^content\/glossary\.yaml:\d+: entry "Mauvais Id" field "short"/,
      /^content\/glossary\.yaml:\d+: entry "Mauvais Id" field "sources"/,
      /^content\/actors\.yaml:8: entry "bad-kind" field "kind"/,
      /^content\/actors\.yaml:9: entry "bad-kind" field "country"/,
      /^content\/events\.yaml:2: entry "lancement" field "date": a date is YYYY, YYYY-MM or YYYY-MM-DD/,
      /^content\/sources\.yaml:\d+: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a \]$/,
      /^content\/glossary\.yaml:8: duplicate term "cloud-act" \(first at line 1\); rename or merge one of them/,
      /^content\/glossary\.yaml:5: term "cloud-act": unknown term "rgpd-inconnu"; add it to content\/glossary\.yaml or fix the id/,
      /^content\/relations\.yaml:4: relation "ovh-tsystems": unknown actor "ovh"; add it to content\/actors\.yaml or fix the id/,
      // an entry that fails its schema still has its references checked
      /^content\/events\.yaml:4: event "lancement": unknown actor "personne"/,
    ];
    for (const pattern of expected) expect(problems.some((p) => pattern.test(p)), `${pattern}\n${problems.join('\n')}`).toBe(true);
  });

  it('gives one message for one YAML syntax error, not one per reference into the file it broke', () => {
    // the project's own content, with one quote left open in the glossary: every actor, relation
    // and event that refers to a term would otherwise report it as unknown
    const root = mkdtempSync(join(tmpdir(), 'knowledge-syntax-'));
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true, filter: (path) => !path.includes('generated') });
    const glossary = readFileSync(join(root, 'content/glossary.yaml'), 'utf8');
    writeFileSync(join(root, 'content/glossary.yaml'), glossary.replace('label:', 'label: "'));
    try {
      expect(loadKnowledge(ROOT).problems).toEqual([]);
      const problems = loadKnowledge(root).problems.map(formatProblem);
      expect(problems).toEqual([expect.stringMatching(/^content\/glossary\.yaml:\d+: YAML syntax: /)]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says which id was probably meant by a mistyped one', () => {
    const root = mkdtempSync(join(tmpdir(), 'knowledge-typo-'));
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true, filter: (path) => !path.includes('generated') });
    const relations = readFileSync(join(root, 'content/relations.yaml'), 'utf8');
    writeFileSync(join(root, 'content/relations.yaml'), relations.replace('source: arnaud-montebourg', 'source: arnaud-montebour'));
    try {
      expect(loadKnowledge(root).problems.map(formatProblem)).toEqual([
        expect.stringMatching(/^content\/relations\.yaml:22: relation "[^"]+": unknown actor "arnaud-montebour" \(did you mean "arnaud-montebourg"\?\); add it to content\/actors\.yaml or fix the id$/),
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says when a file is not a list of entries', () => {
    expect(loadKnowledge(join(FIXTURES, 'knowledge/not-a-list')).problems.map(formatProblem)).toEqual([
      'content/glossary.yaml:1: expected a list of entries (each starting with "- ")',
    ]);
  });

  it('treats a missing file as an empty list', () => {
    const loaded = loadKnowledge(join(FIXTURES, 'knowledge/missing'));
    expect(loaded.problems).toEqual([]);
    expect(loaded.knowledge.actors).toEqual([]);
  });

  it('the project’s own content/*.yaml loads without problems', () => {
    expect(loadKnowledge(ROOT).problems.map(formatProblem)).toEqual([]);
  });
});
