import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Relation, Event } from '../../../src/model/knowledge.ts';
import { indexArticle, resolveEvidence } from '../../../src/pipeline/evidence.ts';
import { annotate, compileMatcher } from '../../../src/pipeline/annotate.ts';
import { formatProblem } from '../../../src/lib/errors.ts';
import { ROOT } from './golden.ts';
import { convertFile } from './convert.ts';

const none = compileMatcher([]);
function article(name: string) {
  const converted = convertFile(join(ROOT, 'seeds', `${name}.txt`), name);
  if (!converted.ok) throw new Error(converted.problems.join('\n'));
  return indexArticle(annotate(converted.segments, { terms: none, actors: none }));
}
const articles = new Map([
  ['003_f0eed57cc5c25b8c', article('003_f0eed57cc5c25b8c')],
  ['004_a33e9c8f4f43a0f3', article('004_a33e9c8f4f43a0f3')],
]);
const relation = (id: string, article: string, quote: string): Relation => ({
  id, type: 'partnership', source: 'a', target: 'b', label: 'x', evidence: [{ article, quote }],
});
const event = (id: string, article: string, quote: string): Event => ({
  id, date: '2014', title: 't', actors: ['a'], terms: [], evidence: [{ article, quote }],
});
const where = { relations: ([i]: (string | number)[]) => 10 + Number(i) * 10, events: ([i]: (string | number)[]) => 100 + Number(i) };

describe('resolveEvidence', () => {
  it('resolves a quote to the sentence where it starts, comparing quotes, apostrophes and spaces loosely', () => {
    const { evidence, problems } = resolveEvidence(
      {
        relations: [
          // straight apostrophe and plain quotes for the text's « » and NBSP
          relation('le-maire', '003_f0eed57cc5c25b8c', 'avoir "demandé à Dassault Systèmes et OVH de travailler sur ce projet"'),
          // spans two sentences: resolves to the first
          relation('two', '003_f0eed57cc5c25b8c', "c'est pour demain ? C'est en tout cas"),
        ],
        events: [event('numergy', '004_a33e9c8f4f43a0f3', 'En juin 2013, le prestataire de cloud français Numergy')],
      },
      articles,
      where,
    );
    expect(problems).toEqual([]);
    expect(evidence.relations['le-maire']).toEqual([{ article: '003_f0eed57cc5c25b8c', sentence: 'p2-s2', quote: 'avoir "demandé à Dassault Systèmes et OVH de travailler sur ce projet"' }]);
    expect(evidence.relations.two![0]!.sentence).toBe('p2-s1');
    expect(evidence.events.numergy![0]!.sentence).toBe('p6-s1');
  });

  it('fails on a quote that is not in the article, naming the file, line, entry and quote', () => {
    const { problems } = resolveEvidence({ relations: [relation('ok', '003_f0eed57cc5c25b8c', 'Sous l’impulsion de Bruno Le Maire'), relation('ovh-tsystems', '003_f0eed57cc5c25b8c', 'une phrase qui n’existe pas')], events: [] }, articles, where);
    expect(problems.map(formatProblem)).toEqual([
      'content/relations.yaml:20: relation "ovh-tsystems": quote not found in article "003_f0eed57cc5c25b8c": "une phrase qui n’existe pas"; copy it from the article text (reader comments and page chrome are not part of it)',
    ]);
  });

  it('fails on a quote taken from a dropped reader comment or from page chrome', () => {
    const { problems } = resolveEvidence(
      {
        relations: [],
        events: [
          event('comment', '003_f0eed57cc5c25b8c', 'il était temps qu’on réagisse sur le coup'),
          event('chrome', '004_a33e9c8f4f43a0f3', 'Abonnez-vous à notre newsletter'),
        ],
      },
      articles,
      where,
    );
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/events\.yaml:100: event "comment": quote not found in article "003_f0eed57cc5c25b8c"/),
      expect.stringMatching(/^content\/events\.yaml:101: event "chrome": quote not found in article "004_a33e9c8f4f43a0f3"/),
    ]);
  });

  it('fails on an unknown article', () => {
    const { problems } = resolveEvidence({ relations: [relation('x', '999_nope', 'Sous l’impulsion de Bruno Le Maire')], events: [] }, articles, where);
    expect(problems.map(formatProblem)[0]).toMatch(/^content\/relations\.yaml:10: relation "x": unknown article "999_nope"; use the name of a file in seeds\//);
  });

  it('on an unknown article in a large corpus, names the nearest articles, not all of them', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `article-${String(i).padStart(4, '0')}`);
    const { problems } = resolveEvidence({ relations: [relation('x', 'article-0O42', 'Sous l’impulsion de Bruno Le Maire')], events: [] }, articles, where, new Set(), names);
    const message = problems.map(formatProblem)[0]!;
    expect(message).toMatch(/unknown article "article-0O42"; use the name of a file in seeds\/ without "\.txt"; did you mean "article-0042"/);
    expect(message.length).toBeLessThan(300);
  });
});
