// How many glossary terms an article marks, as the reader chooses: every mention, the first
// mention of each term, or none; remembered on this device. Without JavaScript every mention
// is a link and there is no choice to make. A mention that is not marked is plain text: its
// link loses its href (so it is neither a link to assistive technology nor a focus stop) and
// gets it back when the reader asks for it again.

export type TermMode = 'all' | 'first' | 'off';
export const TERM_MODES: ReadonlyArray<{ mode: TermMode; label: string }> = [
  { mode: 'all', label: 'à chaque mention' },
  { mode: 'first', label: 'à la première mention' },
  { mode: 'off', label: 'jamais' },
];
const KEY = 'termes';

export function parseTermMode(value: string | null | undefined): TermMode {
  return value === 'first' || value === 'off' ? value : 'all';
}

/** Which mentions are marked: the ids of the terms in text order → one flag each. */
export function markedMentions(ids: readonly string[], mode: TermMode): boolean[] {
  if (mode === 'off') return ids.map(() => false);
  if (mode === 'all') return ids.map(() => true);
  const seen = new Set<string>();
  return ids.map((id) => {
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export function applyTermMode(doc: Document, mode: TermMode): void {
  const terms = Array.from(doc.querySelectorAll<HTMLAnchorElement>('.article-body a.term[data-term]'));
  const marked = markedMentions(terms.map((t) => t.dataset.term!), mode);
  terms.forEach((term, i) => {
    if (marked[i]) {
      if (term.dataset.href) term.setAttribute('href', term.dataset.href);
      if (term.dataset.describedby) term.setAttribute('aria-describedby', term.dataset.describedby);
    } else if (term.hasAttribute('href')) {
      term.dataset.href = term.getAttribute('href')!;
      term.dataset.describedby = term.getAttribute('aria-describedby') ?? '';
      term.removeAttribute('href');
      term.removeAttribute('aria-describedby');
    }
  });
  doc.documentElement.dataset.terms = mode;
}

/** The choice, beside the article: radio buttons shown only once this script runs. */
export function enhanceTermMode(doc: Document): void {
  const form = doc.querySelector<HTMLFieldSetElement>('[data-term-mode]');
  if (!form) return;
  let mode: TermMode = 'all';
  try {
    mode = parseTermMode(localStorage.getItem(KEY));
  } catch {
    // storage refused (private mode): the choice lasts for the page
  }
  applyTermMode(doc, mode);
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name="termes"]')) {
    input.checked = input.value === mode;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      const chosen = parseTermMode(input.value);
      applyTermMode(doc, chosen);
      try {
        localStorage.setItem(KEY, chosen);
      } catch {
        // not remembered, still applied
      }
    });
  }
  form.hidden = false;
}
