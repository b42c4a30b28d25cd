// What the run did, per article → report.json entries (ReportEntry) and the console
// summary: one line per article and a total.
import type { Candidate, ReportEntry } from '../model/generated.ts';
import type { CollectedArticle, ConvertedArticle } from './collect.ts';

/** The report entry of an article that converted. */
export function reportEntry(item: ConvertedArticle, collected: CollectedArticle): ReportEntry {
  const count = (kind: string) => item.segments.filter((s) => s.kind === kind).length;
  return {
    file: item.seed.name,
    slug: item.slug,
    status: 'ok',
    warnings: item.warnings,
    errors: [],
    dropped: item.article.dropped,
    counts: {
      paragraphs: count('paragraph'),
      headings: count('heading'),
      lists: count('list'),
      tables: count('table'),
      sentences: collected.record.sentences.length,
      terms: collected.record.terms.length,
      termUses: collected.termUses.length,
      actors: collected.record.actors.length,
      mentions: collected.mentions.length,
      dates: collected.dates.length,
      dropped: item.article.dropped.length,
      warnings: item.warnings.length,
    },
  };
}

/** The names and acronyms to curate, most used first, on one line. */
export function candidateLine(candidates: Candidate[]): string {
  const shown = candidates.slice(0, 12).map((c) => `${c.name} (${c.sentences.length})`).join(', ');
  const more = candidates.length > 12 ? `, and ${candidates.length - 12} more` : '';
  return `to curate: ${candidates.length} name${candidates.length > 1 ? 's' : ''} or acronym${candidates.length > 1 ? 's' : ''} in two sentences or more that content/actors.yaml and content/glossary.yaml lack: ${shown}${more} (each with its sentences in content/generated/candidates.json)`;
}

/** One line per converted article, then a total line. */
export function summaryLines(collected: CollectedArticle[], report: ReportEntry[]): string[] {
  const entries = new Map(report.map((entry) => [entry.file, entry]));
  const lines = collected.map(({ record }) => {
    const entry = entries.get(record.file)!;
    const c = entry.counts;
    const kinds = new Map<string, number>();
    for (const block of entry.dropped) kinds.set(block.kind, (kinds.get(block.kind) ?? 0) + 1);
    const dropped = [...kinds].map(([kind, n]) => `${kind} ${n}`).join(', ');
    return (
      `${record.file}.txt → ${record.slug}  «${record.title}»  ${record.date.origin === 'unknown' ? 'date unknown' : `${record.date.value} (${record.date.origin})`}  ` +
      `${c.paragraphs} paragraphs, ${c.sentences} sentences, ${c.headings} headings, ${c.lists ? `${c.lists} lists, ` : ''}${c.tables ? `${c.tables} tables, ` : ''}${c.terms} terms, ${c.actors} actors, ` +
      `${c.dates} dates, ${c.dropped} dropped${dropped ? ` (${dropped})` : ''}, ${c.warnings} warnings`
    );
  });
  const total = (key: string): number => report.reduce((sum, entry) => sum + (entry.counts[key] ?? 0), 0);
  const errors = report.reduce((sum, entry) => sum + entry.errors.length, 0);
  lines.push(
    `total: ${collected.length} articles, ${total('paragraphs')} paragraphs, ${total('sentences')} sentences, ` +
      `${total('termUses')} term uses, ${total('mentions')} actor mentions, ${total('dates')} dates, ` +
      `${total('dropped')} dropped blocks, ${total('warnings')} warnings, ${errors} errors`,
  );
  return lines;
}
