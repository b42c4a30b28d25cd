// Problems found in the editors' files (seeds/, content/*.yaml). Each one says what,
// where (file and line) and, when we know, how to fix it. Stages collect them instead
// of throwing, so one run reports every problem of every file together.

export interface Problem {
  /** path relative to the project root: `seeds/x.txt`, `content/relations.yaml` */
  file: string;
  /** 1-based line, when the problem has one */
  line?: number;
  message: string;
}

export function problem(file: string, line: number | undefined, message: string): Problem {
  return line === undefined ? { file, message } : { file, line, message };
}

/** `content/relations.yaml:42: relation "x": …` */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`;
}
