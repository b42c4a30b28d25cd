// Run one command as a child process and measure it from outside: wall time, CPU time
// (GNU time, when the system has it), and memory per process: every process of the child's
// tree is sampled from /proc, and each one's own peak (VmHWM, the kernel's high-water mark
// of its resident set) is kept with its command line, so the report can say which process
// was the largest. The summed RSS of the tree is kept as information.
// A run can be given limits (wall time, memory of the whole tree): past one, the bench
// kills the tree and says which limit stopped it, instead of letting the machine choke.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export interface ProcessPeak {
  pid: number;
  /** its command line, shortened (`node astro.mjs build`) */
  command: string;
  /** its own peak resident set (VmHWM), in bytes */
  peakBytes: number;
}

export interface Measured {
  status: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  /** user + system CPU time of the child and its waited-for descendants (GNU time), 0 when unknown */
  cpuMs: number;
  /** the process of the tree with the largest peak of its own */
  largest: ProcessPeak | undefined;
  /** every process seen, largest peak first */
  processes: ProcessPeak[];
  /** peak of the summed RSS of the whole tree, as sampled */
  treePeakBytes: number;
  /** GNU time's maximum resident set: the kernel's own figure for the largest process it
   *  waited for (exact, where sampling may miss the last moments of a process); 0 when unknown */
  gnuTimeMaxRssBytes: number;
  /** why the bench stopped the run, when it did */
  stopped?: string;
  stdout: string;
  stderr: string;
}

/** What a /proc/<pid>/status says about a process's memory (bytes) and name. */
export function parseProcStatus(text: string): { name: string; rssBytes: number; hwmBytes: number } {
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
  return { name: /^Name:\s+(.*)$/m.exec(text)?.[1]?.trim() ?? '', rssBytes: kb('VmRSS'), hwmBytes: kb('VmHWM') };
}

/** GNU time -v output → user + system CPU time in ms, and its view of the largest process (bytes). */
export function parseGnuTime(text: string): { cpuMs: number; maxRssBytes: number } {
  const seconds = (label: string) => Number(new RegExp(`${label} \\(seconds\\):\\s*([\\d.]+)`).exec(text)?.[1] ?? 0);
  const maxRss = Number(/Maximum resident set size \(kbytes\):\s*(\d+)/.exec(text)?.[1] ?? 0) * 1024;
  return { cpuMs: (seconds('User time') + seconds('System time')) * 1000, maxRssBytes: maxRss };
}

/** A command line as /proc gives it (NUL-separated) → a short one: programs by their file name. */
export function shortCommand(cmdline: string): string {
  const args = cmdline.split('\0').filter(Boolean);
  const short = args.map((arg, i) => (i < 2 && arg.includes('/') ? basename(arg) : arg.startsWith('/') && arg.length > 20 ? `…/${basename(arg)}` : arg));
  const text = short.join(' ');
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between the listing and the read
  }
}

/** `pid` and all its descendants alive now. */
function processTree(pid: number): number[] {
  const out: number[] = [];
  const stack = [pid];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const current = stack.pop() as number;
    if (seen.has(current)) continue;
    seen.add(current);
    out.push(current);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${current}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      const children = read(`/proc/${current}/task/${task}/children`)?.trim();
      if (children) for (const child of children.split(/\s+/)) stack.push(Number(child));
    }
  }
  return out;
}

export interface Limits {
  /** wall time after which the run is stopped */
  timeMs?: number;
  /** summed RSS of the tree past which the run is stopped */
  memoryBytes?: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** where to keep the run's output for a post-mortem */
  logFile?: string;
  sampleMs?: number;
  limits?: Limits;
}

const GNU_TIME = '/usr/bin/time';

