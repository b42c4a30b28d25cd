// Run one build step as a child process and measure it from outside: wall time, and peak
// memory two ways: GNU time's "Maximum resident set size" (the largest single process,
// from wait4) and the peak of the summed RSS of the whole process tree, sampled from /proc
// (Astro or pagefind may fork helpers). The larger of the two is reported.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  status: number | null;
  wallMs: number;
  /** max(largest process, sampled tree sum), in bytes */
  peakRssBytes: number;
  /** user + system CPU time of the child and its waited-for descendants (GNU time), 0 when unknown */
  cpuMs: number;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const task of tasks) {
    try {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) for (const child of text.split(/\s+/)) out.push(Number(child));
    } catch {
      // the task ended between the listing and the read
    }
  }
  return out;
}

function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Summed RSS of `pid` and all its descendants right now (0 off Linux). */
export function treeRssBytes(pid: number): number {
  let total = 0;
  const stack = [pid];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const current = stack.pop() as number;
    if (seen.has(current)) continue;
    seen.add(current);
    total += rssBytes(current);
    stack.push(...childrenOf(current));
  }
  return total;
}

/** GNU time -v output → user + system CPU time in ms. */
export function parseCpuMs(timeOutput: string): number {
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(timeOutput);
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(timeOutput);
  return (Number(user?.[1] ?? 0) + Number(system?.[1] ?? 0)) * 1000;
}

/** GNU time -v output → max RSS in bytes. */
export function parseMaxRss(timeOutput: string): number {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(timeOutput);
  return match ? Number(match[1]) * 1024 : 0;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** where to keep the step's output for a post-mortem */
  logFile?: string;
  /** sampling period of the process tree's RSS */
  sampleMs?: number;
}

export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}-${Math.random().toString(16).slice(2)}.txt`);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  let treePeak = 0;
  const sampler = setInterval(() => {
    if (child.pid) treePeak = Math.max(treePeak, treeRssBytes(child.pid));
  }, options.sampleMs ?? 200);
  return new Promise((resolvePromise, reject) => {
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(sampler);
      const wallMs = performance.now() - started;
      let largest = 0;
      let cpuMs = 0;
      if (useTime && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        largest = parseMaxRss(report);
        cpuMs = parseCpuMs(report);
        rmSync(timeFile, { force: true });
      }
      const result: Measured = {
        status,
        wallMs,
        peakRssBytes: Math.max(largest, treePeak),
        cpuMs,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      };
      if (options.logFile) writeFileSync(options.logFile, `$ ${command} ${args.join(' ')}\n${result.stdout}\n--- stderr ---\n${result.stderr}`);
      resolvePromise(result);
    });
  });
}

/** The last line of a child's stdout that starts with `marker`, parsed as JSON. */
export function resultLine<T>(stdout: string, marker: string): T | undefined {
  const line = stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(marker));
  return line ? (JSON.parse(line.slice(marker.length)) as T) : undefined;
}

/**
 * Astro's build log lists every generated page with its time (`├─ /og/articles/x.png (+27ms)`):
 * the total by kind of route (first path segment, and the second under /og/), so the report
 * can say which pages the build time goes to.
 */
export function routeTimes(astroLog: string): Record<string, { ms: number; pages: number }> {
  const out: Record<string, { ms: number; pages: number }> = {};
  for (const match of astroLog.matchAll(/[├└]─ (\/\S*) \(\+(\d+)ms\)/g)) {
    const parts = (match[1] as string).split('/').filter(Boolean);
    const first = parts[0] ?? '';
    const kind =
      first === 'og' ? `og/${(parts[1] ?? '').replace(/\.png$/, '')}` : parts.length <= 1 || parts[1] === 'index.html' ? `/${first}` : `${first}/*`;
    const entry = (out[kind] ??= { ms: 0, pages: 0 });
    entry.ms += Number(match[2]);
    entry.pages += 1;
  }
  return out;
}
