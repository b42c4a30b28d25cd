// The figures are drawn at build time and readable at once; their scripts only add behaviour.
// They start once the first frame is painted, so that the reader sees the page before any
// script does its work (a large figure's set-up would otherwise hold the first paint back).
export function afterFirstPaint(start: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    start();
    return;
  }
  requestAnimationFrame(() => setTimeout(start, 0));
}
