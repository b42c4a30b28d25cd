// The timeline's story mode works with links alone (rel="prev" / rel="next"); this adds the
// arrow keys, unless the focus is in a field or a control that uses them itself.
import { storyKey } from '../charts/timeline-story.ts';

const controls = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="slider"], [role="textbox"], [role="combobox"], [role="listbox"], [role="menu"], [role="tablist"]';

export function enableStoryKeys(): void {
  addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    const target = event.target instanceof Element ? event.target : null;
    const rel = storyKey(event, !!target?.closest(controls));
    if (!rel) return;
    const link = document.querySelector<HTMLAnchorElement>(`a[rel="${rel}"][data-story-step]`);
    if (!link) return;
    event.preventDefault();
    link.click();
  });
  // the keys work from now on: said for whoever waits on it (the browser tests)
  for (const help of document.querySelectorAll<HTMLElement>('[data-story-help]')) help.dataset.ready = '';
}
