import { describe, expect, it } from 'vitest';
import { parseStory, storyLinks } from '../../../src/lib/story.ts';
import { formatDate, readingMinutes } from '../../../src/lib/dates.ts';

describe('parseStory', () => {
  it('reads headings, paragraphs, emphasis and named links, with their lines', () => {
    const blocks = parseStory(
      '## 2013 : le début\n\nEn *2013*, [OVH](acteur:ovhcloud) et\n[le Cloud Act](terme:cloud-act).\n',
      'recit.md',
    );
    expect(blocks).toEqual([
      { type: 'heading', text: '2013 : le début', line: 1 },
      {
        type: 'paragraph',
        line: 3,
        inlines: [
          { type: 'text', value: 'En ' },
          { type: 'emphasis', value: '2013' },
          { type: 'text', value: ', ' },
          { type: 'link', kind: 'acteur', target: 'ovhcloud', value: 'OVH', line: 3 },
          { type: 'text', value: ' et ' },
          { type: 'link', kind: 'terme', target: 'cloud-act', value: 'le Cloud Act', line: 3 },
          { type: 'text', value: '.' },
        ],
      },
    ]);
    expect(storyLinks(blocks).map((link) => link.target)).toEqual(['ovhcloud', 'cloud-act']);
  });

  it('keeps markup-looking text as text: nothing in the story is HTML', () => {
    const [block] = parseStory('<script>alert(1)</script> {x}', 'recit.md');
    expect(block).toEqual({ type: 'paragraph', line: 1, inlines: [{ type: 'text', value: '<script>alert(1)</script> {x}' }] });
  });

  it('refuses URL links and other heading levels, naming file and line', () => {
    expect(() => parseStory('texte\n\n[ici](https://example.org)', 'content/recit.md')).toThrow('content/recit.md:3: link not understood');
    expect(() => parseStory('# Titre', 'content/recit.md')).toThrow('content/recit.md:1:');
  });
});

describe('formatDate', () => {
  it('writes a date at its own precision, in French', () => {
    expect(formatDate('2014-04-15')).toBe('15 avril 2014');
    expect(formatDate('2020-07-01')).toBe('1er juillet 2020');
    expect(formatDate('2020-09')).toBe('septembre 2020');
    expect(formatDate('2025')).toBe('2025');
    expect(() => formatDate('2020-13')).toThrow('invalid month');
  });
  it('rounds reading time, never to zero', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(690)).toBe(3);
  });
});
