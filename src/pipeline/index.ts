// The build step, narrated: read → decode → parse → clean → annotate → extract → emit → write → report.
// (scaffold: the stages land in their own files; see DESIGN.md)
export interface PipelineOptions {
  /** the project root: seeds/ and content/ are read from it, content/articles and content/generated written */
  root: string;
}
export interface PipelineResult {
  ok: boolean;
}
export async function runPipeline(_options: PipelineOptions): Promise<PipelineResult> {
  throw new Error('runPipeline: not implemented yet');
}
