// Every internal link goes through here: the site may live under a sub-path
// (BASE_PATH=/cloud-souverain), and Astro does not rewrite links we write ourselves.
const base = import.meta.env.BASE_URL.replace(/\/+$/, '');

/** `/articles/x/` → `${BASE}/articles/x/` */
export function url(path: string): string {
  if (!path.startsWith('/')) throw new Error(`internal path must start with "/": ${path}`);
  return `${base}${path}`;
}

/** The article a page's path is the page of (`${BASE}/articles/x/` → `x`), if it is one. */
export function articleSlugAt(pathname: string): string | undefined {
  const prefix = `${base}/articles/`;
  if (!pathname.startsWith(prefix)) return undefined;
  return /^([a-z0-9-]+)\/?/.exec(pathname.slice(prefix.length))?.[1];
}

export const routes = {
  home: () => url('/'),
  article: (slug: string) => url(`/articles/${slug}/`),
  sentence: (slug: string, sentence: string) => url(`/articles/${slug}/#${sentence}`),
  glossary: () => url('/glossaire/'),
  term: (id: string) => url(`/glossaire/#${id}`),
  termPage: (id: string) => url(`/glossaire/${id}/`),
  actors: () => url('/acteurs/'),
  actor: (id: string) => url(`/acteurs/${id}/`),
  network: () => url('/reseau/'),
  /** what the network's script needs beyond the drawing (evidence, descriptions): one file, cached by every page that shows the figure */
  networkScriptData: () => url('/reseau/figure.json'),
  timeline: () => url('/chronologie/'),
  event: (id: string) => url(`/chronologie/#${id}`),
  story: () => url('/chronologie/recit/'),
  storyStep: (eventId: string) => url(`/chronologie/recit/${eventId}/`),
  search: () => url('/recherche/'),
  about: () => url('/a-propos/'),
  // open data and embeds (/donnees/, /integrer/…)
  data: () => url('/donnees/'),
  dataFile: (name: string) => url(`/donnees/${name}`),
  embedNetwork: () => url('/integrer/reseau/'),
  embedTimeline: () => url('/integrer/chronologie/'),
  embedEvent: (id: string) => url(`/integrer/chronologie/${id}/`),
  embedActor: (id: string) => url(`/integrer/acteurs/${id}/`),
};
