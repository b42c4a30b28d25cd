// A worker thread of ./convert-parallel.ts: started ahead of its texts, it loads the pipeline,
// then converts the seeds of the one message it is sent, in order, sends their conversions
// back, and ends.
import { parentPort } from 'node:worker_threads';
import { compileForms, convert, type MatchForms } from './convert.ts';
import type { ConversionJob } from './convert-parallel.ts';

parentPort!.once('message', ({ jobs, forms }: { jobs: ConversionJob[]; forms: MatchForms }) => {
  const matchers = compileForms(forms);
  // a Buffer comes through structured clone as a plain Uint8Array: made a Buffer again, as read.ts gives it
  const results = jobs.map((job) => convert({ ...job.seed, bytes: Buffer.from(job.seed.bytes.buffer, job.seed.bytes.byteOffset, job.seed.bytes.byteLength) }, job.inputs, matchers));
  parentPort!.postMessage(results);
});
