// The state the network and the timeline share on a page (linked views), mirrored in the
// URL hash so that a view can be shared and restored:
//
//   #acteur=ovhcloud&type=partnership,mission&genre=company&de=2013&jusqua=2020&evenement=rapport-secure-cloud
//
//   acteur     the chosen actor (network: selected + panel; timeline: its events highlighted)
//   evenement  the chosen event (timeline: highlighted; network: its actors highlighted)
//   type       relation types shown, comma-separated (absent = all)
//   genre      actor kinds shown, comma-separated (absent = all)
//   de, jusqua the period, in years; the network shows what is known by the end of `jusqua`
//
// A plain anchor (#rapport-secure-cloud, routes.event) is left to the browser: the timeline
// reads it as the chosen event without rewriting it.

export interface ViewState {
  actor: string | null;
  event: string | null;
  /** null = every type / kind */
  types: string[] | null;
  kinds: string[] | null;
  from: number | null;
  to: number | null;
}

type Listener = (state: ViewState) => void;

const empty: ViewState = { actor: null, event: null, types: null, kinds: null, from: null, to: null };
const listeners = new Set<Listener>();
let state: ViewState = parseHash(location.hash);

export function parseHash(hash: string): ViewState {
  const text = decodeURIComponent(hash.replace(/^#/, ''));
  if (!text.includes('=')) return { ...empty };
  const params = new URLSearchParams(text);
  const list = (key: string) => (params.has(key) ? (params.get(key) ?? '').split(',').filter(Boolean) : null);
  const year = (key: string) => {
    const value = Number(params.get(key));
    return params.has(key) && Number.isInteger(value) ? value : null;
  };
  return {
    actor: params.get('acteur') || null,
    event: params.get('evenement') || null,
    types: list('type'),
    kinds: list('genre'),
    from: year('de'),
    to: year('jusqua'),
  };
}

export function formatHash(s: ViewState): string {
  const parts: string[] = [];
  if (s.actor) parts.push(`acteur=${encodeURIComponent(s.actor)}`);
  if (s.event) parts.push(`evenement=${encodeURIComponent(s.event)}`);
  if (s.types) parts.push(`type=${s.types.join(',')}`);
  if (s.kinds) parts.push(`genre=${s.kinds.join(',')}`);
  if (s.from !== null) parts.push(`de=${s.from}`);
  if (s.to !== null) parts.push(`jusqua=${s.to}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

export function viewState(): ViewState {
  return state;
}

/** Change the shared state, tell every view, and record it in the URL (replaceState: no history spam). */
export function setViewState(patch: Partial<ViewState>, { url = true }: { url?: boolean } = {}): void {
  state = { ...state, ...patch };
  const hash = formatHash(state);
  const plainAnchor = location.hash && !location.hash.includes('=');
  if (url && hash !== location.hash && !(hash === '' && plainAnchor)) {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }
  for (const listener of listeners) listener(state);
}

export function onViewState(listener: Listener): void {
  listeners.add(listener);
  listener(state);
}

// Someone edits the hash or follows an in-page link: restore what it says.
addEventListener('hashchange', () => {
  if (!location.hash.includes('=')) return;
  state = parseHash(location.hash);
  for (const listener of listeners) listener(state);
});

/** A passing highlight (hovering a timeline mark lights its actors in the network), never in the URL. */
type PreviewListener = (actors: string[] | null) => void;
const previewListeners = new Set<PreviewListener>();
export function previewActors(actors: string[] | null): void {
  for (const listener of previewListeners) listener(actors);
}
export function onPreviewActors(listener: PreviewListener): void {
  previewListeners.add(listener);
}
