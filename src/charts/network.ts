// Actor network geometry: actors + relations → positioned nodes and edge paths.
// Pure and deterministic (no DOM, no clock, no Math.random): the same actors and relations,
// in any order, give byte-identical coordinates, so the SVG written at build time is stable
// from build to build and can be diffed.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { Actor, ActorKind, Relation, RelationType } from '../model/knowledge.ts';
import { NODE_LABEL, symbolBox, textExtent, textWidth } from './vocabulary.ts';

/** What the layout needs of an actor and of a relation (knowledge entries fit). */
export type NetworkActor = Pick<Actor, 'id' | 'name' | 'kind'>;
export type NetworkRelation = Pick<Relation, 'id' | 'source' | 'target' | 'type' | 'date'>;

export interface NetworkOptions {
  /** target drawing size; the viewBox is fitted to the nodes and their labels afterwards */
  width?: number;
  height?: number;
  /** keep every node and its label within [0, width] (a narrow frame for phones); the height stays free */
  bounded?: boolean;
  /** the labels' size, in the figure's units (default NODE_LABEL.fontSize) */
  fontSize?: number;
  /** simulation ticks: fixed, so the result does not depend on timing
   *  (default 300, 150 above 150 actors: the layout must stay within a build's budget) */
  iterations?: number;
  /** keep actors that have no relation (default true) */
  includeIsolated?: boolean;
}

/** Where a node's name is drawn: relative to the node's centre, with its text-anchor. */
export interface NetworkLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface NetworkNode {
  id: string;
  name: string;
  kind: ActorKind;
  x: number;
  y: number;
  r: number;
  /** number of relations touching the actor */
  degree: number;
  label: NetworkLabel;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  date?: string;
  /** SVG path from the source's rim to the target's rim (curved when two actors share several relations) */
  path: string;
}

