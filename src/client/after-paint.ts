// The figures are drawn at build time and readable at once; their scripts only add behaviour.
// A figure's script is fetched and started once the first frame is painted (the page's own
// module is this helper and a dynamic import), so the reader sees the page before any script
// is downloaded or does its work: a large figure's code and set-up would otherwise hold the
// first paint back. If the code cannot be loaded, the figure stays as the build drew it.
export function afterFirstPaint(start: () => void | Promise<unknown>): void {
  const run = () => {
    Promise.resolve()
      .then(start)
      .catch((error: unknown) => console.warn('figure script:', error));
  };
  if (typeof requestAnimationFrame !== 'function') {
    run();
    return;
  }
  requestAnimationFrame(() => setTimeout(run, 0));
}
