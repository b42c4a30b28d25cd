// Behaviour of the timeline (drawn at build time; this only enhances it): arrow keys move
// between the wide figure's marks, a period selection (two labelled range inputs) shared with
// the network, the chosen actor's events lit, the chosen event (button or #<event-id>) lit with
// its actors, and a group of cited dates opened in a panel, its dates fetched from a small static
// file (/chronologie/dates/<groupe>.json) when the reader asks: without the script, or if the file
// cannot be had, the mark's link leads to the same dates on their year's page. The decisions are
// pure functions (src/charts/timeline-state.ts); this binds them.
import { onViewState, previewActors, setViewState, viewState, type ViewState } from './view-state.ts';
import type { DateGroupData } from '../charts/date-groups.ts';
import { anchoredEvent, bandOrder, isOutside, moveFrom, periodFromInputs, statusText, yearX, type MarkPosition } from '../charts/timeline-state.ts';

export function enhanceTimelines(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-timeline-root]')) {
    enhance(root);
    // every control now works: said for whoever waits on it (the browser tests)
    root.dataset.ready = '';
  }
}

function enhance(root: HTMLElement): void {
  const svg = root.querySelector<SVGSVGElement>('[data-timeline-svg]')!;
  const status = root.querySelector<HTMLElement>('[data-timeline-status]')!;
  const periodRect = svg.querySelector<SVGRectElement>('[data-period-rect]')!;
  const [x0, x1, first, last] = ['x0', 'x1', 'from', 'to'].map((k) => Number(svg.dataset[k])) as [number, number, number, number];
  const scale = { x0, x1, from: first, to: last };
  // every mark of both views (the wide SVG and the narrow list); the keyboard walks the SVG's
  const marks = [...root.querySelectorAll<HTMLElement | SVGAElement>('[data-mark]')];
  const svgMarks = [...svg.querySelectorAll<SVGAElement>('[data-mark]')];
  const items = [...root.querySelectorAll<HTMLElement>('[data-event]')];
  const inputs = { from: root.querySelector<HTMLInputElement>('[data-period="from"]')!, to: root.querySelector<HTMLInputElement>('[data-period="to"]')! };
  const outputs = { from: root.querySelector<HTMLOutputElement>('[data-period-output="from"]')!, to: root.querySelector<HTMLOutputElement>('[data-period-output="to"]')! };
  const actorsOf = (element: Element) => (element.getAttribute('data-actors') ?? '').split(' ').filter(Boolean);
  const range = (element: Element) => {
    const since = Number(element.getAttribute('data-since'));
    return [since, Number(element.getAttribute('data-until') ?? since)] as const;
  };
  for (const hidden of root.querySelectorAll<HTMLElement>('[data-timeline-controls], [data-timeline-help], .js-only')) hidden.hidden = false;

  // Keyboard: one mark of the SVG in the tab order; ←/→ in time order within a band, ↑/↓ to the other band.
  const position = new Map<SVGAElement, MarkPosition>();
  const byId = new Map<string, SVGAElement>();
  for (const mark of svgMarks) {
    position.set(mark, { id: mark.dataset.mark!, band: mark.dataset.band!, x: mark.getBBox().x, since: range(mark)[0] });
    byId.set(mark.dataset.mark!, mark);
  }
  const bands = bandOrder([...position.values()]);
  let current = svgMarks[0];
  for (const mark of svgMarks) {
    mark.setAttribute('tabindex', mark === current ? '0' : '-1');
    mark.addEventListener('keydown', (event) => {
      const target = moveFrom(bands, position.get(mark)!, event.key);
      if (target === undefined) return;
      event.preventDefault();
      const next = target && byId.get(target.id);
      if (!next) return;
      current?.setAttribute('tabindex', '-1');
      next.setAttribute('tabindex', '0');
      current = next;
      next.focus();
    });
  }
  // Pointing at a mark lights its actors in the network, without changing the shared state.
  for (const mark of marks) {
    const lightActors = () => previewActors(actorsOf(mark));
    mark.addEventListener('mouseenter', lightActors);
    mark.addEventListener('focus', lightActors);
    mark.addEventListener('mouseleave', () => previewActors(null));
    mark.addEventListener('blur', () => previewActors(null));
  }

  // The period: two range inputs that can't cross; the whole span is "no period" in the URL.
  const onPeriod = (moved: 'from' | 'to') => setViewState(periodFromInputs(Number(inputs.from.value), Number(inputs.to.value), moved, first, last));
  inputs.from.addEventListener('input', () => onPeriod('from'));
  inputs.to.addEventListener('input', () => onPeriod('to'));
  root.querySelector('[data-period-reset]')!.addEventListener('click', () => setViewState({ from: null, to: null }));

  // Choosing an event: its button, or arriving on its anchor (#<event-id>, routes.event).
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-event-select]')) {
    button.addEventListener('click', () => {
      const id = button.dataset.eventSelect!;
      setViewState({ event: viewState().event === id ? null : id });
    });
  }
  const eventIds = new Set(items.map((item) => item.dataset.event!));
  const anchored = () => {
    const id = anchoredEvent(location.hash, eventIds);
    if (id) setViewState({ event: id }, { url: false });
  };
  addEventListener('hashchange', anchored);

  bindGroupPanel(root, marks.filter((mark) => mark.dataset.band === 'mention'));

  onViewState((state: ViewState) => {
    const from = state.from ?? first;
    const to = state.to ?? last;
    inputs.from.value = String(from);
    inputs.to.value = String(to);
    outputs.from.value = String(from);
    outputs.to.value = String(to);
    periodRect.setAttribute('x', String(yearX(from, scale)));
    periodRect.setAttribute('width', String(yearX(to + 1, scale) - yearX(from, scale)));
    const outside = (element: Element) => isOutside(...range(element), from, to);
    let linked = 0;
    for (const mark of marks) {
      const isLinked = !!state.actor && actorsOf(mark).includes(state.actor);
      if (isLinked && svgMarks.includes(mark as SVGAElement)) linked++;
      mark.classList.toggle('is-outside', outside(mark));
      mark.classList.toggle('is-linked', isLinked);
      mark.classList.toggle('is-selected', mark.dataset.mark === state.event);
    }
    svg.classList.toggle('has-linked', !!state.actor && linked > 0);
    for (const item of items) {
      item.classList.toggle('is-outside', outside(item));
      item.classList.toggle('is-linked', !!state.actor && actorsOf(item).includes(state.actor));
      item.classList.toggle('is-selected', item.dataset.event === state.event);
      item.querySelector('[data-event-select]')?.setAttribute('aria-pressed', String(item.dataset.event === state.event));
    }
    status.textContent = statusText(svgMarks.filter((m) => !outside(m)).length, from, to, !!state.actor, linked);
  });
  anchored();
}

