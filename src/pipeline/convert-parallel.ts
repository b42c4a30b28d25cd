// The seeds' conversions on every core: convert() is a pure function of a seed and its inputs,
// so the texts to convert are shared out between this thread and worker threads
// (./convert-worker.ts), in shares of about the same number of bytes, and the results come
// back in the seeds' order, exactly what one thread would have made (structured clone keeps
// plain data as it is, as the conversion cache's V8 serialisation does).
// A worker costs its start (loading the pipeline: a few hundred ms), so texts are shared out
// only when there are enough bytes to convert for it to pay, and the build step starts its
// workers before it reads the knowledge and the seeds (startHelpers): they load the code
// meanwhile, and are let go if, the cache consulted, there is too little left to convert.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { compileForms, convert, type Conversion, type ConversionInputs, type MatchForms } from './convert.ts';
import type { Matchers } from './annotate.ts';
import type { SeedFile } from './read.ts';

export interface ConversionJob {
  seed: SeedFile;
  inputs: ConversionInputs;
}

/** What one share must hold, in bytes of text, for a thread of its own to pay for its start. */
export const SHARE_BYTES = 256 * 1024;

/** The number of threads for `bytes` of text: one per core at most, one per SHARE_BYTES at least. */
export function threadsFor(bytes: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(bytes / SHARE_BYTES)));
}

/** `jobs` cut into `count` runs of consecutive jobs of about the same number of bytes (none empty unless jobs are fewer). */
export function shares<T extends { seed: { bytes: Uint8Array } }>(jobs: readonly T[], count: number): T[][] {
  const total = jobs.reduce((sum, job) => sum + job.seed.bytes.length, 0);
  const result: T[][] = [];
  let current: T[] = [];
  let done = 0;
  for (const [index, job] of jobs.entries()) {
    current.push(job);
    done += job.seed.bytes.length;
    const left = jobs.length - index - 1;
    const sharesLeft = count - result.length - 1;
    // close this share once it has its part of the bytes, keeping one job at least for each share still to come
    if (sharesLeft > 0 && (done >= (total * (result.length + 1)) / count || left === sharesLeft)) {
      result.push(current);
      current = [];
    }
  }
  if (current.length > 0 || result.length === 0) result.push(current);
  return result;
}

/** Worker threads started ahead of their texts: each loads the conversion's code while this thread goes on. */
export class Helpers {
  private readonly waiting: Helper[];

  constructor(count: number) {
    this.waiting = Array.from({ length: Math.max(0, count) }, () => startHelper());
  }

  /** A started helper, or a new one when none is left. */
  take(): Helper {
    return this.waiting.pop() ?? startHelper();
  }

  /** Stops the helpers no text was given to. */
  release(): void {
    for (const helper of this.waiting.splice(0)) void helper.worker.terminate();
  }
}

interface Helper {
  worker: Worker;
  /** what stopped it before it was given texts, if anything did */
  failure?: Error;
  exited?: number;
}

function startHelper(): Helper {
  const helper: Helper = { worker: new Worker(new URL('./convert-worker.ts', import.meta.url)) };
  // a helper waiting for texts does not keep the process alive (whatever stops the caller
  // before it releases them); given texts, it does until it gives them back
  helper.worker.unref();
  // listened to from the start: a helper that fails while loading is reported when given texts
  helper.worker.on('error', (error) => (helper.failure ??= error));
  helper.worker.on('exit', (code) => (helper.exited = code));
  return helper;
}

/**
 * Every job's conversion, in order; `threads` (this one included) defaults to threadsFor(their
 * bytes). Helpers started ahead (`helpers`) are used first; those not needed are the caller's to release.
 */
export async function convertAll(jobs: readonly ConversionJob[], forms: MatchForms, threads?: number, helpers?: Helpers): Promise<Conversion[]> {
  if (jobs.length === 0) return [];
  const count = Math.min(jobs.length, threads ?? threadsFor(jobs.reduce((sum, job) => sum + job.seed.bytes.length, 0)));
  const [own, ...others] = shares(jobs, Math.max(1, count));
  const pool = helpers ?? new Helpers(0);
  const elsewhere = others.map((share) => inWorker(pool.take(), share, forms));
  // should this thread's share throw, a thread's failure meanwhile is not left unhandled (it would end the process)
  for (const share of elsewhere) share.catch(() => {});
  let matchers: Matchers | undefined;
  const here = own!.map((job) => convert(job.seed, job.inputs, (matchers ??= compileForms(forms))));
  return [...here, ...(await Promise.all(elsewhere)).flat()];
}

function inWorker(helper: Helper, jobs: ConversionJob[], forms: MatchForms): Promise<Conversion[]> {
  const lost = (why: string) => new Error(`a conversion thread ${why} before giving its ${jobs.length} texts back, from ${jobs[0]?.seed.path}`);
  return new Promise((resolve, reject) => {
    const { worker } = helper;
    if (helper.failure) return reject(helper.failure);
    if (helper.exited !== undefined) return reject(lost(`stopped (exit code ${helper.exited})`));
    let settled = false;
    worker.once('message', (results: Conversion[]) => {
      settled = true;
      resolve(results);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(lost(`stopped (exit code ${code})`));
    });
    worker.ref();
    worker.postMessage({ jobs, forms });
  });
}
