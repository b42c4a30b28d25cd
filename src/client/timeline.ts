// Behaviour of the timeline (drawn at build time; this only enhances it): arrow keys move
// between marks, a period selection (two labelled range inputs) shared with the network, the
// chosen actor's events lit, the chosen event (button or #<event-id>) lit with its actors.
import { onViewState, previewActors, setViewState, viewState, type ViewState } from './view-state.ts';

export function enhanceTimelines(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-timeline-root]')) enhance(root);
}

function enhance(root: HTMLElement): void {
  const svg = root.querySelector<SVGSVGElement>('[data-timeline-svg]')!;
  const status = root.querySelector<HTMLElement>('[data-timeline-status]')!;
  const periodRect = svg.querySelector<SVGRectElement>('[data-period-rect]')!;
  const [x0, x1, first, last] = ['x0', 'x1', 'from', 'to'].map((k) => Number(svg.dataset[k]));
  const yearX = (year: number) => x0! + ((year - first!) * (x1! - x0!)) / (last! - first! + 1);
  const marks = [...svg.querySelectorAll<SVGAElement>('[data-mark]')];
  const items = [...root.querySelectorAll<HTMLElement>('[data-event]')];
  const inputs = { from: root.querySelector<HTMLInputElement>('[data-period="from"]')!, to: root.querySelector<HTMLInputElement>('[data-period="to"]')! };
  const outputs = { from: root.querySelector<HTMLOutputElement>('[data-period-output="from"]')!, to: root.querySelector<HTMLOutputElement>('[data-period-output="to"]')! };
  const actorsOf = (element: Element) => (element.getAttribute('data-actors') ?? '').split(' ').filter(Boolean);
  for (const hidden of root.querySelectorAll<HTMLElement>('[data-timeline-controls], [data-timeline-help], .js-only')) hidden.hidden = false;

  // Keyboard: one mark in the tab order; ←/→ in time order within a band, ↑/↓ to the other band.
  const bands = new Map<string, SVGAElement[]>();
  for (const mark of marks) {
    const band = mark.dataset.band!;
    bands.set(band, [...(bands.get(band) ?? []), mark]);
  }
  const left = (m: SVGAElement) => m.getBBox().x;
  for (const list of bands.values()) list.sort((a, b) => left(a) - left(b) || Number(a.dataset.since) - Number(b.dataset.since));
  let current = marks[0];
  const focusMark = (mark: SVGAElement | undefined) => {
    if (!mark) return;
    current?.setAttribute('tabindex', '-1');
    mark.setAttribute('tabindex', '0');
    current = mark;
    mark.focus();
  };
  for (const mark of marks) {
    mark.setAttribute('tabindex', mark === current ? '0' : '-1');
    mark.addEventListener('keydown', (event) => {
      const band = bands.get(mark.dataset.band!)!;
      const index = band.indexOf(mark);
      const other = [...bands.entries()].find(([name]) => name !== mark.dataset.band)?.[1] ?? [];
      const nearest = () => other.reduce<SVGAElement | undefined>((best, m) => (!best || Math.abs(left(m) - left(mark)) < Math.abs(left(best) - left(mark)) ? m : best), undefined);
      const moves: Record<string, () => SVGAElement | undefined> = {
        ArrowRight: () => band[index + 1],
        ArrowLeft: () => band[index - 1],
        Home: () => band[0],
        End: () => band.at(-1),
        ArrowDown: nearest,
        ArrowUp: nearest,
      };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      focusMark(move());
    });
    // Pointing at a mark lights its actors in the network, without changing the shared state.
    const lightActors = () => previewActors(actorsOf(mark));
    mark.addEventListener('mouseenter', lightActors);
    mark.addEventListener('focus', lightActors);
    mark.addEventListener('mouseleave', () => previewActors(null));
    mark.addEventListener('blur', () => previewActors(null));
  }

  // The period: two range inputs that can't cross; the whole span is "no period" in the URL.
  const onPeriod = (moved: 'from' | 'to') => {
    let from = Number(inputs.from.value);
    let to = Number(inputs.to.value);
    if (from > to) (moved === 'from' ? (to = from) : (from = to));
    setViewState({ from: from === first ? null : from, to: to === last ? null : to });
  };
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
  const anchored = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && !id.includes('=') && items.some((item) => item.dataset.event === id)) setViewState({ event: id }, { url: false });
  };
  addEventListener('hashchange', anchored);

  onViewState((state: ViewState) => {
    const from = state.from ?? first!;
    const to = state.to ?? last!;
    inputs.from.value = String(from);
    inputs.to.value = String(to);
    outputs.from.value = String(from);
    outputs.to.value = String(to);
    periodRect.setAttribute('x', String(yearX(from)));
    periodRect.setAttribute('width', String(yearX(to + 1) - yearX(from)));
    const outside = (element: Element) => {
      const since = Number(element.getAttribute('data-since'));
      const until = Number(element.getAttribute('data-until') ?? since);
      return until <= from || since >= to + 1;
    };
    let linked = 0;
    for (const mark of marks) {
      const isLinked = !!state.actor && actorsOf(mark).includes(state.actor);
      if (isLinked) linked++;
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
    const inPeriod = marks.filter((m) => !outside(m)).length;
    status.textContent =
      `${inPeriod} marques entre ${from} et ${to}.` + (state.actor ? ` ${linked} concernent l’acteur choisi.` : '');
  });
  anchored();
}