// Output shape: what ActorNetwork.astro draws and src/client/network.ts enhances.
export interface NetworkLayout {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  viewBox: [number, number, number, number];
  /** the labels' font size, in the figure's units */
  fontSize: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  kind: ActorKind;
  name: string;
  /** the label's estimated width */
  w: number;
  /** collision radius: the symbol plus room for its label, wherever it goes */
  room: number;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The phone's figure: drawn for a narrow, tall frame (a 390 px screen shows it at about 1:1). */
export const NARROW_FRAME: NetworkOptions = { width: 360, height: 1300, bounded: true, fontSize: NODE_LABEL.narrowFontSize };

/** Spacing tries before the layout spreads nodes apart by stretching: each try gives labels more room. */
const SPACING_TRIES = 5;

export function layoutNetwork(
  actors: readonly NetworkActor[],
  relations: readonly NetworkRelation[],
  options: NetworkOptions = {},
): NetworkLayout {
  const { width = 600, height = 450, includeIsolated = true, bounded = false } = options;
  const fontSize = options.fontSize ?? NODE_LABEL.fontSize;
  const iterations = options.iterations ?? (actors.length > 150 ? 150 : 300);

  // 1. Fix the order: the simulation's result depends on the order nodes and links arrive in.
  const byId = new Map<string, NetworkActor>();
  for (const actor of [...actors].sort((a, b) => compare(a.id, b.id))) {
    if (byId.has(actor.id)) throw new Error(`duplicate actor: ${actor.id}`);
    byId.set(actor.id, actor);
  }
  const sortedRelations = [...relations].sort((a, b) => compare(a.id, b.id));
  const degree = new Map<string, number>();
  for (const relation of sortedRelations) {
    for (const end of [relation.source, relation.target]) {
      if (!byId.has(end)) throw new Error(`relation ${relation.id}: actor not found: ${end}`);
      degree.set(end, (degree.get(end) ?? 0) + 1);
    }
  }
  const kept = [...byId.values()].filter((a) => includeIsolated || degree.has(a.id));

  // 2. Positions and labels: simulate, place the labels; where one cannot be placed without
  //    touching another label or a symbol, simulate again with more room per node, and at
  //    last stretch the drawing (distances grow, labels keep their size) until every one fits.
  //    A bounded frame, whose width is fixed, makes room downwards at once instead.
  let positioned: Array<{ sim: SimNode; label: PlacedLabel }> = [];
  const links = sortedRelations.map((r) => [r.source, r.target] as const);
  let frameWidth = width;
  for (let attempt = 0; ; attempt++) {
    const spacing = 1 + attempt * 0.35;
    const simNodes = simulate(kept, sortedRelations, degree, { width, height, bounded, fontSize, iterations, spacing });
    frameWidth = bounded ? Math.max(width, ...simNodes.map((n) => n.w + 2 * (NODE_LABEL.gap + 4))) : width;
    let placement = placeLabels(simNodes, links, fontSize, bounded ? frameWidth : null);
    if (placement.conflicts > 0 && bounded) {
      // A bounded frame cannot grow sideways: where a name still touches something, everything
      // from the lower of the two down moves down by the overlap, until every name is free.
      for (let round = 0; placement.conflicts > 0 && round < 50; round++) {
        // each touching pair, from the lowest up, so that a move does not shift pairs still to part
        const seen = new Set<string>();
        const pairs = placement.touching.filter(([i, j]) => {
          const key = `${Math.min(i, j)} ${Math.max(i, j)}`;
          return !seen.has(key) && !!seen.add(key);
        }).sort((a, b) => Math.max(simNodes[b[0]]!.y!, simNodes[b[1]]!.y!) - Math.max(simNodes[a[0]]!.y!, simNodes[a[1]]!.y!));
        for (const [i, j, dy] of pairs) {
          const [upper, lower] = simNodes[i]!.y! <= simNodes[j]!.y! ? [simNodes[i]!, simNodes[j]!] : [simNodes[j]!, simNodes[i]!];
          const from = lower.y!;
          for (const n of simNodes) if (n !== upper && n.y! >= from) n.y = n.y! + dy;
        }
        placement = placeLabels(simNodes, links, fontSize, frameWidth);
      }
    } else if (placement.conflicts > 0 && attempt + 1 >= SPACING_TRIES) {
      for (let stretch = 1; placement.conflicts > 0 && stretch <= 40; stretch++) {
        const cx = mean(simNodes.map((n) => n.x!));
        const cy = mean(simNodes.map((n) => n.y!));
        for (const n of simNodes) {
          n.x = cx + (n.x! - cx) * 1.08;
          n.y = cy + (n.y! - cy) * 1.08;
        }
        // two actors on one spot: a stretch cannot part them; a fixed nudge does
        nudgeCoincident(simNodes);
        placement = placeLabels(simNodes, links, fontSize, null);
      }
    }
    if (placement.conflicts === 0 || bounded || attempt + 1 >= SPACING_TRIES) {
      positioned = simNodes.map((sim, i) => ({ sim, label: placement.labels[i]! }));
      break;
    }
  }

  // 3. Round: what is written into the HTML must not depend on floating-point noise.
  const nodes: NetworkNode[] = positioned.map(({ sim: n, label }) => {
    const actor = byId.get(n.id)!;
    return {
      id: n.id, name: actor.name, kind: actor.kind, x: round(n.x ?? 0), y: round(n.y ?? 0), r: n.r, degree: degree.get(n.id) ?? 0,
      label: { x: round(label.x), y: round(label.y), anchor: label.anchor },
    };
  });
  const nodeById = new Map(nodes.map((n) => [n.id, n]));

  // 4. Edges: several relations between the same two actors fan out as arcs.
  const pairCount = new Map<string, number>();
  const pairSeen = new Map<string, number>();
  const pairKey = (r: NetworkRelation) => [r.source, r.target].sort().join('\u0000');
  for (const r of sortedRelations) pairCount.set(pairKey(r), (pairCount.get(pairKey(r)) ?? 0) + 1);
  const edges: NetworkEdge[] = sortedRelations
    .filter((r) => nodeById.has(r.source) && nodeById.has(r.target))
    .map((r) => {
      const key = pairKey(r);
      const index = pairSeen.get(key) ?? 0;
      pairSeen.set(key, index + 1);
      const count = pairCount.get(key) ?? 1;
      // Offsets −1, 0, +1… centred on the straight line; flipped for edges drawn backwards
      // so that A→B and B→A curve to different sides.
      const bend = (index - (count - 1) / 2) * 18 * (r.source < r.target ? 1 : -1);
      const edge: NetworkEdge = {
        id: r.id,
        source: r.source,
        target: r.target,
        type: r.type,
        path: edgePath(nodeById.get(r.source)!, nodeById.get(r.target)!, bend),
      };
      if (r.date) edge.date = r.date;
      return edge;
    });

  return { nodes, edges, viewBox: fitViewBox(nodes, fontSize, bounded ? frameWidth : null), fontSize };
}

interface SimulationFrame {
  width: number;
  height: number;
  bounded: boolean;
  fontSize: number;
  iterations: number;
  /** 1, then more: the collision radii grow with it */
  spacing: number;
}

/** The force layout, in fixed ticks (no timer): deterministic for the same sorted input. */
function simulate(
  actors: readonly NetworkActor[],
  relations: readonly NetworkRelation[],
  degree: ReadonlyMap<string, number>,
  frame: SimulationFrame,
): SimNode[] {
  const { width, height, bounded, fontSize, iterations, spacing } = frame;
  const simNodes: SimNode[] = actors.map((a) => {
    const r = radius(degree.get(a.id) ?? 0);
    const w = textWidth(a.name, fontSize);
    // Room for the symbol and part of the label: enough for most labels to find a free side.
    return { id: a.id, kind: a.kind, name: a.name, r, w, room: (r + NODE_LABEL.gap + fontSize * 0.9 + w * 0.22) * spacing };
  });
  const kept = new Set(simNodes.map((n) => n.id));
  const simLinks: Array<SimulationLinkDatum<SimNode>> = relations
    .filter((r) => kept.has(r.source) && kept.has(r.target))
    .map((r) => ({ source: r.source, target: r.target }));

  // Links pull related actors together, charge spreads them, collision keeps room for each
  // label, x/y keep isolated actors in view (and give the frame its shape).
  const spread = Math.sqrt((width * height) / Math.max(simNodes.length, 1)) * Math.sqrt(spacing);
  const centreX = bounded ? width / 2 : 0;
  const simulation = forceSimulation(simNodes)
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(simLinks).id((n) => n.id).distance(spread * 0.9).strength(0.4))
    .force('charge', forceManyBody<SimNode>().strength(-spread * 2.2).distanceMax(spread * 6))
    .force('collide', forceCollide<SimNode>((n) => n.room).iterations(2))
    .force('x', forceX<SimNode>(centreX).strength(0.06 * (height / width) * (bounded ? 0.5 : 1)))
    .force('y', forceY<SimNode>(0).strength(0.06))
    // cool down over exactly `iterations` ticks, whatever their number
    .alphaDecay(1 - Math.pow(0.001, 1 / iterations))
    .stop();
  for (let i = 0; i < iterations; i++) {
    simulation.tick();
    // A bounded frame: each node where its label can still sit centred above or below it (the
    // walls hold the nodes in, so the pull to the middle can be weaker).
    if (bounded) for (const n of simNodes) n.x = clamp(n.x!, ...xRange(n, width));
  }
  return simNodes;
}

