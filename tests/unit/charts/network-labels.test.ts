// Label placement: no name over another name or over a symbol, in the wide and the narrow
// frame, on the site's own actors and on fixtures made to be hard (one actor, two on the same
// spot, sixty, very long names). Boxes come from the layout's own estimate of the text, an
// upper bound of what a browser draws (tests/e2e/network.spec.ts measures the real text).
import { describe, expect, it } from 'vitest';
import { labelBox, layoutNetwork, NARROW_FRAME, nodeBox, type Box, type NetworkLayout, type NetworkOptions } from '../../../src/charts/network.ts';
import { textWidth } from '../../../src/charts/vocabulary.ts';
import { siteKnowledge } from '../../../src/knowledge/site.ts';
import type { NetworkActor, NetworkRelation } from '../../../src/charts/network.ts';
import type { ActorKind } from '../../../src/model/knowledge.ts';

const overlaps = (a: Box, b: Box) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

/** Every pair that touches: label over label, label over a symbol (its own included: the gap keeps them apart). */
function collisions(layout: NetworkLayout): string[] {
  const found: string[] = [];
  const labels = layout.nodes.map((n) => ({ id: n.id, box: labelBox(n, layout.fontSize) }));
  const symbols = layout.nodes.map((n) => ({ id: n.id, box: nodeBox(n) }));
  for (const a of labels) {
    for (const b of labels) if (a.id < b.id && overlaps(a.box, b.box)) found.push(`label ${a.id} × label ${b.id}`);
    for (const s of symbols) if (overlaps(a.box, s.box)) found.push(`label ${a.id} × symbol ${s.id}`);
  }
  return found;
}

function insideViewBox(layout: NetworkLayout): string[] {
  const [x, y, w, h] = layout.viewBox;
  return layout.nodes.flatMap((n) =>
    [labelBox(n, layout.fontSize), nodeBox(n)]
      .filter((b) => b.left < x || b.top < y || b.right > x + w || b.bottom > y + h)
      .map(() => n.id),
  );
}

const frames: Array<[string, NetworkOptions]> = [['wide', {}], ['narrow', NARROW_FRAME]];
const kinds: ActorKind[] = ['company', 'institution', 'state', 'person', 'initiative', 'law'];
const actor = (i: number, name = `Acteur ${i}`): NetworkActor => ({ id: `a${String(i).padStart(2, '0')}`, name, kind: kinds[i % kinds.length]! });
const relation = (a: number, b: number): NetworkRelation => ({ id: `r${a}-${b}`, source: actor(a).id, target: actor(b).id, type: 'partnership' });

describe.each(frames)('label placement, %s frame', (_, options) => {
  it('on the site’s actors and relations: no label over a label or a symbol, all inside the figure', () => {
    const { actors, relations } = siteKnowledge(process.cwd());
    const layout = layoutNetwork(actors, relations, options);
    expect(layout.nodes).toHaveLength(actors.length);
    expect(collisions(layout)).toEqual([]);
    expect(insideViewBox(layout)).toEqual([]);
  });

  it('one actor', () => {
    const layout = layoutNetwork([actor(0, 'Seul')], [], options);
    expect(collisions(layout)).toEqual([]);
    expect(insideViewBox(layout)).toEqual([]);
  });

  it('two actors given the same place (a duplicate pair of relations pulls them together)', () => {
    const actors = [actor(0, 'Même endroit'), actor(1, 'Même endroit aussi')];
    const layout = layoutNetwork(actors, [relation(0, 1), { ...relation(0, 1), id: 'again' }, { ...relation(1, 0), id: 'back' }], options);
    expect(collisions(layout)).toEqual([]);
    expect(Math.hypot(layout.nodes[0]!.x - layout.nodes[1]!.x, layout.nodes[0]!.y - layout.nodes[1]!.y)).toBeGreaterThan(0);
  });

  it('sixty actors, a dense hub and a ring', () => {
    const actors = Array.from({ length: 60 }, (_, i) => actor(i));
    const relations = [...actors.slice(1, 30).map((_, i) => relation(0, i + 1)), ...actors.slice(30).map((_, i) => relation(30 + i, 30 + ((i + 1) % 30)))];
    const layout = layoutNetwork(actors, relations, options);
    expect(layout.nodes).toHaveLength(60);
    expect(collisions(layout)).toEqual([]);
    expect(insideViewBox(layout)).toEqual([]);
  });

  it('three hundred actors (the size the build’s budget is set for)', { timeout: 60_000 }, () => {
    const actors = Array.from({ length: 300 }, (_, i) => actor(i, `Acteur numéro ${i}${' bis'.repeat(i % 4)}`));
    const relations = Array.from({ length: 600 }, (_, i) => ({ ...relation((i * 7) % 300, (i * 13 + 5) % 300), id: `r${i}` }));
    const layout = layoutNetwork(actors, relations, options);
    expect(layout.nodes).toHaveLength(300);
    expect(collisions(layout)).toEqual([]);
  });

  it('very long names keep their whole label', () => {
    const long = 'Agence nationale de la sécurité des systèmes d’information et du numérique de confiance';
    const actors = Array.from({ length: 8 }, (_, i) => actor(i, `${long} ${i}`));
    const relations = actors.slice(1).map((_, i) => relation(0, i + 1));
    const layout = layoutNetwork(actors, relations, options);
    expect(collisions(layout)).toEqual([]);
    expect(insideViewBox(layout)).toEqual([]);
  });
});

describe('the narrow frame', () => {
  it('keeps the site’s network as wide as the phone’s frame, and taller than wide', () => {
    const { actors, relations } = siteKnowledge(process.cwd());
    const [, , w, h] = layoutNetwork(actors, relations, NARROW_FRAME).viewBox;
    expect(w).toBeLessThanOrEqual(NARROW_FRAME.width! * 1.06);
    expect(h).toBeGreaterThan(w);
  });
});

describe('textWidth', () => {
  it('is an upper bound that grows with the text, and counts unknown characters as the widest', () => {
    expect(textWidth('', 12)).toBeLessThanOrEqual(1);
    expect(textWidth('Amazon Web Services', 12)).toBeGreaterThan(textWidth('Amazon', 12));
    expect(textWidth('WWW', 12)).toBeGreaterThan(textWidth('iii', 12));
    expect(textWidth('漢', 12)).toBeGreaterThanOrEqual(11);
    expect(textWidth('Amazon Web Services', 24)).toBeGreaterThan(textWidth('Amazon Web Services', 12) * 1.9);
  });
});
