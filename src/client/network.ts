// Behaviour of the actor network (the SVG is already drawn: this only enhances it): zoom,
// neighbours lit on hover, keyboard focus and tap, filters by actor kind and relation type,
// search, a panel with the evidence, a keyboard walk along the edges, and the state shared
// with the timeline and the URL (view-state.ts). What a state shows is decided by the pure
// functions of src/charts/network-state.ts; this file binds them to the page.
//
// The figure is drawn twice (a wide and a narrow frame, one shown by the stylesheet): every
// frame gets the same classes and highlight; events only ever come from the one shown.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import type { NetworkClientData } from '../charts/client-data.ts';
import {
  ARROW_DIRECTIONS,
  drawnPart,
  findActor,
  litActors,
  neighbours,
  relationsByActor,
  stepToward,
  visibility,
  type NetworkRelationData,
  type Point,
  type Visible,
} from '../charts/network-state.ts';
import { onPreviewActors, onViewState, setViewState, viewState, type ViewState } from './view-state.ts';

export function enhanceNetworks(): void {
  const roots = [...document.querySelectorAll<HTMLElement>('[data-network-root]')];
  if (roots.length === 0) return;
  // one file for every network of the page (and, from the cache, of the next pages)
  const source = roots[0]!.dataset.networkData!;
  fetch(source)
    .then((response) => {
      if (!response.ok) throw new Error(`${source}: ${response.status}`);
      return response.json() as Promise<NetworkClientData>;
    })
    .then((data) =>
      roots.forEach((root) => {
        enhance(root, data);
        // every control now works: said for whoever waits on it (the browser tests)
        root.dataset.ready = '';
      }),
    )
    // without its data the figure stays as the build drew it: links to the actors, the table
    .catch((error: unknown) => console.warn('network:', error));
}

/** One drawing of the network and what the script needs of it. */
interface Frame {
  element: HTMLElement;
  svg: SVGSVGElement;
  nodes: Map<string, SVGAElement>;
  edges: SVGPathElement[];
  edgesOf: Map<string, SVGPathElement[]>;
  /** node centres, as the build placed them (each node's translate, read through the SVG DOM) */
  positions: Map<string, Point>;
  overlayEdges: SVGGElement;
  overlayNodes: SVGGElement;
  zoom: ZoomBehavior<SVGSVGElement, unknown>;
}

/** A node's centre: the translation the build gave it, as the SVG DOM parses it. */
function centreOf(node: SVGAElement): Point {
  const matrix = node.transform.baseVal.consolidate()?.matrix;
  return matrix ? [matrix.e, matrix.f] : [0, 0];
}

function bindFrame(element: HTMLElement, relations: ReadonlyMap<string, NetworkRelationData>): Frame {
  const svg = element.querySelector<SVGSVGElement>('[data-network-svg]')!;
  const layer = svg.querySelector<SVGGElement>('[data-zoom-layer]')!;
  const overlay = element.querySelector<SVGSVGElement>('[data-network-overlay]')!;
  const overlayLayer = overlay.querySelector<SVGGElement>('[data-overlay-layer]')!;
  const nodes = new Map([...svg.querySelectorAll<SVGAElement>('a[data-actor]')].map((n) => [n.dataset.actor!, n]));
  const edges = [...svg.querySelectorAll<SVGPathElement>('path[data-relation]')];
  const edgesOf = new Map<string, SVGPathElement[]>();
  for (const edge of edges) {
    const relation = relations.get(edge.dataset.relation!);
    if (!relation) continue;
    for (const end of new Set([relation.source, relation.target])) edgesOf.set(end, [...(edgesOf.get(end) ?? []), edge]);
  }
  const positions = new Map([...nodes].map(([id, n]) => [id, centreOf(n)]));
  // Zoom and pan: wheel only with Ctrl/⌘ (the page must keep scrolling), no touch capture
  // (a phone scrolls the page; the buttons zoom).
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.5, 8])
    .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button))
    .touchable(() => false)
    .on('zoom', (event: { transform: { toString(): string } }) => {
      layer.setAttribute('transform', event.transform.toString());
      overlayLayer.setAttribute('transform', event.transform.toString()); // the highlight follows the figure
    });
  select(svg).call(behaviour);
  return {
    element, svg, nodes, edges, edgesOf, positions, zoom: behaviour,
    overlayEdges: overlay.querySelector<SVGGElement>('[data-overlay-edges]')!,
    overlayNodes: overlay.querySelector<SVGGElement>('[data-overlay-nodes]')!,
  };
}

