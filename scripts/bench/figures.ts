// The network figure in a real Chromium: how long until the enhanced network is ready,
// and what one hover highlight costs. The page's script marks its own milestones with
// performance.mark (src/client/network.ts); the hover is dispatched on a node and timed
// to the end of the frame that shows it:
//
//   t0 ─ dispatch pointerover/mouseover/focus ─ t1 (handlers done) … rAF tR ─ style, layout, paint ─ tP
//   cost = (t1 − t0) + (tP − tR): the work of the highlight, without the wait for the frame
//   latency = tP − t0: what a reader waits, frame alignment included
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../../tests/browser.ts';
import { median } from './lighthouse.ts';
import { percentile } from './report.ts';

export interface HoverSample {
  costMs: number;
  latencyMs: number;
}

export interface HighlightStats {
  median: HoverSample;
  p90: HoverSample;
  max: HoverSample;
  samples: number;
}

function stats(samples: readonly HoverSample[]): HighlightStats {
  const cost = samples.map((s) => s.costMs);
  const latency = samples.map((s) => s.latencyMs);
  return {
    median: { costMs: median(cost), latencyMs: median(latency) },
    p90: { costMs: percentile(cost, 90), latencyMs: percentile(latency, 90) },
    max: { costMs: Math.max(...cost), latencyMs: Math.max(...latency) },
    samples: samples.length,
  };
}

export interface NetworkFigures {
  url: string;
  nodes: number;
  edges: number;
  /** performance marks the page set, ms since navigation start */
  marks: Record<string, number>;
  /** the mark taken as "first render with JavaScript", and its time */
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
  hovers: number;
  throttling: readonly number[];
}

export const DEFAULT_FIGURE_OPTIONS: FigureOptions = {
  nodeSelector: '[data-actor]',
  readyMarks: ['network:ready', 'network:enhanced', 'network:interactive'],
  hovers: 40,
  throttling: [1, 4],
};

/**
 * One highlight: `hover` dispatches what a mouse moving onto the node fires (pointerover,
 * pointerenter, mouseover, mouseenter) after leaving the previous one; `focus` moves the
 * keyboard focus onto it (the previous node blurs, as with Tab or an arrow key).
 */
async function highlightOnce(page: Page, selector: string, index: number, mode: 'hover' | 'focus'): Promise<HoverSample> {
  return page.evaluate(
    ({ selector, index, mode }) =>
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
                resolveSample({ costMs: t1 - t0 + (tP - tR), latencyMs: tP - t0 });
              };
              channel.port2.postMessage(null);
            });
          }, 0),
        );
      }),
    { selector, index, mode },
  );
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
        (names) => names.some((n) => performance.getEntriesByName(n, 'mark').length > 0),
        [...options.readyMarks],
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const timing = await page.evaluate(() => ({
      marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    const readyMark = options.readyMarks.find((n) => n in timing.marks) ?? null;
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
        for (const mode of ['hover', 'focus'] as const) {
          const samples: HoverSample[] = [];
          // a stride through the nodes, so hubs and leaves both get their turn
          for (let i = 0; i < options.hovers; i++) samples.push(await highlightOnce(page, options.nodeSelector, i * 7, mode));
          (mode === 'hover' ? hover : focus)[String(rate)] = stats(samples);
        }
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    return {
      url,
      nodes: counts.nodes,
      edges: counts.edges,
      marks: timing.marks,
      readyMark,
      readyMs: readyMark ? (timing.marks[readyMark] ?? null) : null,
      firstContentfulPaintMs: timing.fcp,
      hover,
      focus,
    };
  } finally {
    await browser.close();
  }
}
