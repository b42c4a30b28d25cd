// The state the network and the timeline share on a page (linked views), mirrored in the
// URL hash (format: hash.ts) so that a view can be shared and restored.
import { formatHash, parseHash, type ViewState } from './hash.ts';

export type { ViewState };

type Listener = (state: ViewState) => void;

const listeners = new Set<Listener>();
let state: ViewState = parseHash(location.hash);

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
