// The network's search box shows from the first paint, but its behaviour comes later, once
// the figure's script has been fetched (after the first paint). A search asked for in
// between, Enter in the box or a click on « Trouver », is not lost: this tiny listener, part
// of the page's own module, marks the figure (data-find-asked), and the script, once it
// runs, makes the search the reader asked for (network.ts).
export function keepEarlyFinds(): void {
  const mark = (target: EventTarget | null, selector: string) => {
    if (!(target instanceof Element) || !target.closest(selector)) return;
    // once the figure is ready (data-ready), its script answers by itself
    const root = target.closest('[data-network-root]');
    if (root && !root.hasAttribute('data-ready')) root.setAttribute('data-find-asked', '');
  };
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') mark(event.target, '[data-network-search]');
  });
  document.addEventListener('click', (event) => mark(event.target, '[data-network-find]'));
}
