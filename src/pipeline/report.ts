// Per-article outcomes → the console summary (one line per article + a total) and the
// ReportEntry[] written to content/generated/report.json.
import type { ReportEntry } from '../model/generated.ts';

export interface ArticleSummary {
  file: string;
  slug: string;
  title: string;
  date: string;
  dateOrigin: string;
  counts: Record<string, number>;
  droppedKinds: Record<string, number>;
}

/** One line per article, then a total line. */
export function summaryLines(summaries: ArticleSummary[], report: ReportEntry[]): string[] {
  const lines = summaries.map((s) => {
    const c = s.counts;
    const kinds = Object.entries(s.droppedKinds)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
    return (
      `${s.file}.txt → ${s.slug}  «${s.title}»  ${s.date} (${s.dateOrigin})  ` +
      `${c.paragraphs} paragraphs, ${c.sentences} sentences, ${c.headings} headings, ${c.terms} terms, ${c.actors} actors, ` +
      `${c.dates} dates, ${c.dropped} dropped${kinds ? ` (${kinds})` : ''}, ${c.warnings} warnings`
    );
  });
  const total = (key: string): number => summaries.reduce((sum, s) => sum + (s.counts[key] ?? 0), 0);
  const errors = report.reduce((sum, entry) => sum + entry.errors.length, 0);
  lines.push(
    `total: ${summaries.length} articles, ${total('paragraphs')} paragraphs, ${total('sentences')} sentences, ` +
      `${total('termUses')} term uses, ${total('mentions')} actor mentions, ${total('dates')} dates, ` +
      `${total('dropped')} dropped blocks, ${total('warnings')} warnings, ${errors} errors`,
  );
  return lines;
}