// Each run has a process group of its own (so a limit stops the whole tree), out of reach of
// a Ctrl-C on the bench: if the bench stops, it stops them first.
const running = new Set<number>();
const stopAll = () => {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
};
let guarded = false;
function guard(): void {
  if (guarded) return;
  guarded = true;
  process.on('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stopAll();
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}-${Math.random().toString(16).slice(2)}.txt`);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  // a process group of its own, so a limit can stop the whole tree
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  guard();
  if (child.pid) running.add(child.pid);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const peaks = new Map<number, ProcessPeak>();
  let treePeak = 0;
  let stopped: string | undefined;
  const stop = (why: string) => {
    if (stopped !== undefined) return;
    stopped = why;
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  const sample = () => {
    if (!child.pid) return;
    let total = 0;
    for (const pid of processTree(child.pid)) {
      const status = read(`/proc/${pid}/status`);
      if (!status) continue;
      const { rssBytes, hwmBytes } = parseProcStatus(status);
      total += rssBytes;
      const known = peaks.get(pid);
      // a process seen between its fork and its exec has no command line yet, or its parent's:
      // the latest one read is the program that runs
      const command = shortCommand(read(`/proc/${pid}/cmdline`) ?? '');
      if (known) {
        known.peakBytes = Math.max(known.peakBytes, hwmBytes);
        if (command) known.command = command;
      } else peaks.set(pid, { pid, command, peakBytes: hwmBytes });
    }
    treePeak = Math.max(treePeak, total);
    const { memoryBytes, timeMs } = options.limits ?? {};
    if (memoryBytes !== undefined && total > memoryBytes) stop(`memory limit: its processes held ${gib(total)} together, past the bench's limit of ${gib(memoryBytes)}`);
    if (timeMs !== undefined && performance.now() - started > timeMs) stop(`time limit: still running after ${(timeMs / 60_000).toFixed(0)} min, the bench's limit`);
  };
  const sampler = setInterval(sample, options.sampleMs ?? 200);
  return new Promise((resolvePromise, reject) => {
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearInterval(sampler);
      running.delete(child.pid as number);
      const wallMs = performance.now() - started;
      let cpuMs = 0;
      let timeMaxRss = 0;
      let timeReport = '';
      if (useTime && existsSync(timeFile)) {
        timeReport = readFileSync(timeFile, 'utf8');
        ({ cpuMs, maxRssBytes: timeMaxRss } = parseGnuTime(timeReport));
        rmSync(timeFile, { force: true });
      }
      // the process ran under GNU time: report the command, not the wrapper
      if (useTime) peaks.delete(child.pid as number);
      const processes = [...peaks.values()].sort((a, b) => b.peakBytes - a.peakBytes);
      const terminated = /Command terminated by signal (\d+)/.exec(timeReport);
      const result: Measured = {
        status: terminated ? null : status,
        signal: terminated ? signalName(Number(terminated[1])) : signal,
        wallMs,
        cpuMs,
        largest: processes[0],
        processes,
        treePeakBytes: treePeak,
        gnuTimeMaxRssBytes: timeMaxRss,
        ...(stopped !== undefined ? { stopped } : {}),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      };
      if (options.logFile) writeFileSync(options.logFile, `$ ${command} ${args.join(' ')}\n${result.stdout}\n--- stderr ---\n${result.stderr}${timeReport ? `\n--- GNU time ---\n${timeReport}` : ''}`);
      resolvePromise(result);
    });
  });
}

function signalName(n: number): NodeJS.Signals | null {
  const names: Record<number, NodeJS.Signals> = { 6: 'SIGABRT', 9: 'SIGKILL', 11: 'SIGSEGV', 15: 'SIGTERM' };
  return names[n] ?? null;
}

/** The largest peak of any one process of the run: sampled, or GNU time's when larger. */
export function largestPeakBytes(run: Pick<Measured, 'largest' | 'gnuTimeMaxRssBytes'>): number {
  return Math.max(run.largest?.peakBytes ?? 0, run.gnuTimeMaxRssBytes);
}

/**
 * Why a run failed, in one line: the limit the bench stopped it at, V8's heap limit, a kill
 * from outside (most likely the kernel's out-of-memory killer), or the step the project's
 * build names (`build failed at "astro build"`), with its exit status.
 */
export function failureReason(run: Pick<Measured, 'status' | 'signal' | 'stopped' | 'stdout' | 'stderr'>): string {
  const output = `${run.stdout}\n${run.stderr}`;
  const step = /build failed at "([^"]+)"/.exec(output)?.[1];
  const where = step ? `at the step "${step}"` : '';
  if (run.stopped) return [where, `stopped by the bench (${run.stopped})`].filter(Boolean).join(', ');
  if (/JavaScript heap out of memory|Reached heap limit/.test(output))
    return [where, 'out of memory: a Node process reached V8\'s heap limit (FATAL ERROR: … JavaScript heap out of memory)'].filter(Boolean).join(', ');
  if (run.signal === 'SIGKILL') return [where, 'killed (SIGKILL) from outside the bench: most likely the kernel\'s out-of-memory killer (see dmesg)'].filter(Boolean).join(', ');
  if (run.signal) return [where, `terminated by ${run.signal}`].filter(Boolean).join(', ');
  return [where, `exit status ${run.status}`].filter(Boolean).join(', ');
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
