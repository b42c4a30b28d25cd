// The network figure in a real Chromium: how long until the enhanced network is ready,
// and what one highlight (hover, or keyboard focus) costs. The page's script marks its own
// milestones (performance.mark / measure in src/client/network.ts); each highlight is
// dispatched on a node and timed to the end of the frame that shows it:
//
//   t0 ─ dispatch (pointerover… / focus) ─ t1 (handlers done) … rAF tR ─ style, layout, paint ─ tP
//   wall cost = (t1 − t0) + (tP − tR): the work, without the wait for the frame
//   latency   = tP − t0: what a reader waits, frame alignment included
//   CPU cost  = CPU time of the renderer's main thread in [t0, tP], from a Chromium trace:
//               the figure that holds when other work shares the machine.
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../scripts/lib/chromium.ts';
import { median } from './lighthouse.ts';

/** The p-th percentile (nearest rank) of some values. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export interface HoverSample {
  costMs: number;
  latencyMs: number;
  /** main-thread CPU time (trace `tdur`), when a trace was taken */
  cpuMs?: number;
}

export interface HighlightStats {
  median: HoverSample;
  p90: HoverSample;
  max: HoverSample;
  samples: number;
  /** main-thread time by trace event (UpdateLayoutTree = style, Layout, Paint…), ms per highlight */
  breakdown?: Record<string, number>;
}

function statsOf(values: readonly number[]): { median: number; p90: number; max: number } {
  return { median: median(values), p90: percentile(values, 90), max: Math.max(...values) };
}

export function highlightStats(samples: readonly HoverSample[]): HighlightStats {
  const cost = statsOf(samples.map((s) => s.costMs));
  const latency = statsOf(samples.map((s) => s.latencyMs));
  const cpuValues = samples.map((s) => s.cpuMs).filter((v): v is number => v !== undefined);
  const cpu = cpuValues.length === samples.length ? statsOf(cpuValues) : undefined;
  const at = (k: 'median' | 'p90' | 'max'): HoverSample => ({
    costMs: cost[k],
    latencyMs: latency[k],
    ...(cpu ? { cpuMs: cpu[k] } : {}),
  });
  return { median: at('median'), p90: at('p90'), max: at('max'), samples: samples.length };
}

export interface NetworkFigures {
  url: string;
  nodes: number;
  edges: number;
  /** performance marks the page set, ms since navigation start */
  marks: Record<string, number>;
  /** performance measures the page took: name → durations (ms) */
  measures: Record<string, number[]>;
  /** the entry taken as "first render with JavaScript", and its time since navigation start */
  readyMark: string | null;
  readyMs: number | null;
  firstContentfulPaintMs: number | null;
  /** by CPU throttling rate (1 = this machine, 4 = Lighthouse's mobile) */
  hover: Record<string, HighlightStats>;
  /** the same, for keyboard focus moving onto a node */
  focus: Record<string, HighlightStats>;
}

export interface FigureOptions {
  /** CSS selector of a focusable/hoverable actor node in the network's SVG */
  nodeSelector: string;
  /** mark names that mean "the network is enhanced and drawn", first found wins */
  readyMarks: readonly string[];
  /** measure names whose end means the same (the page measures its enhancement) */
  readyMeasures: readonly string[];
  hovers: number;
  throttling: readonly number[];
}

export const DEFAULT_FIGURE_OPTIONS: FigureOptions = {
  nodeSelector: '[data-actor]',
  readyMarks: ['network:ready', 'network:enhanced', 'network:enhance-end'],
  readyMeasures: ['network:enhance'],
  hovers: 40,
  throttling: [1, 4],
};

type Mode = 'hover' | 'focus';

/**
 * One highlight: `hover` dispatches what a mouse moving onto the node fires (pointerover,
 * pointerenter, mouseover, mouseenter) after leaving the previous one; `focus` moves the
 * keyboard focus onto it (the previous node blurs, as with Tab or an arrow key). Marks
 * `bench:<mode>:<n>:start` / `:end` let the trace find the window.
 */
async function highlightOnce(page: Page, selector: string, index: number, mode: Mode, n: number): Promise<HoverSample> {
  return page.evaluate(
    ({ selector, index, mode, n }) =>
      new Promise<{ costMs: number; latencyMs: number }>((resolveSample, rejectSample) => {
        const nodes = document.querySelectorAll<HTMLElement | SVGElement>(selector);
        const node = nodes[index % nodes.length];
        if (!node) return rejectSample(new Error(`no node matches ${selector}`));
        const previous = nodes[(index + nodes.length - 1) % nodes.length];
        if (mode === 'hover' && previous) {
          previous.dispatchEvent(new PointerEvent('pointerout', { bubbles: true }));
          previous.dispatchEvent(new PointerEvent('pointerleave'));
          previous.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
          previous.dispatchEvent(new MouseEvent('mouseleave'));
        }
        // let the leave settle into a frame of its own before timing the enter
        requestAnimationFrame(() =>
          setTimeout(() => {
            performance.mark(`bench:${mode}:${n}:start`);
            const t0 = performance.now();
            if (mode === 'hover') {
              node.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
              node.dispatchEvent(new PointerEvent('pointerenter'));
              node.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
              node.dispatchEvent(new MouseEvent('mouseenter'));
            } else {
              node.focus({ preventScroll: true });
            }
            const t1 = performance.now();
            requestAnimationFrame(() => {
              const tR = performance.now();
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                const tP = performance.now();
                performance.mark(`bench:${mode}:${n}:end`);
                resolveSample({ costMs: t1 - t0 + (tP - tR), latencyMs: tP - t0 });
              };
              channel.port2.postMessage(null);
            });
          }, 0),
        );
      }),
    { selector, index, mode, n },
  );
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Main-thread CPU time per window: the top-level tasks of the renderer's main thread that
 * overlap each `bench:<mode>:<n>` window, their thread time (`tdur`, µs) summed.
 */