const isShown = (frame: Frame) => getComputedStyle(frame.element).display !== 'none';

/** An inert copy of a node or an edge for the overlay: no link, no id, no name, no title. */
function overlayCopy(element: SVGElement, tag: string): SVGElement {
  const copy = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const { name, value } of element.attributes) {
    // drop what makes a link, a name or a hook
    if (name === 'href' || name === 'tabindex' || name === 'id' || name.startsWith('aria-') || name.startsWith('data-')) continue;
    copy.setAttribute(name, value);
  }
  for (const child of element.children) if (child.tagName.toLowerCase() !== 'title') copy.append(child.cloneNode(true));
  return copy;
}

function enhance(root: HTMLElement, data: NetworkClientData): void {
  performance.mark('network:enhance-start');
  const relationById = new Map(data.relations.map((r) => [r.id, r]));
  const frames = [...root.querySelectorAll<HTMLElement>('[data-network-frame]')].map((element) => bindFrame(element, relationById));
  // a line's sentence on hover (the drawing leaves it to the table, to stay light)
  for (const frame of frames)
    for (const edge of frame.edges) {
      const relation = relationById.get(edge.dataset.relation!);
      if (!relation) continue;
      const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      title.textContent = relation.sentence;
      edge.append(title);
    }
  const status = root.querySelector<HTMLElement>('[data-network-status]')!;
  const panel = root.querySelector<HTMLElement>('[data-network-panel]')!;
  const focusbar = root.querySelector<HTMLElement>('[data-network-focusbar]')!;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-relation]')];
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const known = new Set(actors.keys());
  const byActor = relationsByActor(data.relations);
  const degree = (id: string) => byActor.get(id)?.length ?? 0;
  // Above its bound the figure draws only the most connected actors: what it shows (counts,
  // filters, neighbours, the keyboard walk) is that part; the panel and the search know everyone.
  const drawn = new Set(frames[0]?.nodes.keys() ?? []);
  const part = drawnPart(data, drawn);
  const drawnByActor = relationsByActor(part.relations);
  const allHref = root.dataset.networkAll;

  root.classList.add('network-enhanced');
  // Filters open by default where there is room for them, or when the link carries some.
  const filters = root.querySelector<HTMLDetailsElement>('[data-network-filters]')!;
  const initial = viewState();
  filters.open = matchMedia('(min-width: 40rem)').matches || !!initial.kinds || !!initial.types;
  for (const hidden of root.querySelectorAll<HTMLElement>('[data-network-controls], [data-network-help]')) hidden.hidden = false;

  const zoomBy = (change: (frame: Frame) => void) => frames.filter(isShown).forEach(change);
  root.querySelector('[data-zoom="in"]')!.addEventListener('click', () => zoomBy((f) => f.zoom.scaleBy(select(f.svg), 1.5)));
  root.querySelector('[data-zoom="out"]')!.addEventListener('click', () => zoomBy((f) => f.zoom.scaleBy(select(f.svg), 1 / 1.5)));
  root.querySelector('[data-zoom="reset"]')!.addEventListener('click', () => zoomBy((f) => f.zoom.transform(select(f.svg), zoomIdentity)));

  // The few things that change between states, in one place.
  const local = {
    visible: visibility(part, initial, drawnByActor) as Visible,
    /** the actor under the mouse or the keyboard focus */
    hovered: null as string | null,
    /** a passing highlight from the timeline */
    preview: null as string[] | null,
    /** the node in the tab order (roving focus) */
    current: [...drawn].sort((a, b) => degree(b) - degree(a))[0] ?? '',
    selected: null as string | null,
    eventActors: new Set<string>(),
    /** the last pointer was a finger or a pen: the mouse events a tap emulates are not a hover */
    touch: false,
  };

  function applyFilters(state: ViewState) {
    const visible = visibility(part, state, drawnByActor);
    local.visible = visible;
    for (const frame of frames) {
      for (const [id, node] of frame.nodes) {
        const v = visible.actors.get(id);
        node.classList.toggle('is-filtered', v === 'filtered');
        node.classList.toggle('is-later', v === 'later');
      }
      for (const edge of frame.edges) {
        const v = visible.relations.get(edge.dataset.relation!);
        edge.classList.toggle('is-later', v === 'later');
        edge.classList.toggle('is-filtered', v === 'filtered');
      }
    }
    for (const row of rows) {
      const v = visible.relations.get(row.dataset.relation!);
      row.classList.toggle('is-later', v === 'later');
      row.classList.toggle('is-filtered', v === 'filtered');
    }
    for (const box of root.querySelectorAll<HTMLInputElement>('input[name="genre"]')) box.checked = !state.kinds || state.kinds.includes(box.value);
    for (const box of root.querySelectorAll<HTMLInputElement>('input[name="type"]')) box.checked = !state.types || state.types.includes(box.value);
    status.textContent = `${visible.shownActors.size} acteurs et ${visible.shownRelations.length} relations affichés${state.to !== null ? `, connus fin ${state.to}` : ''}.`;
  }

  const shown = (element: Element) => !element.classList.contains('is-filtered') && !element.classList.contains('is-later');

  // The highlight is drawn as an overlay: the lit actors and edges are copied into a small SVG
  // on top, and the whole figure fades with ONE opacity change on its <svg>. Toggling classes on
  // hundreds of nodes and edges cost ~40 ms of style and paint per hover at 300 actors; the
  // overlay keeps it within a frame. The overlay is aria-hidden and takes no pointer events:
  // the figure's nodes stay the only links, focus targets and hover targets.
  function highlight() {
    performance.mark('network:highlight-start');
    const state = viewState();
    const lit = litActors(state, local, data, known, local.visible.shownRelations);

    // Selection and event actors: only the nodes whose state changed are touched.
    const nextSelected = state.actor && known.has(state.actor) ? state.actor : null;
    const nextEventActors = new Set(state.event ? (data.events.find((e) => e.id === state.event)?.actors ?? []) : []);
    for (const frame of frames) {
      if (nextSelected !== local.selected) {
        const was = local.selected ? frame.nodes.get(local.selected) : undefined;
        was?.classList.remove('is-selected');
        was?.removeAttribute('aria-current');
        const now = nextSelected ? frame.nodes.get(nextSelected) : undefined;
        now?.classList.add('is-selected');
        now?.setAttribute('aria-current', 'true');
      }
      for (const id of local.eventActors) if (!nextEventActors.has(id)) frame.nodes.get(id)?.classList.remove('is-event-actor');
      for (const id of nextEventActors) if (!local.eventActors.has(id)) frame.nodes.get(id)?.classList.add('is-event-actor');
      drawOverlay(frame, lit.centre, lit.actors);
    }
    local.selected = nextSelected;
    local.eventActors = nextEventActors;
    performance.measure('network:highlight', 'network:highlight-start');
  }

  function drawOverlay(frame: Frame, centre: string | null, lit: ReadonlySet<string> | null) {
    const active = document.activeElement;
    const focused = active instanceof SVGAElement && frame.nodes.get(active.dataset.actor ?? '') === active && shown(active) && active.matches(':focus-visible') ? active : null;
    const litEdges: SVGElement[] = [];
    const litNodes: SVGElement[] = [];
    if (lit) {
      for (const edge of centre ? (frame.edgesOf.get(centre) ?? []) : frame.edges) {
        const { source = '', target = '' } = relationById.get(edge.dataset.relation!) ?? {};
        if (!centre && !(lit.has(source) && lit.has(target))) continue;
        if (!shown(edge)) continue;
        const copy = overlayCopy(edge, 'path');
        copy.classList.add('is-lit');
        litEdges.push(copy);
      }
      for (const id of lit) {
        const node = frame.nodes.get(id);
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
    frame.overlayEdges.replaceChildren(...litEdges);
    frame.overlayNodes.replaceChildren(...litNodes);
    frame.svg.classList.toggle('has-highlight', !!lit);
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
    focusbar.hidden = !actor;
    if (!actor) return;
    const around = neighbours(actor.id, local.visible.shownRelations).length;
    focusbar.querySelector('[data-focusbar-text]')!.textContent = `${actor.name} : ${around === 0 ? 'aucun voisin affiché' : around === 1 ? 'un voisin affiché' : `${around} voisins affichés`}.`;
    panel.querySelector('[data-panel-title]')!.textContent = actor.name;
    const body = panel.querySelector('[data-panel-body]')!;
    body.replaceChildren();
    body.append(el('p', `${capitalise(actor.kindLabel)} · ${actor.country}`), el('p', actor.description));
    const page = el('a', `Page de l’acteur : ${actor.name}`);
    page.href = actor.href;
    body.append(el('p', '', page));
    const own = byActor.get(actor.id) ?? [];
    body.append(el('h4', own.length ? `Ses relations (${own.length})` : 'Aucune relation retenue'));
    const list = el('ul', '');
    for (const r of own) list.append(relationItem(actor.id, r));
    body.append(list);
  }

  function relationItem(actorId: string, r: NetworkRelationData): HTMLLIElement {
    // The other actor is a button: the panel is also a way to walk the network.
    const other = r.source === actorId ? r.target : r.source;
    const go = el('button', r.source === actorId ? r.phrase.target : r.phrase.source);
    go.type = 'button';
    go.className = 'panel-actor';
    go.addEventListener('click', () => openPanel(other, true));
    const item = el('li', '');
    if (r.source === actorId) item.append(`${r.phrase.lead}${r.phrase.source} ${r.phrase.middle}`, go);
    else item.append(r.phrase.lead, go, ` ${r.phrase.middle}${r.phrase.target}`);
    item.append(` (${r.time}). `);
    for (const e of r.evidence) {
      const link = el('a', `Source : « ${e.quote} »`);
      link.href = e.href;
      link.title = e.title;
      item.append(link, ' ');
    }
    return item;
  }

  /** Roving focus: one node of each frame in the tab order (an actor the figure does not draw leaves it where it is). */
  function setCurrent(id: string) {
    if (!drawn.has(id)) return;
    for (const frame of frames) {
      frame.nodes.get(local.current)?.setAttribute('tabindex', '-1');
      frame.nodes.get(id)?.setAttribute('tabindex', '0');
    }
    local.current = id;
  }

  function focusNode(frame: Frame, id: string) {
    if (!frame.nodes.has(id)) return;
    setCurrent(id);
    frame.nodes.get(id)!.focus();
  }

  function openPanel(id: string, fromKeyboard: boolean) {
    setCurrent(id);
    setViewState({ actor: id });
    if (fromKeyboard) panel.focus();
  }

  function closePanel() {
    const was = viewState().actor;
    setViewState({ actor: null });
    const frame = frames.find(isShown);
    if (was && frame) focusNode(frame, was);
  }

  root.addEventListener('pointerdown', (event) => (local.touch = event.pointerType === 'touch' || event.pointerType === 'pen'), { capture: true });
  root.addEventListener('pointerover', (event) => (local.touch = event.pointerType === 'touch' || event.pointerType === 'pen'), { capture: true });
  for (const frame of frames) {
    for (const [id, node] of frame.nodes) {
      node.setAttribute('tabindex', id === local.current ? '0' : '-1');
      node.addEventListener('click', (event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey) return; // let "open in a new tab" work
        event.preventDefault();
        const fromKeyboard = event.detail === 0;
        // A second tap or click on the chosen actor lets the whole network show again.
        if (!fromKeyboard && viewState().actor === id) setViewState({ actor: null });
        else openPanel(id, fromKeyboard);
      });
      node.addEventListener('keydown', (event) => {
        const direction = ARROW_DIRECTIONS[event.key];
        if (direction) {
          event.preventDefault();
          const next = stepToward(id, direction, frame.positions, neighbours(id, local.visible.shownRelations), local.visible.shownActors);
          if (next) focusNode(frame, next);
        }
      });
      node.addEventListener('mouseenter', () => {
        if (local.touch) return;
        local.hovered = id;
        scheduleHighlight();
      });
      node.addEventListener('mouseleave', () => {
        if (local.hovered !== id) return;
        local.hovered = null;
        scheduleHighlight();
      });
      // Keyboard focus lights like a hover; the focus a tap or a click gives does not (the choice does).
      node.addEventListener('focus', () => {
        if (node.matches(':focus-visible')) local.hovered = id;
        scheduleHighlight();
      });
      node.addEventListener('blur', () => {
        if (local.hovered === id) local.hovered = null;
        scheduleHighlight();
      });
    }
  }
  // Escape clears the choice from anywhere in the network (a node, the panel, the bar), or from
  // the page itself when nothing else has the focus (after a tap).
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !viewState().actor) return;
    const target = event.target as Node;
    if (root.contains(target) || target === document.body) closePanel();
  });
  panel.querySelector('[data-panel-close]')!.addEventListener('click', closePanel);
  focusbar.querySelector('[data-focusbar-clear]')!.addEventListener('click', () => setViewState({ actor: null }));
  focusbar.querySelector('[data-focusbar-panel]')!.addEventListener('click', () => {
    panel.scrollIntoView({ block: 'start' });
    panel.focus({ preventScroll: true });
  });

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
    if (!search.value.trim()) return;
    const found = findActor(data.actors, search.value);
    if (!found) {
      status.textContent = `Aucun acteur ne correspond à « ${search.value} ».`;
      return;
    }
    setViewState({ actor: found.id });
    // an actor the figure leaves out: the state's listener says so
    if (drawn.has(found.id)) status.textContent = `${found.name} : ${neighbours(found.id, local.visible.shownRelations).length} voisins affichés.`;
  };
  /** An actor the figure leaves out (above its bound): said, with the way to its page and to every actor. */
  function notDrawn(actor: (typeof data.actors)[number]) {
    const around = neighbours(actor.id, local.visible.shownRelations).length;
    const page = el('a', `la page de l’acteur ${actor.name}`);
    page.href = actor.href;
    status.replaceChildren(
      `${actor.name} n’est pas dans la figure, qui montre les ${drawn.size} acteurs les plus reliés sur ${data.actors.length}`,
      around === 1 ? ' ; son voisin dans la figure est mis en évidence' : around > 1 ? ` ; ses ${around} voisins dans la figure sont mis en évidence` : '',
      '. Voir ',
      page,
    );
    if (allHref) {
      const all = el('a', 'tous les acteurs et toutes les relations');
      all.href = allHref;
      status.append(', ou ', all);
    }
    status.append('.');
  }
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') (event.preventDefault(), find());
  });
  search.addEventListener('change', find);
  root.querySelector('[data-network-find]')!.addEventListener('click', find);

  onPreviewActors((list) => ((local.preview = list), scheduleHighlight()));
  onViewState((state) => {
    applyFilters(state);
    renderPanel(state);
    if (state.actor && known.has(state.actor)) setCurrent(state.actor);
    // chosen by a search, a shared link or the panel, an actor the figure leaves out is said to be
    if (state.actor && known.has(state.actor) && !drawn.has(state.actor)) notDrawn(actors.get(state.actor)!);
    scheduleHighlight();
  });
  // a search asked for before this script had come (early-find.ts) is made now, once the panel follows the state
  if (root.hasAttribute('data-find-asked')) {
    root.removeAttribute('data-find-asked');
    find();
  }
  // For `npm run bench`: time from script start to an interactive network.
  performance.measure('network:enhance', 'network:enhance-start');
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, ...children: Node[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.textContent = text;
  element.append(...children);
  return element;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
