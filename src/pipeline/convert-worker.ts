// A worker thread of ./convert-parallel.ts: converts the seeds it is given, in order, and
// sends their conversions back.
import { parentPort, workerData } from 'node:worker_threads';
import { compileForms, convert, type MatchForms } from './convert.ts';
import type { ConversionJob } from './convert-parallel.ts';

const { jobs, forms } = workerData as { jobs: ConversionJob[]; forms: MatchForms };
const matchers = compileForms(forms);
// a Buffer comes through structured clone as a plain Uint8Array: made a Buffer again, as read.ts gives it
const results = jobs.map((job) => convert({ ...job.seed, bytes: Buffer.from(job.seed.bytes.buffer, job.seed.bytes.byteOffset, job.seed.bytes.byteLength) }, job.inputs, matchers));
parentPort!.postMessage(results);