export function cpuPerWindow(
  trace: { traceEvents: TraceEvent[] },
  mode: Mode,
): { cpu: Map<number, number>; breakdown: Record<string, number> } {
  const events = trace.traceEvents;
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const windows = new Map<number, { start?: number; end?: number; thread?: string }>();
  const pattern = new RegExp(`^bench:${mode}:(\\d+):(start|end)$`);
  for (const e of events) {
    const m = pattern.exec(e.name);
    if (!m || !e.cat.includes('blink.user_timing')) continue;
    const n = Number(m[1]);
    const w = windows.get(n) ?? {};
    w[m[2] as 'start' | 'end'] = e.ts;
    w.thread = `${e.pid}:${e.tid}`;
    windows.set(n, w);
  }
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.cat.split(',').includes('toplevel') && mainThreads.has(`${e.pid}:${e.tid}`) && e.dur !== undefined,
  );
  // what the main thread did inside the windows (timeline events nest: a breakdown, not a sum)
  const timeline = events.filter(
    (e) => e.ph === 'X' && e.cat.includes('devtools.timeline') && mainThreads.has(`${e.pid}:${e.tid}`) && e.dur !== undefined,
  );
  const out = new Map<number, number>();
  const breakdown: Record<string, number> = {};
  for (const [n, w] of windows) {
    if (w.start === undefined || w.end === undefined) continue;
    const inside = (t: TraceEvent) => t.ts + (t.dur as number) >= w.start! && t.ts <= w.end! && (w.thread === undefined || `${t.pid}:${t.tid}` === w.thread);
    let cpu = 0;
    for (const t of tasks) if (inside(t)) cpu += t.tdur ?? t.dur ?? 0;
    out.set(n, cpu / 1000);
    for (const t of timeline) if (inside(t)) breakdown[t.name] = (breakdown[t.name] ?? 0) + (t.tdur ?? t.dur ?? 0) / 1000;
  }
  // per highlight, on average
  for (const name of Object.keys(breakdown)) breakdown[name] = (breakdown[name] as number) / Math.max(1, out.size);
  return { cpu: out, breakdown };
}

async function highlights(browser: Browser, page: Page, options: FigureOptions, mode: Mode): Promise<HighlightStats> {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'devtools.timeline'] });
  const samples: HoverSample[] = [];
  // a stride through the nodes, so hubs and leaves both get their turn
  for (let i = 0; i < options.hovers; i++) samples.push(await highlightOnce(page, options.nodeSelector, i * 7, mode, i));
  const buffer = await browser.stopTracing();
  const { cpu, breakdown } = cpuPerWindow(JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }, mode);
  const stats = highlightStats(samples.map((s, i) => (cpu.has(i) ? { ...s, cpuMs: cpu.get(i) as number } : s)));
  const top = Object.entries(breakdown)
    .filter(([, ms]) => ms >= 0.1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  return { ...stats, breakdown: Object.fromEntries(top) };
}

export async function measureNetwork(url: string, options: FigureOptions = DEFAULT_FIGURE_OPTIONS): Promise<NetworkFigures> {
  const executablePath = findChromium() ?? undefined;
  const browser: Browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // give the page's script a moment to mark that the network is ready
    await page
      .waitForFunction(
        ({ marks, measures }) =>
          marks.some((n) => performance.getEntriesByName(n, 'mark').length > 0) ||
          measures.some((n) => performance.getEntriesByName(n, 'measure').length > 0),
        { marks: [...options.readyMarks], measures: [...options.readyMeasures] },
        { timeout: 15_000 },
      )
      .catch(() => undefined);
    const timing = await page.evaluate(() => ({
      marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      measures: performance.getEntriesByType('measure').map((m) => ({ name: m.name, start: m.startTime, duration: m.duration })),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    const measures: Record<string, number[]> = {};
    for (const m of timing.measures) (measures[m.name] ??= []).push(m.duration);
    let readyMark = options.readyMarks.find((n) => n in timing.marks) ?? null;
    let readyMs = readyMark ? (timing.marks[readyMark] ?? null) : null;
    if (readyMark === null) {
      const measure = timing.measures.find((m) => options.readyMeasures.includes(m.name));
      if (measure) [readyMark, readyMs] = [`${measure.name} (end of measure)`, measure.start + measure.duration];
    }
    const counts = await page.evaluate((selector) => {
      const svg = document.querySelector(selector)?.closest('svg');
      return {
        nodes: document.querySelectorAll(selector).length,
        edges: svg ? svg.querySelectorAll('[data-relation]').length : 0,
      };
    }, options.nodeSelector);
    const hover: NetworkFigures['hover'] = {};
    const focus: NetworkFigures['focus'] = {};
    if (counts.nodes > 0) {
      const cdp = await context.newCDPSession(page);
      for (const rate of options.throttling) {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        hover[String(rate)] = await highlights(browser, page, options, 'hover');
        focus[String(rate)] = await highlights(browser, page, options, 'focus');
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    // the page's own highlight measures, taken during the hovers above
    const after = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => ({ name: m.name, duration: m.duration })));
    for (const m of after.slice(timing.measures.length)) (measures[m.name] ??= []).push(m.duration);
    return {
      url,
      nodes: counts.nodes,
      edges: counts.edges,
      marks: timing.marks,
      measures,
      readyMark,
      readyMs,
      firstContentfulPaintMs: timing.fcp,
      hover,
      focus,
    };
  } finally {
    await browser.close();
  }
}