/** A group's mark opens its dates in the panel below the figure; Échap or « Fermer » closes it. */
function bindGroupPanel(root: HTMLElement, groups: Array<HTMLElement | SVGAElement>): void {
  const panel = root.querySelector<HTMLElement>('[data-timeline-panel]');
  if (!panel) return;
  const title = panel.querySelector<HTMLElement>('[data-panel-title]')!;
  const summary = panel.querySelector<HTMLElement>('[data-panel-summary]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-panel-list]')!;
  const more = panel.querySelector<HTMLAnchorElement>('[data-panel-more]')!;
  const cache = new Map<string, Promise<DateGroupData>>();
  let opener: HTMLElement | SVGAElement | null = null;

  const close = () => {
    panel.hidden = true;
    opener?.classList.remove('is-open');
    opener?.setAttribute('aria-expanded', 'false');
    opener?.focus();
    opener = null;
  };
  const show = (mark: HTMLElement | SVGAElement, data: DateGroupData) => {
    opener?.classList.remove('is-open');
    opener?.setAttribute('aria-expanded', 'false');
    opener = mark;
    mark.classList.add('is-open');
    mark.setAttribute('aria-expanded', 'true');
    title.textContent = `Dates citées, ${data.label}`;
    summary.textContent = data.summary;
    list.replaceChildren(
      ...data.dates.map((date) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = date.href;
        link.textContent = `« ${date.expression} »`;
        const cite = document.createElement('cite');
        cite.textContent = date.title;
        item.append(`${date.when} — `, link, ', dans ', cite);
        return item;
      }),
    );
    more.href = data.href;
    more.textContent = data.more;
    panel.hidden = false;
    panel.focus();
  };
  for (const mark of groups) {
    const source = mark.getAttribute('data-group');
    if (!source) continue;
    mark.setAttribute('aria-controls', panel.id);
    mark.setAttribute('aria-expanded', 'false');
    mark.addEventListener('click', (event) => {
      const click = event as MouseEvent;
      // a new tab or window is the reader's choice: the link does it
      if (click.button !== 0 || click.ctrlKey || click.metaKey || click.shiftKey || click.altKey) return;
      event.preventDefault();
      if (opener === mark && !panel.hidden) return close();
      if (!cache.has(source)) {
        cache.set(source, fetch(source).then((response) => {
          if (!response.ok) throw new Error(`${source}: ${response.status}`);
          return response.json() as Promise<DateGroupData>;
        }));
      }
      cache.get(source)!
        .then((data) => show(mark, data))
        .catch((error: unknown) => {
          // the same dates are on their year's page: go there
          console.warn('timeline:', error);
          cache.delete(source);
          location.assign(mark.getAttribute('href')!);
        });
    });
  }
  panel.querySelector('[data-panel-close]')!.addEventListener('click', close);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
}
