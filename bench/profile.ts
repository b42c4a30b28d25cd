// Read a V8 .cpuprofile (node --cpu-prof) and say where the time went: the functions with
// the most self time, and the source files with the most self time. Used by
// `npm run bench -- --cpu-prof` on the conversion child; also runnable alone:
//   node bench/profile.ts <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: { name: string; where: string; selfMs: number; totalMs: number }[];
  files: { file: string; selfMs: number }[];
}

const shortUrl = (url: string): string =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, 'node_modules/')
    .replace(/^\/tmp\/bench-[^/]+\//, '')
    .replace(/^.*\/(src|scripts)\//, '$1/');

export function summariseProfile(profile: CpuProfile): ProfileSummary {
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // inclusive time per function (name + place), counted once per sample stack
  const inclusive = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}\t${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  for (const [id, ms] of self) {
    const node = byId.get(id);
    if (!node) continue;
    selfByFunction.set(key(node), (selfByFunction.get(key(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur) as ProfileNode);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
  }
  const files = new Map<string, number>();
  for (const [k, ms] of selfByFunction) {
    const file = (k.split('\t')[1] ?? '').replace(/:\d+$/, '') || '(native)';
    files.set(file, (files.get(file) ?? 0) + ms);
  }
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    functions: [...selfByFunction]
      .map(([k, ms]) => {
        const [name, where] = k.split('\t') as [string, string];
        return { name, where, selfMs: ms, totalMs: inclusive.get(k) ?? ms };
      })
      .sort((a, b) => b.selfMs - a.selfMs),
    files: [...files].map(([file, selfMs]) => ({ file, selfMs })).sort((a, b) => b.selfMs - a.selfMs),
  };
}

export function profileReport(path: string, top = 25): string {
  const summary = summariseProfile(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile);
  const lines = [`${path}: ${summary.totalMs.toFixed(0)} ms profiled`, '', 'self ms  total ms  function  (where)'];
  for (const f of summary.functions.slice(0, top)) {
    lines.push(`${f.selfMs.toFixed(0).padStart(7)}  ${f.totalMs.toFixed(0).padStart(8)}  ${f.name}  (${f.where})`);
  }
  lines.push('', 'self ms  file');
  for (const f of summary.files.slice(0, top)) lines.push(`${f.selfMs.toFixed(0).padStart(7)}  ${f.file}`);
  return lines.join('\n');
}

if (import.meta.main) {
  const [path, top] = process.argv.slice(2);
  if (!path) {
    console.error('usage: node bench/profile.ts <file.cpuprofile> [top]');
    process.exit(2);
  }
  console.log(profileReport(path, Number(top ?? 25)));
}
