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
  hover: Record<string, { median: HoverSample; p90: HoverSample; max: HoverSample; samples: number }>;
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

async function hoverOnce(page: Page, selector: string, index: number): Promise<HoverSample> {
  return page.evaluate(
    ({ selector, index }) =>
      new Promise<{ costMs: number; latencyMs: number }>((resolveSample) => {
        const nodes = document.querySelectorAll<HTMLElement | SVGElement>(selector);
        const node = nodes[index % nodes.length];
        if (!node) throw new Error(`no node matches ${selector}`);
        const previous = nodes[(index + nodes.length - 1) % nodes.length];
        // leave the previous node first, as a pointer moving between nodes would
        previous?.dispatchEvent(new PointerEvent('pointerout', { bubbles: true }));
        previous?.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
        previous?.dispatchEvent(new PointerEvent('pointerleave'));
        previous?.dispatchEvent(new MouseEvent('mouseleave'));
        // settle the leave before timing the enter
        requestAnimationFrame(() =>
          setTimeout(() => {
            const t0 = performance.now();
            node.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
            node.dispatchEvent(new PointerEvent('pointerenter'));
            node.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
            node.dispatchEvent(new MouseEvent('mouseenter'));
            if ('focus' in node && typeof node.focus === 'function') node.focus({ preventScroll: true });
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
    { selector, index },
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
        edges: svg ? svg.querySelectorAll('line, path[data-relation], [data-relation]').length : 0,
      };
    }, options.nodeSelector);
    const hover: NetworkFigures['hover'] = {};
    if (counts.nodes > 0) {
      const cdp = await context.newCDPSession(page);
      for (const rate of options.throttling) {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        const samples: HoverSample[] = [];
        for (let i = 0; i < options.hovers; i++) samples.push(await hoverOnce(page, options.nodeSelector, i * 7));
        hover[String(rate)] = {
          median: { costMs: median(samples.map((s) => s.costMs)), latencyMs: median(samples.map((s) => s.latencyMs)) },
          p90: { costMs: percentile(samples.map((s) => s.costMs), 90), latencyMs: percentile(samples.map((s) => s.latencyMs), 90) },
          max: { costMs: Math.max(...samples.map((s) => s.costMs)), latencyMs: Math.max(...samples.map((s) => s.latencyMs)) },
          samples: samples.length,
        };
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
    };
  } finally {
    await browser.close();
  }
}
