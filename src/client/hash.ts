// The URL hash that holds the figures' shared state, so a view can be shared and restored:
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

const empty: ViewState = { actor: null, event: null, types: null, kinds: null, from: null, to: null };

export function parseHash(hash: string): ViewState {
  let text: string;
  try {
    text = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return { ...empty }; // a mangled link falls back to the plain view
  }
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
