import { describe, expect, it } from 'vitest';
import { failureReason, parseGnuTime, parseProcStatus, routeTimes, runMeasured, shortCommand } from '../../../bench/measure.ts';

// /proc/<pid>/status as Linux writes it (cut): VmHWM is the process's own peak resident set
const STATUS = [
  'Name:\tnode', 'Umask:\t0022', 'State:\tS (sleeping)', 'Pid:\t4242', 'PPid:\t4200',
  'VmPeak:\t 23456780 kB', 'VmSize:\t 23401000 kB', 'VmLck:\t       0 kB', 'VmHWM:\t 1843200 kB', 'VmRSS:\t  912340 kB',
  'RssAnon:\t  880000 kB', 'VmData:\t 2100000 kB', 'Threads:\t11', '',
].join('\n');

describe('parseProcStatus', () => {
  it('reads the name, the resident set now and its peak, in bytes', () => {
    expect(parseProcStatus(STATUS)).toEqual({ name: 'node', rssBytes: 912340 * 1024, hwmBytes: 1843200 * 1024 });
  });
  it('gives 0 for a kernel thread, which has no memory lines', () => {
    expect(parseProcStatus('Name:\tkthreadd\nState:\tS (sleeping)\n')).toEqual({ name: 'kthreadd', rssBytes: 0, hwmBytes: 0 });
  });
});

describe('parseGnuTime', () => {
  it('reads CPU time and the largest process from GNU time -v', () => {
    const text = '\tUser time (seconds): 7.82\n\tSystem time (seconds): 1.65\n\tMaximum resident set size (kbytes): 123456\n';
    const parsed = parseGnuTime(text);
    expect(parsed.cpuMs).toBeCloseTo(9470);
    expect(parsed.maxRssBytes).toBe(123456 * 1024);
    expect(parseGnuTime('nothing')).toEqual({ cpuMs: 0, maxRssBytes: 0 });
  });
});

describe('shortCommand', () => {
  it('names programs by their file name and shortens long paths', () => {
    expect(shortCommand('/opt/node/bin/node\0/tmp/bench-x/node_modules/astro/bin/astro.mjs\0build\0--outDir\0/tmp/bench-x/dist.next-1-2\0')).toBe(
      'node astro.mjs build --outDir …/dist.next-1-2',
    );
  });
});

describe('failureReason', () => {
  const run = { status: 1 as number | null, signal: null as NodeJS.Signals | null, stdout: '', stderr: '' };
  it('names the build step and the limit that stopped it', () => {
    expect(failureReason({ ...run, stderr: '\nbuild failed at "astro build": dist/ was left as it was.\n' })).toBe('at the step "astro build", exit status 1');
    expect(failureReason({ ...run, stdout: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', stderr: 'build failed at "astro build"' })).toMatch(
      /^at the step "astro build", out of memory: a Node process reached V8's heap limit/,
    );
    expect(failureReason({ ...run, status: null, signal: 'SIGKILL' })).toMatch(/^killed \(SIGKILL\) from outside the bench: most likely the kernel's out-of-memory killer/);
    expect(failureReason({ ...run, status: null, signal: 'SIGKILL', stopped: 'time limit: still running after 60 min, the bench\'s limit' })).toBe(
      'stopped by the bench (time limit: still running after 60 min, the bench\'s limit)',
    );
  });
});

describe('runMeasured', () => {
  it('finds each process\'s own peak, and which command it was', async () => {
    // a parent of 20 MB or so starts a child that holds 150 MB for a second
    const child = 'const b = Buffer.alloc(150 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 1000)';
    const parent = `require('node:child_process').execFileSync(process.execPath, ['-e', ${JSON.stringify(child)}, 'holder'], { stdio: 'inherit' })`;
    const run = await runMeasured(process.execPath, ['-e', parent], { cwd: process.cwd(), sampleMs: 50 });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('1');
    expect(run.largest!.peakBytes).toBeGreaterThan(150 * 1024 * 1024);
    expect(run.largest!.command).toMatch(/^node -e const b = Buffer\.alloc/);
    expect(run.processes.length).toBeGreaterThanOrEqual(2);
    // the tree total is at least the largest process
    expect(run.treePeakBytes).toBeGreaterThanOrEqual(run.processes[1]!.peakBytes);
  });

  it('stops the whole tree at its time limit and says so', async () => {
    const run = await runMeasured(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { cwd: process.cwd(), sampleMs: 50, limits: { timeMs: 300 } });
    expect(run.wallMs).toBeLessThan(10_000);
    expect(run.stopped).toMatch(/^time limit/);
    expect(failureReason(run)).toMatch(/^stopped by the bench \(time limit/);
  });
});

describe('routeTimes', () => {
  it('totals Astro\'s per-page times by kind of route', () => {
    const log = [
      '22:34:40   ├─ /og/articles/a.png (+27ms)',
      '22:34:40   ├─ /og/articles/b.png (+29ms)',
      '22:34:41   ├─ /articles/a/index.html (+5ms)',
      '22:34:41   └─ /articles/b/index.html (+7ms)',
      '22:34:41   ├─ /glossaire/index.html (+40ms)',
      '22:34:41   ├─ /index.html (+3ms)',
    ].join('\n');
    expect(routeTimes(log)).toEqual({
      'og/articles': { ms: 56, pages: 2 },
      'articles/*': { ms: 12, pages: 2 },
      '/glossaire': { ms: 40, pages: 1 },
      '/index.html': { ms: 3, pages: 1 },
    });
  });
});
