import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelBox, layoutNetwork } from '../../../src/charts/network.ts';
import { fixtureDir, loadFixture, shuffled } from './fixture.ts';

const { knowledge } = loadFixture();

describe('layoutNetwork', () => {
  it('gives identical coordinates for the same input, whatever its order', () => {
    const first = layoutNetwork(knowledge.actors, knowledge.relations);
    const again = layoutNetwork(knowledge.actors, knowledge.relations);
    const reordered = layoutNetwork(shuffled(knowledge.actors), shuffled(knowledge.relations));
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    expect(JSON.stringify(reordered)).toBe(JSON.stringify(first));
  });

  it('matches the golden layout of the fixture (UPDATE=1 rewrites it)', () => {
    const layout = layoutNetwork(knowledge.actors, knowledge.relations);
    const file = resolve(fixtureDir, 'expected-network.json');
    const text = `${JSON.stringify(layout, null, 1)}\n`;
    if (process.env.UPDATE === '1' && !process.env.CI) writeFileSync(file, text);
    expect(existsSync(file), 'run once with UPDATE=1 to record expected-network.json').toBe(true);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });

  it('returns one node per actor and one edge per relation, with degrees and rounded coordinates', () => {
    const layout = layoutNetwork(knowledge.actors, knowledge.relations);
    expect(layout.nodes.map((n) => n.id)).toEqual(knowledge.actors.map((a) => a.id).sort());
    expect(layout.edges).toHaveLength(knowledge.relations.length);
    const ovh = layout.nodes.find((n) => n.id === 'ovhcloud')!;
    expect(ovh.degree).toBe(3);
    expect(ovh.kind).toBe('company');
    for (const n of layout.nodes) {
      expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
      expect(Math.round(n.x * 10) / 10).toBe(n.x);
      expect(n.r).toBeGreaterThanOrEqual(5);
    }
    const dated = layout.edges.find((e) => e.id === 'numergy-belgacom')!;
    expect(dated).toMatchObject({ source: 'numergy', target: 'belgacom', type: 'partnership', date: '2013-06' });
    expect(dated.path).toMatch(/^M-?[\d.]+,-?[\d.]+L-?[\d.]+,-?[\d.]+$/);
  });

  it('curves the edges of actors linked twice, so neither hides the other', () => {
    const layout = layoutNetwork(knowledge.actors, knowledge.relations);
    const pair = layout.edges.filter((e) => ['ovh-atos', 'atos-ovh-competition'].includes(e.id));
    expect(pair).toHaveLength(2);
    expect(pair.every((e) => e.path.includes('Q'))).toBe(true);
    expect(pair[0]!.path).not.toBe(pair[1]!.path);
  });

  it('keeps every node and its label inside the viewBox', () => {
    const layout = layoutNetwork(knowledge.actors, knowledge.relations);
    const [x, y, w, h] = layout.viewBox;
    for (const n of layout.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(x);
      expect(n.y - n.r).toBeGreaterThanOrEqual(y);
      expect(n.y + n.r).toBeLessThanOrEqual(y + h);
      // the label sits on any side of its node (see network-labels.test.ts)
      const label = labelBox(n, layout.fontSize);
      expect(label.left).toBeGreaterThanOrEqual(x);
      expect(label.top).toBeGreaterThanOrEqual(y);
      expect(label.right).toBeLessThanOrEqual(x + w);
      expect(label.bottom).toBeLessThanOrEqual(y + h);
    }
  });

  it('spreads nodes apart: no two nodes overlap', () => {
    const { nodes } = layoutNetwork(knowledge.actors, knowledge.relations);
    for (const a of nodes) for (const b of nodes) {
      if (a.id < b.id) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
    }
  });

  it('drops isolated actors on request', () => {
    const layout = layoutNetwork(knowledge.actors, knowledge.relations, { includeIsolated: false });
    expect(layout.nodes.map((n) => n.id)).not.toContain('cloud-act');
    expect(layout.nodes.map((n) => n.id)).not.toContain('commission-europeenne');
  });

  it('names the relation and the missing actor when a relation points nowhere', () => {
    const broken = [...knowledge.relations, { id: 'x-y', type: 'partnership' as const, source: 'ovhcloud', target: 'nobody' }];
    expect(() => layoutNetwork(knowledge.actors, broken)).toThrow('relation x-y: actor not found: nobody');
  });

  it('refuses duplicate actors', () => {
    expect(() => layoutNetwork([...knowledge.actors, knowledge.actors[0]!], [])).toThrow('duplicate actor: ovhcloud');
  });
});
