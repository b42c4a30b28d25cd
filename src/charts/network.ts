// Actor network geometry: actors + relations → positioned nodes and edge paths.
// Pure and deterministic (no DOM, no clock, no Math.random): the same actors and relations,
// in any order, give byte-identical coordinates, so the SVG written at build time is stable
// from build to build and can be diffed.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { Actor, ActorKind, Relation, RelationType } from '../model/knowledge.ts';
import { labelWidth } from './vocabulary.ts';

/** What the layout needs of an actor and of a relation (knowledge entries fit). */
export type NetworkActor = Pick<Actor, 'id' | 'name' | 'kind'>;
export type NetworkRelation = Pick<Relation, 'id' | 'source' | 'target' | 'type' | 'date'>;

export interface NetworkOptions {
  /** target drawing size; the viewBox is fitted to the nodes and their labels afterwards */
  width?: number;
  height?: number;
  /** simulation ticks: fixed, so the result does not depend on timing
   *  (default 300, 150 above 150 actors: the layout must stay within a build's budget) */
  iterations?: number;
  /** keep actors that have no relation (default true) */
  includeIsolated?: boolean;
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
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  /** collision radius: the symbol plus part of its label, which is drawn to the right */
  room: number;
}

const round = (v: number) => Math.round(v * 10) / 10;

export function layoutNetwork(
  actors: readonly NetworkActor[],
  relations: readonly NetworkRelation[],
  options: NetworkOptions = {},
): NetworkLayout {
  const { width = 960, height = 640, includeIsolated = true } = options;
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

  // 2. Nodes: size grows with the number of relations, gently (sqrt), so hubs stand out.
  const kept = [...byId.values()].filter((a) => includeIsolated || degree.has(a.id));
  const simNodes: SimNode[] = kept.map((a) => {
    const r = radius(degree.get(a.id) ?? 0);
    return { id: a.id, r, room: r + 8 + labelWidth(a.name) * 0.3 };
  });
  const simLinks: Array<SimulationLinkDatum<SimNode>> = sortedRelations.map((r) => ({ source: r.source, target: r.target }));

  // 3. Forces: links pull related actors together, charge spreads them, collision keeps
  //    room for the label drawn to the right of each node, x/y keep isolated actors in view.
  const spread = Math.sqrt((width * height) / Math.max(simNodes.length, 1));
  const simulation = forceSimulation(simNodes)
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(simLinks).id((n) => n.id).distance(spread * 0.9).strength(0.4))
    .force('charge', forceManyBody<SimNode>().strength(-spread * 2.2).distanceMax(spread * 6))
    .force('collide', forceCollide<SimNode>((n) => n.room).iterations(2))
    .force('x', forceX<SimNode>(0).strength(0.06 * (height / width)))
    .force('y', forceY<SimNode>(0).strength(0.06))
    // cool down over exactly `iterations` ticks, whatever their number
    .alphaDecay(1 - Math.pow(0.001, 1 / iterations))
    .stop();
  simulation.tick(iterations);

  // 4. Round: what is written into the HTML must not depend on floating-point noise.
  const nodes: NetworkNode[] = simNodes.map((n) => {
    const actor = byId.get(n.id)!;
    return { id: n.id, name: actor.name, kind: actor.kind, x: round(n.x ?? 0), y: round(n.y ?? 0), r: n.r, degree: degree.get(n.id) ?? 0 };
  });
  const nodeById = new Map(nodes.map((n) => [n.id, n]));

  // 5. Edges: several relations between the same two actors fan out as arcs.
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

  return { nodes, edges, viewBox: fitViewBox(nodes) };
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

/** The smallest box holding every node and its label (drawn to the right), with a margin. */
function fitViewBox(nodes: readonly NetworkNode[]): [number, number, number, number] {
  if (nodes.length === 0) return [0, 0, 100, 100];
  const margin = 12;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.x - n.r * 1.4);
    maxX = Math.max(maxX, n.x + n.r + 4 + labelWidth(n.name));
    minY = Math.min(minY, n.y - n.r * 1.6);
    maxY = Math.max(maxY, n.y + n.r * 1.6);
  }
  const x = Math.floor(minX - margin);
  const y = Math.floor(minY - margin);
  return [x, y, Math.ceil(maxX + margin) - x, Math.ceil(maxY + margin) - y];
}

/** Code-point order, independent of the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
