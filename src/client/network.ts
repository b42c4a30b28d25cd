// Behaviour of the actor network (the SVG is already drawn: this only enhances it).
// zoom/pan (d3-zoom), neighbours lit on hover and focus, filters by actor kind and relation
// type, search, a side panel with the evidence, a keyboard walk along the edges, and the
// state shared with the timeline and the URL (view-state.ts).
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { NetworkClientData } from '../charts/client-data.ts';
import { onPreviewActors, onViewState, setViewState, viewState, type ViewState } from './view-state.ts';

type Relation = NetworkClientData['relations'][number];
type Actor = NetworkClientData['actors'][number];

export function enhanceNetworks(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-network-root]')) enhance(root);
}

function enhance(root: HTMLElement): void {
  performance.mark('network:enhance-start');
  const data = JSON.parse(root.querySelector('[data-network-data]')!.textContent!) as NetworkClientData;
  const svg = root.querySelector<SVGSVGElement>('[data-network-svg]')!;
  const layer = svg.querySelector<SVGGElement>('[data-zoom-layer]')!;
  const overlay = root.querySelector<SVGSVGElement>('[data-network-overlay]')!;
  const overlayLayer = overlay.querySelector<SVGGElement>('[data-overlay-layer]')!;
  const status = root.querySelector<HTMLElement>('[data-network-status]')!;
  const panel = root.querySelector<HTMLElement>('[data-network-panel]')!;
  const nodes = new Map([...svg.querySelectorAll<SVGAElement>('[data-actor]')].map((n) => [n.dataset.actor!, n]));
  const edges = [...svg.querySelectorAll<SVGPathElement>('path[data-relation]')];
  const edgesOf = new Map<string, SVGPathElement[]>();
  for (const edge of edges)
    for (const end of new Set([edge.dataset.source ?? '', edge.dataset.target ?? ''])) edgesOf.set(end, [...(edgesOf.get(end) ?? []), edge]);
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-relation]')];
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const relations = new Map(data.relations.map((r) => [r.id, r]));
  const relationsOf = new Map<string, Relation[]>();
  for (const r of data.relations) for (const end of new Set([r.source, r.target])) relationsOf.set(end, [...(relationsOf.get(end) ?? []), r]);
  const position = (id: string) => {
    const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(nodes.get(id)?.getAttribute('transform') ?? '');
    return { x: Number(m?.[1] ?? 0), y: Number(m?.[2] ?? 0) };
  };

  root.classList.add('network-enhanced');
  // Filters open by default where there is room for them, or when the link carries some.
  const filters = root.querySelector<HTMLDetailsElement>('[data-network-filters]')!;
  const initial = viewState();
  filters.open = matchMedia('(min-width: 40rem)').matches || !!initial.kinds || !!initial.types;
  for (const hidden of root.querySelectorAll<HTMLElement>('[data-network-controls], [data-network-help]')) hidden.hidden = false;

  // Zoom and pan: wheel only with Ctrl/⌘ (the page must keep scrolling), no touch capture
  // (a phone scrolls the page; the buttons zoom).
  const zoomBehaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.5, 8])
    .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button))
    .touchable(() => false)
    .on('zoom', (event: { transform: { toString(): string } }) => {
      layer.setAttribute('transform', event.transform.toString());
      overlayLayer.setAttribute('transform', event.transform.toString()); // the highlight follows the figure
    });
  const svgSelection = select(svg);
  svgSelection.call(zoomBehaviour);
  root.querySelector('[data-zoom="in"]')!.addEventListener('click', () => zoomBehaviour.scaleBy(svgSelection, 1.5));
  root.querySelector('[data-zoom="out"]')!.addEventListener('click', () => zoomBehaviour.scaleBy(svgSelection, 1 / 1.5));
  root.querySelector('[data-zoom="reset"]')!.addEventListener('click', () => zoomBehaviour.transform(svgSelection, zoomIdentity));

  // What is visible under the current filters and period; recomputed on every state change.
  let visibleEdges: Relation[] = [];
  let visibleNodes = new Set<string>();
  let hovered: string | null = null;
  let preview: string[] | null = null;
  const degree = (id: string) => relationsOf.get(id)?.length ?? 0;
  let current = [...nodes.keys()].sort((a, b) => degree(b) - degree(a))[0] ?? '';

  function applyFilters(state: ViewState) {
    const later = (r: Relation) => state.to !== null && r.since >= state.to + 1;
    const typeShown = (r: Relation) => !state.types || state.types.includes(r.type);
    const kindShown = (a: Actor | undefined) => !!a && (!state.kinds || state.kinds.includes(a.kind));
    visibleEdges = data.relations.filter((r) => typeShown(r) && !later(r) && kindShown(actors.get(r.source)) && kindShown(actors.get(r.target)));
    visibleNodes = new Set();
    for (const [id, node] of nodes) {
      const actor = actors.get(id);
      const all = relationsOf.get(id) ?? [];
      // An actor appears "as of then" once one of its relations is known; actors without any stay.
      const isLater = all.length > 0 && all.every(later);
      node.classList.toggle('is-filtered', !kindShown(actor));
      node.classList.toggle('is-later', isLater);
      if (kindShown(actor) && !isLater) visibleNodes.add(id);
    }
    const shown = new Set(visibleEdges.map((r) => r.id));
    for (const edge of edges) {
      const r = relations.get(edge.dataset.relation!)!;
      edge.classList.toggle('is-later', later(r));
      edge.classList.toggle('is-filtered', !later(r) && !shown.has(r.id));
    }
    for (const row of rows) {
      const r = relations.get(row.dataset.relation!)!;
      row.classList.toggle('is-later', later(r));
      row.classList.toggle('is-filtered', !later(r) && !shown.has(r.id));
    }
    for (const box of root.querySelectorAll<HTMLInputElement>('input[name="genre"]')) box.checked = !state.kinds || state.kinds.includes(box.value);
    for (const box of root.querySelectorAll<HTMLInputElement>('input[name="type"]')) box.checked = !state.types || state.types.includes(box.value);
    status.textContent = `${visibleNodes.size} acteurs et ${visibleEdges.length} relations affichés${state.to !== null ? `, connus fin ${state.to}` : ''}.`;
  }

  const neighbours = (id: string) =>
    visibleEdges.filter((r) => r.source === id || r.target === id).map((r) => (r.source === id ? r.target : r.source));

  // The highlight is drawn as an overlay: the lit actors and edges are copied into a small SVG
  // on top, and the whole figure fades with ONE opacity change on its <svg>. Toggling classes on
  // hundreds of nodes and edges cost ~40 ms of style and paint per hover at 300 actors; the
  // overlay keeps it within a frame. The overlay is aria-hidden and takes no pointer events:
  // the figure's nodes stay the only links, focus targets and hover targets.
  const overlayEdges = overlay.querySelector<SVGGElement>('[data-overlay-edges]')!;
  const overlayNodes = overlay.querySelector<SVGGElement>('[data-overlay-nodes]')!;
  const shown = (element: Element) => !element.classList.contains('is-filtered') && !element.classList.contains('is-later');
  let selected: string | null = null;
  let eventActors = new Set<string>();

  /** An inert copy of a node or an edge for the overlay: no link, no id, no name, no title. */
  function overlayCopy<E extends SVGElement>(element: E, tag: string): SVGElement {
    const copy = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const { name, value } of element.attributes) {
      // keep the scoped-style marker (data-astro-cid-…), drop what makes a link, a name or a hook
      if (name === 'href' || name === 'tabindex' || name === 'id' || name.startsWith('aria-')) continue;
      if (name.startsWith('data-') && !name.startsWith('data-astro-')) continue;
      copy.setAttribute(name, value);
    }
    for (const child of element.children) if (child.tagName.toLowerCase() !== 'title') copy.append(child.cloneNode(true));
    return copy;
  }

  /** Light a set of actors and the visible edges between them and the centre actor. */
  function highlight() {
    performance.mark('network:highlight-start');
    const state = viewState();
    let lit: Set<string> | null = null;
    let centre: string | null = null;
    if (hovered) centre = hovered;
    else if (preview) lit = new Set(preview);
    else if (state.actor && nodes.has(state.actor)) centre = state.actor;
    else if (state.event) lit = new Set(data.events.find((e) => e.id === state.event)?.actors ?? []);
    if (centre) lit = new Set([centre, ...neighbours(centre)]);

    // Selection and event actors: only the nodes whose state changed are touched.
    const nextSelected = state.actor && nodes.has(state.actor) ? state.actor : null;
    if (nextSelected !== selected) {
      const was = selected ? nodes.get(selected) : undefined;
      was?.classList.remove('is-selected');
      was?.removeAttribute('aria-current');
      const now = nextSelected ? nodes.get(nextSelected) : undefined;
      now?.classList.add('is-selected');
      now?.setAttribute('aria-current', 'true');
      selected = nextSelected;
    }
    const nextEventActors = new Set(state.event ? (data.events.find((e) => e.id === state.event)?.actors ?? []) : []);
    for (const id of eventActors) if (!nextEventActors.has(id)) nodes.get(id)?.classList.remove('is-event-actor');
    for (const id of nextEventActors) if (!eventActors.has(id)) nodes.get(id)?.classList.add('is-event-actor');
    eventActors = nextEventActors;

    // The overlay: copies of the lit edges (under) and lit actors (over), redrawn each time.
    const active = document.activeElement;
    const focused = active instanceof SVGAElement && nodes.get(active.dataset.actor ?? '') === active && shown(active) && active.matches(':focus-visible') ? active : null;
    const litEdges: SVGElement[] = [];
    const litNodes: SVGElement[] = [];
    if (lit) {
      for (const edge of centre ? edgesOf.get(centre) ?? [] : edges) {
        const { source = '', target = '' } = edge.dataset;
        if (!centre && !(lit.has(source) && lit.has(target))) continue;
        if (!shown(edge)) continue;
        const copy = overlayCopy(edge, 'path');
        copy.classList.add('is-lit');
        litEdges.push(copy);
      }
      for (const id of lit) {
        const node = nodes.get(id);
        if (node && shown(node) && node !== focused) litNodes.push(overlayCopy(node, 'g'));
      }
    }
    // The focus ring lives on a copy of the focused actor (the figure itself draws none once
    // enhanced): lit, or faded like the rest, or alone when nothing is highlighted.
    if (focused) {
      const copy = overlayCopy(focused, 'g');
      copy.classList.add('is-current');
      if (lit && !lit.has(focused.dataset.actor!)) copy.classList.add('is-faded');
      litNodes.push(copy);
    }
    overlayEdges.replaceChildren(...litEdges);
    overlayNodes.replaceChildren(...litNodes);
    svg.classList.toggle('has-highlight', !!lit);
    performance.measure('network:highlight', 'network:highlight-start');
  }

  // Hover, focus and shared-state changes may come several in one frame (blur then focus, a
  // filter then a selection): the highlight is drawn once, just before the next frame.
  let highlightFrame = 0;
  function scheduleHighlight() {
    if (highlightFrame) return;
    highlightFrame = requestAnimationFrame(() => {
      highlightFrame = 0;
      highlight();
    });
  }

  // The panel: who the actor is, and each of its relations with the sentences behind it.
  function renderPanel(state: ViewState) {
    const actor = state.actor ? actors.get(state.actor) : undefined;
    panel.hidden = !actor;
    if (!actor) return;
    panel.querySelector('[data-panel-title]')!.textContent = actor.name;
    const body = panel.querySelector('[data-panel-body]')!;
    body.replaceChildren();
    body.append(el('p', `${capitalise(actor.kindLabel)} · ${actor.country}`), el('p', actor.description));
    const page = el('a', `Page de l’acteur : ${actor.name}`);
    page.href = actor.href;
    body.append(el('p', '', page));
    const own = relationsOf.get(actor.id) ?? [];
    body.append(el('h4', own.length ? `Ses relations (${own.length})` : 'Aucune relation retenue'));
    const list = el('ul', '');
    for (const r of own) {
      // The other actor is a button: the panel is also a way to walk the network.
      const other = r.source === actor.id ? r.target : r.source;
      const go = el('button', actors.get(other)?.name ?? other);
      go.type = 'button';
      go.className = 'panel-actor';
      go.addEventListener('click', () => openPanel(other, true));
      const item = el('li', '');
      go.textContent = r.source === actor.id ? r.phrase.target : r.phrase.source;
      if (r.source === actor.id) item.append(`${r.phrase.lead}${r.phrase.source} ${r.phrase.middle}`, go);
      else item.append(r.phrase.lead, go, ` ${r.phrase.middle}${r.phrase.target}`);
      item.append(` (${r.time}). `);
      for (const e of r.evidence) {
        const link = el('a', `Source : « ${e.quote} »`);
        link.href = e.href;
        link.title = e.title;
        item.append(link, ' ');
      }
      list.append(item);
    }
    body.append(list);
  }

  function focusNode(id: string) {
    const node = nodes.get(id);
    if (!node) return;
    nodes.get(current)?.setAttribute('tabindex', '-1');
    node.setAttribute('tabindex', '0');
    current = id;
    node.focus();
  }

  function openPanel(id: string, fromKeyboard: boolean) {
    current = id;
    setViewState({ actor: id });
    if (fromKeyboard) panel.focus();
  }

  function closePanel() {
    const was = viewState().actor;
    setViewState({ actor: null });
    if (was) focusNode(was);
  }

  // Roving focus: one node in the tab order; arrows walk along the visible edges.
  for (const [id, node] of nodes) {
    node.setAttribute('tabindex', id === current ? '0' : '-1');
    node.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey) return; // let "open in a new tab" work
      event.preventDefault();
      openPanel(id, event.detail === 0);
    });
    node.addEventListener('keydown', (event) => {
      const direction = arrows[event.key];
      if (direction) {
        event.preventDefault();
        const next = step(id, direction);
        if (next) focusNode(next);
      } else if (event.key === 'Escape') {
        closePanel();
      }
    });
    node.addEventListener('mouseenter', () => ((hovered = id), scheduleHighlight()));
    node.addEventListener('mouseleave', () => ((hovered = null), scheduleHighlight()));
    node.addEventListener('focus', () => ((hovered = id), scheduleHighlight()));
    node.addEventListener('blur', () => ((hovered = null), scheduleHighlight()));
  }
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closePanel();
  });
  panel.querySelector('[data-panel-close]')!.addEventListener('click', closePanel);

  /** The neighbour closest to the arrow's direction; failing that, the nearest visible actor that way. */
  function step(from: string, [dx, dy]: [number, number]): string | null {
    const origin = position(from);
    const score = (candidates: string[]) => {
      let best: string | null = null;
      let bestScore = Infinity;
      for (const id of candidates) {
        const p = position(id);
        const vx = p.x - origin.x;
        const vy = p.y - origin.y;
        const distance = Math.hypot(vx, vy) || 1;
        const cos = (vx * dx + vy * dy) / distance;
        if (cos <= 0.2) continue; // not in that direction
        const s = distance * (2 - cos);
        if (s < bestScore || (s === bestScore && best !== null && id < best)) [best, bestScore] = [id, s];
      }
      return best;
    };
    return score(neighbours(from)) ?? score([...visibleNodes].filter((id) => id !== from));
  }

  // Filters and search change the shared state; the state redraws everything.
  root.querySelectorAll<HTMLInputElement>('input[name="genre"], input[name="type"]').forEach((box) =>
    box.addEventListener('change', () => {
      const checked = (name: string) => {
        const boxes = [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
        return boxes.every((b) => b.checked) ? null : boxes.filter((b) => b.checked).map((b) => b.value);
      };
      setViewState({ kinds: checked('genre'), types: checked('type') });
    }),
  );
  const search = root.querySelector<HTMLInputElement>('[data-network-search]')!;
  const find = () => {
    const query = normalise(search.value);
    if (!query) return;
    const names = (a: Actor) => [a.name, ...a.aliases].map(normalise);
    const found =
      data.actors.find((a) => names(a).includes(query)) ??
      data.actors.find((a) => names(a).some((n) => n.startsWith(query))) ??
      data.actors.find((a) => names(a).some((n) => n.includes(query)));
    if (!found) {
      status.textContent = `Aucun acteur ne correspond à « ${search.value} ».`;
      return;
    }
    setViewState({ actor: found.id });
    status.textContent = `${found.name} : ${neighbours(found.id).length} voisins affichés.`;
  };
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') (event.preventDefault(), find());
  });
  search.addEventListener('change', find);
  root.querySelector('[data-network-find]')!.addEventListener('click', find);

  // On a narrow screen the figure scrolls sideways: bring the chosen actor into view.
  const viewport = root.querySelector<HTMLElement>('[data-network-viewport]')!;
  let shownActor: string | null = null;
  const reveal = (id: string) => {
    const box = nodes.get(id)!.getBoundingClientRect();
    const frame = viewport.getBoundingClientRect();
    if (box.left < frame.left || box.right > frame.right) viewport.scrollLeft += box.left - frame.left - frame.width / 2 + box.width / 2;
  };

  onPreviewActors((list) => ((preview = list), scheduleHighlight()));
  onViewState((state) => {
    applyFilters(state);
    renderPanel(state);
    if (state.actor && nodes.has(state.actor)) {
      nodes.get(current)?.setAttribute('tabindex', '-1');
      current = state.actor;
      nodes.get(current)!.setAttribute('tabindex', '0');
      if (state.actor !== shownActor) reveal(state.actor);
    }
    shownActor = state.actor;
    scheduleHighlight();
  });
  // For `npm run bench`: time from script start to an interactive network.
  performance.measure('network:enhance', 'network:enhance-start');
}

const arrows: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, ...children: Node[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.textContent = text;
  element.append(...children);
  return element;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function normalise(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}