/** Where a node of a bounded frame may stand: its label, centred on it, inside the frame. */
function xRange(n: SimNode, width: number): [number, number] {
  const half = Math.max(n.w / 2, n.r * 1.6) + 4;
  return half * 2 >= width ? [width / 2, width / 2] : [half, width - half];
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface PlacedLabel extends NetworkLabel {
  /** the label's box, in the figure's coordinates */
  box: Box;
}

/**
 * The boxes a label may take around its node, best first: right, left, above, below, then the
 * four corners. Each with the point and text-anchor that draw it: with "end" and "middle" the
 * real text, never wider than the estimate, stays inside the box too.
 */
export function labelCandidates(node: { kind: ActorKind; r: number; name: string }, fontSize: number): Array<NetworkLabel & { box: Box }> {
  const s = symbolBox(node.kind, node.r);
  const w = textWidth(node.name, fontSize);
  const { ascent, descent } = textExtent(fontSize);
  const gap = NODE_LABEL.gap;
  const h = ascent + descent;
  const middle = (ascent - descent) / 2; // baseline that centres the box on y = 0
  const make = (x: number, y: number, anchor: NetworkLabel['anchor']) => {
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return { x, y, anchor, box: { left, right: left + w, top: y - ascent, bottom: y - ascent + h } };
  };
  const above = s.top - gap - descent;
  const below = s.bottom + gap + ascent;
  return [
    make(s.right + gap, middle, 'start'),
    make(s.left - gap, middle, 'end'),
    make(0, above, 'middle'),
    make(0, below, 'middle'),
    make(s.right * 0.6, above, 'start'),
    make(s.left * 0.6, above, 'end'),
    make(s.right * 0.6, below, 'start'),
    make(s.left * 0.6, below, 'end'),
  ];
}

/** The box of a placed node's label, in the figure's coordinates (what a browser's text stays within). */
export function labelBox(node: { name: string; x: number; y: number; label: NetworkLabel }, fontSize: number): Box {
  const w = textWidth(node.name, fontSize);
  const { ascent, descent } = textExtent(fontSize);
  const { x, y, anchor } = node.label;
  const left = node.x + (anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2);
  return { left, right: left + w, top: node.y + y - ascent, bottom: node.y + y + descent };
}

/** A node's symbol box in the figure's coordinates, with the outline's stroke. */
export function nodeBox(node: { kind: ActorKind; r: number; x: number; y: number }): Box {
  const s = symbolBox(node.kind, node.r);
  const stroke = 1;
  return { left: node.x + s.left - stroke, right: node.x + s.right + stroke, top: node.y + s.top - stroke, bottom: node.y + s.bottom + stroke };
}

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
const shift = (b: Box, x: number, y: number, pad = 0): Box => ({ left: b.left + x - pad, right: b.right + x + pad, top: b.top + y - pad, bottom: b.bottom + y + pad });

/**
 * Greedy label placement: hubs first, each label on the side with the least conflict (overlap
 * with other symbols and with labels already placed, leaving the frame); two passes that move
 * each label again knowing where all the others are; then two that prefer, among the free
 * sides, the one the fewest lines cross. `conflicts` counts the labels that still touch a
 * symbol or a label.
 */
function placeLabels(
  nodes: readonly SimNode[],
  links: ReadonlyArray<readonly [string, string]>,
  fontSize: number,
  frameWidth: number | null,
): { labels: PlacedLabel[]; conflicts: number; touching: Array<[number, number, number]> } {
  const pad = NODE_LABEL.halo / 2;
  const symbols = nodes.map((n) => nodeBox({ kind: n.kind, r: n.r, x: n.x!, y: n.y! }));
  const options = nodes.map((n) => labelCandidates({ kind: n.kind, r: n.r, name: n.name }, fontSize));
  const order = nodes.map((_, i) => i).sort((a, b) => nodes[b]!.r - nodes[a]!.r || compare(nodes[a]!.id, nodes[b]!.id));
  const at = new Map(nodes.map((n) => [n.id, n]));
  const segments = links.flatMap(([a, b]) => {
    const s = at.get(a);
    const t = at.get(b);
    return s && t && s !== t ? [[s.x!, s.y!, t.x!, t.y!] as const] : [];
  });
  const chosen: Array<Box | null> = nodes.map(() => null);
  const choice: number[] = nodes.map(() => 0);

  /** what a label's box touches: symbols, placed labels, the frame's sides (an area, 0 when free) */
  const conflict = (i: number, box: Box): number => {
    let c = 0;
    for (let j = 0; j < nodes.length; j++) {
      if (j === i) continue;
      c += overlap(box, symbols[j]!);
      const other = chosen[j];
      if (other) c += overlap(box, other);
    }
    if (frameWidth !== null) c += Math.max(0, -box.left) * 50 + Math.max(0, box.right - frameWidth) * 50;
    return c;
  };
  const crossings = (box: Box) => segments.reduce((n, [x1, y1, x2, y2]) => n + (segmentCrossesBox(x1, y1, x2, y2, box) ? 1 : 0), 0);
  // the drawing's extent without labels: a name that sticks out of it makes the figure larger
  // (and every name smaller on screen), which costs like crossing a line every 10 px
  const extent = symbols.reduce((a, b) => ({ left: Math.min(a.left, b.left), right: Math.max(a.right, b.right), top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom) }), { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity });
  const outside = (box: Box) => (Math.max(0, extent.left - box.left) + Math.max(0, box.right - extent.right) + Math.max(0, extent.top - box.top) + Math.max(0, box.bottom - extent.bottom)) / 10;
  const place = (i: number, lines: boolean) => {
    const n = nodes[i]!;
    let best = 0;
    let bestCost = Infinity;
    options[i]!.forEach((option, k) => {
      const box = shift(option.box, n.x!, n.y!, pad);
      // a conflict outweighs any number of crossed lines; the order of the sides breaks ties
      const c = conflict(i, box) * 1000 + (lines ? crossings(box) + outside(box) : 0) + k * 0.01;
      if (c < bestCost) [best, bestCost] = [k, c];
    });
    choice[i] = best;
    chosen[i] = shift(options[i]![best]!.box, n.x!, n.y!, pad);
  };
  // First every name free of the others; then, one at a time, each name moved off the lines
  // where a side is free for it (a move never makes a conflict: the others stay where they are).
  for (const i of order) place(i, false);
  for (let pass = 0; pass < 2; pass++) for (const i of order) (chosen[i] = null), place(i, false);
  for (let pass = 0; pass < 2; pass++) for (const i of order) (chosen[i] = null), place(i, true);

  let conflicts = 0;
  /** each label that touches something: its node, the other node, how far they overlap in height */
  const touching: Array<[number, number, number]> = [];
  for (const i of order) {
    if (conflict(i, chosen[i]!) === 0) continue;
    conflicts++;
    const box = chosen[i]!;
    const before = touching.length;
    for (let j = 0; j < nodes.length; j++) {
      if (j === i) continue;
      const dy = Math.max(...[symbols[j]!, chosen[j]!].map((other) => (overlap(box, other) > 0 ? Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top) + 2 : 0)));
      if (dy > 0) touching.push([i, j, dy]);
    }
    // touching only the frame's sides: nothing to part
    if (touching.length === before) conflicts--;
  }
  return {
    labels: nodes.map((_, i) => ({ ...options[i]![choice[i]!]!, box: chosen[i]! })),
    conflicts,
    touching,
  };
}

