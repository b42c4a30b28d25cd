// Glossary popovers: behaviour added to the term links that the page already has.
// Without this script a term is a plain link to its glossary entry; with it, hovering
// (after a short intent delay), focusing or tapping a term shows its short definition.
//
// Where the text comes from: the article lists its terms' definitions (dt/dd#def-<id>)
// for print and screen readers; the popover reuses them, so it needs no data of its own.

const OPEN_DELAY_MS = 250; // hover intent: passing the pointer over a term opens nothing
const CLOSE_DELAY_MS = 300; // time to move the pointer from the term into the popover
const PHONE_MAX_WIDTH = 640;

interface Popover {
  root: HTMLElement;
  title: HTMLElement;
  definition: HTMLElement;
  permalink: HTMLAnchorElement;
}

function createPopover(doc: Document): Popover {
  const root = doc.createElement('div');
  root.className = 'term-popover';
  root.id = 'term-popover';
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-modal', 'false');
  root.setAttribute('aria-labelledby', 'term-popover-title');
  root.hidden = true;

  const title = doc.createElement('p');
  title.className = 'term-popover-title';
  title.id = 'term-popover-title';

  const definition = doc.createElement('p');
  definition.className = 'term-popover-definition';

  const permalink = doc.createElement('a');
  permalink.className = 'term-popover-link';
  permalink.textContent = 'Définition complète';

  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'term-popover-close';
  close.setAttribute('aria-label', 'Fermer la définition');
  close.textContent = '×';

  root.append(close, title, definition, permalink);
  doc.body.append(root);
  return { root, title, definition, permalink };
}

export function enhanceTerms(doc: Document): void {
  const terms = Array.from(doc.querySelectorAll<HTMLAnchorElement>('a.term[data-term]'));
  if (terms.length === 0 || doc.getElementById('term-popover')) return;

  const popover = createPopover(doc);
  let current: HTMLAnchorElement | undefined;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  // The kind of pointer that pressed last: a tap focuses the link before its click, and
  // that focus must not count as "already open", or the tap would navigate at once.
  let pressedWith: string | undefined;
  let pressedAt = -Infinity; // performance.now() starts at 0 on every page
  const justPressed = () => performance.now() - pressedAt < 800;

  const cancelTimers = () => {
    window.clearTimeout(openTimer);
    window.clearTimeout(closeTimer);
  };

  function place(term: HTMLAnchorElement): void {
    const style = popover.root.style;
    const rect = term.getBoundingClientRect();
    if (window.innerWidth <= PHONE_MAX_WIDTH) {
      // A sheet along the edge of the screen away from the term: never over the line read.
      popover.root.classList.add('is-sheet');
      const termInLowerHalf = rect.top + rect.height / 2 > window.innerHeight / 2;
      style.setProperty('top', termInLowerHalf ? '0' : 'auto');
      style.setProperty('bottom', termInLowerHalf ? 'auto' : '0');
      style.setProperty('left', '0');
      return;
    }
    popover.root.classList.remove('is-sheet');
    style.setProperty('bottom', 'auto');
    const width = popover.root.offsetWidth;
    const height = popover.root.offsetHeight;
    const margin = 8;
    const left = Math.min(Math.max(margin, rect.left), window.innerWidth - width - margin);
    const below = rect.bottom + margin;
    const top = below + height > window.innerHeight && rect.top - height - margin > 0 ? rect.top - height - margin : below;
    style.setProperty('left', `${Math.round(left + window.scrollX)}px`);
    style.setProperty('top', `${Math.round(top + window.scrollY)}px`);
  }

  function open(term: HTMLAnchorElement): void {
    // a mention the reader chose not to mark is plain text (src/client/term-mode.ts)
    if (!term.hasAttribute('href')) return;
    cancelTimers();
    const id = term.dataset.term ?? '';
    const definition = doc.getElementById(`def-${id}`);
    const label = doc.querySelector(`[data-term-label="${CSS.escape(id)}"]`);
    if (!definition) return; // nothing to show: the link still works
    if (current && current !== term) current.removeAttribute('aria-expanded');
    current = term;
    popover.title.textContent = label?.textContent ?? term.textContent ?? '';
    popover.definition.textContent = definition.textContent;
    popover.permalink.href = term.dataset.permalink ?? term.href;
    term.setAttribute('aria-expanded', 'true');
    term.setAttribute('aria-controls', popover.root.id);
    popover.root.hidden = false;
    place(term);
  }

  function close(): void {
    cancelTimers();
    popover.root.hidden = true;
    current?.removeAttribute('aria-expanded');
    current = undefined;
  }

  const closeSoon = () => {
    window.clearTimeout(closeTimer);
    closeTimer = window.setTimeout(close, CLOSE_DELAY_MS);
  };

  for (const term of terms) {
    term.addEventListener('pointerenter', (event) => {
      if (event.pointerType !== 'mouse') return;
      window.clearTimeout(closeTimer);
      window.clearTimeout(openTimer);
      openTimer = window.setTimeout(() => open(term), OPEN_DELAY_MS);
    });
    term.addEventListener('pointerleave', (event) => {
      if (event.pointerType !== 'mouse') return;
      window.clearTimeout(openTimer);
      if (current === term) closeSoon();
    });
    term.addEventListener('focus', () => {
      if (!justPressed()) open(term);
    });
    term.addEventListener('blur', (event) => {
      const next = event.relatedTarget as Node | null;
      if (next && popover.root.contains(next)) return;
      if (current === term) closeSoon();
    });
    term.addEventListener('click', (event) => {
      // A tap shows the definition first; a second tap on the same term follows the link.
      const kind = (event as PointerEvent).pointerType || (justPressed() ? pressedWith : undefined);
      if ((kind === 'touch' || kind === 'pen') && current !== term) {
        event.preventDefault();
        open(term);
      }
    });
  }

  popover.root.addEventListener('pointerenter', () => window.clearTimeout(closeTimer));
  popover.root.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'mouse') closeSoon();
  });
  popover.root.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (!next || (!popover.root.contains(next) && next !== current)) closeSoon();
  });
  popover.root.querySelector('.term-popover-close')?.addEventListener('click', () => {
    const term = current;
    close();
    term?.focus({ preventScroll: true });
  });

  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || popover.root.hidden) return;
    const term = current;
    const focusWasInside = popover.root.contains(doc.activeElement);
    close();
    if (focusWasInside) term?.focus({ preventScroll: true });
  });
  doc.addEventListener('pointerdown', (event) => {
    pressedWith = event.pointerType;
    pressedAt = performance.now();
    const target = event.target as Node;
    if (popover.root.hidden || popover.root.contains(target) || (current && current.contains(target))) return;
    close();
  });
  window.addEventListener('resize', () => {
    if (current) place(current);
  });
}
