import { describe, expect, it } from 'vitest';
import { articleLookup, type ArticleRecord } from '../../../src/model/generated.ts';

const article = (file: string, slug: string): ArticleRecord => ({
  slug, file, title: slug, date: { origin: 'unknown' }, authors: [], description: '', words: 1, terms: [], actors: [], sentences: [],
});

describe('articleLookup: an article by its seed file or its slug', () => {
  const first = article('001_ab', 'le-premier-article');
  const second = article('002_cd', 'le-second');
  const articles = articleLookup([first, second], 'figures');

  it('finds the same article by either key', () => {
    expect(articles.of('001_ab')).toBe(first);
    expect(articles.of('le-premier-article')).toBe(first);
    expect(articles.find('le-second')).toBe(second);
  });

  it('says which lookup failed and on what key, or undefined when asked to find', () => {
    expect(() => articles.of('999_nope')).toThrow('figures: article not found: 999_nope');
    expect(articles.find('999_nope')).toBeUndefined();
  });
});