/** Whether the segment (x1, y1)–(x2, y2) passes through the box (Liang–Barsky clipping). */
function segmentCrossesBox(x1: number, y1: number, x2: number, y2: number, box: Box): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [[-dx, x1 - box.left], [dx, box.right - x1], [-dy, y1 - box.top], [dy, box.bottom - y1]] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function radius(degree: number): number {
  return round(5 + Math.sqrt(degree) * 2.6);
}

/** From the source's rim to the target's rim (leaving room for the arrow head), straight or bent. */
function edgePath(source: NetworkNode, target: NetworkNode, bend: number): string {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const x1 = source.x + ux * source.r;
  const y1 = source.y + uy * source.r;
  const x2 = target.x - ux * (target.r + 3);
  const y2 = target.y - uy * (target.r + 3);
  if (bend === 0) return `M${round(x1)},${round(y1)}L${round(x2)},${round(y2)}`;
  // Control point on the perpendicular through the middle.
  const cx = (x1 + x2) / 2 - uy * bend * 2;
  const cy = (y1 + y2) / 2 + ux * bend * 2;
  return `M${round(x1)},${round(y1)}Q${round(cx)},${round(cy)} ${round(x2)},${round(y2)}`;
}

/** The smallest box holding every node and its label, with a margin (a bounded frame keeps its width). */
function fitViewBox(nodes: readonly NetworkNode[], fontSize: number, frameWidth: number | null): [number, number, number, number] {
  if (nodes.length === 0) return [0, 0, frameWidth ?? 100, 100];
  const margin = 8;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    for (const b of [nodeBox(n), shift(labelBox(n, fontSize), 0, 0, NODE_LABEL.halo / 2)]) {
      minX = Math.min(minX, b.left);
      maxX = Math.max(maxX, b.right);
      minY = Math.min(minY, b.top);
      maxY = Math.max(maxY, b.bottom);
    }
  }
  const y = Math.floor(minY - margin);
  const height = Math.ceil(maxY + margin) - y;
  if (frameWidth !== null) {
    const x = Math.floor(Math.min(0, minX - margin));
    return [x, y, Math.ceil(Math.max(frameWidth, maxX + margin)) - x, height];
  }
  const x = Math.floor(minX - margin);
  return [x, y, Math.ceil(maxX + margin) - x, height];
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Nodes that share a spot (to 0.5) are moved apart a little, in a fixed direction per rank. */
function nudgeCoincident(nodes: SimNode[]): void {
  const seen = new Map<string, number>();
  for (const n of nodes) {
    const key = `${Math.round(n.x! * 2)},${Math.round(n.y! * 2)}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    if (k > 0) n.y = n.y! + k * (n.r * 2 + 20);
  }
}

/** Code-point order, independent of the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
