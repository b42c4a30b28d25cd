// The search page's behaviour: ?q=… → Pagefind → a list of links, each saying what it
// is (article, term, actor, page). Pagefind's index is produced after `astro build`
// (scripts/build.ts) under <base>pagefind/, so it is imported at run time, not bundled.

/** The part of Pagefind's JS API this page uses (pagefind.app/docs/api/). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string };
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

// BASE_URL is '/' at the root but '/cloud-souverain' (no trailing slash) under a sub-path.
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const maxResults = 30;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Pagefind's excerpt is HTML with <mark> around matches. Keep only the text and the
 *  marks, so nothing else from an indexed page can ever become markup here. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...(parsed.body.firstElementChild?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.textContent = result.meta.kind ?? 'Page';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const title = document.createElement('h2');
  title.append(link);
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(kind, title, excerpt);
  return item;
}

export async function runSearchPage(): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const input = document.querySelector<HTMLInputElement>('#recherche-page-q');
  const noJs = document.querySelector<HTMLElement>('[data-search-nojs]');
  if (!status || !list || !input) return;
  if (noJs) noJs.hidden = true;

  const params = new URLSearchParams(window.location.search);
  const query = (params.get('q') ?? '').trim();
  const kind = params.get('type') ?? '';
  // the link's query fills the field; without one, what the reader has already typed while the
  // script was on its way is kept
  if (query) input.value = query;
  const kindChoice = document.querySelector<HTMLInputElement>(`input[name="type"][value="${CSS.escape(kind)}"]`);
  if (kindChoice) kindChoice.checked = true;
  if (!query) {
    status.textContent = 'Tapez un mot : un nom, un terme (« Cloud Act »), une entreprise…';
    input.focus();
    return;
  }
  document.title = `« ${query} » · ${document.title}`;
  status.textContent = `Recherche de « ${query} »…`;
  try {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    const search = await pagefind.search(query, kindChoice && kind ? { filters: { kind } } : {});
    const results = await Promise.all(search.results.slice(0, maxResults).map((result) => result.data()));
    list.replaceChildren(...results.map(resultItem));
    status.textContent =
      search.results.length === 0
        ? `Aucun résultat pour « ${query} ». Essayez un autre mot, ou parcourez le glossaire et les acteurs.`
        : `${plural(search.results.length, 'résultat', 'résultats')} pour « ${query} »` +
          (kindChoice && kind ? ` (${kindChoice.parentElement?.textContent?.trim().toLowerCase()})` : '') +
          (search.results.length > maxResults ? ` (les ${maxResults} premiers)` : '') + '.';
  } catch (error) {
    console.error(error);
    status.textContent = 'La recherche n’a pas pu se charger. Le glossaire et la liste des acteurs restent accessibles.';
    if (noJs) noJs.hidden = false;
  }
}
