import { describe, expect, it } from 'vitest';
import { cpuPerWindow, highlightStats } from '../../../bench/figures.ts';

// A trace as Chromium writes it, cut down: the renderer's main thread (1:10), a raster
// thread (1:20), two hover windows marked by the bench, and the tasks around them (µs).
const main = { pid: 1, tid: 10 };
const trace = {
  traceEvents: [
    { ...main, ph: 'M', name: 'thread_name', cat: '__metadata', ts: 0, args: { name: 'CrRendererMain' } },
    { pid: 1, tid: 20, ph: 'M', name: 'thread_name', cat: '__metadata', ts: 0, args: { name: 'Compositor' } },
    { ...main, ph: 'R', name: 'bench:hover:0:start', cat: 'blink.user_timing', ts: 1000 },
    { ...main, ph: 'X', name: 'RunTask', cat: 'disabled-by-default-devtools.timeline,toplevel', ts: 990, dur: 3000, tdur: 2500 },
    { ...main, ph: 'X', name: 'UpdateLayoutTree', cat: 'devtools.timeline', ts: 1500, dur: 1000, tdur: 900 },
    { ...main, ph: 'X', name: 'RunTask', cat: 'toplevel', ts: 5000, dur: 4000, tdur: 3500 },
    { ...main, ph: 'X', name: 'Paint', cat: 'devtools.timeline,rail', ts: 5200, dur: 2000, tdur: 2000 },
    { pid: 1, tid: 20, ph: 'X', name: 'RunTask', cat: 'toplevel', ts: 5000, dur: 9000, tdur: 9000 },
    { ...main, ph: 'R', name: 'bench:hover:0:end', cat: 'blink.user_timing', ts: 9500 },
    { ...main, ph: 'X', name: 'RunTask', cat: 'toplevel', ts: 20_000, dur: 50_000, tdur: 50_000 }, // between windows
    { ...main, ph: 'R', name: 'bench:hover:1:start', cat: 'blink.user_timing', ts: 100_000 },
    { ...main, ph: 'X', name: 'RunTask', cat: 'toplevel', ts: 100_000, dur: 1000, tdur: 1000 },
    { ...main, ph: 'R', name: 'bench:hover:1:end', cat: 'blink.user_timing', ts: 101_500 },
    { ...main, ph: 'R', name: 'bench:focus:0:start', cat: 'blink.user_timing', ts: 200_000 },
  ],
};

describe('cpuPerWindow', () => {
  it('sums the main thread top-level task CPU time overlapping each window, nothing else', () => {
    const { cpu, breakdown } = cpuPerWindow(trace, 'hover');
    expect(cpu.get(0)).toBeCloseTo(6); // 2.5 + 3.5 ms; the compositor's task and the one between windows do not count
    expect(cpu.get(1)).toBeCloseTo(1);
    expect(cpu.size).toBe(2); // the focus window has no end and another mode
    expect(breakdown.Paint).toBeCloseTo(1); // 2 ms over 2 windows
    expect(breakdown.UpdateLayoutTree).toBeCloseTo(0.45);
  });
});

describe('highlightStats', () => {
  it('gives median, 90th percentile and worst of each figure, CPU only when every sample has it', () => {
    const samples = Array.from({ length: 10 }, (_, i) => ({ costMs: i + 1, latencyMs: 20 + i, cpuMs: 2 * (i + 1) }));
    const stats = highlightStats(samples);
    expect(stats.p90).toEqual({ costMs: 9, latencyMs: 28, cpuMs: 18 });
    expect(stats.max.costMs).toBe(10);
    expect(highlightStats([{ costMs: 1, latencyMs: 1 }, { costMs: 3, latencyMs: 3, cpuMs: 3 }]).median.cpuMs).toBeUndefined();
  });
});
