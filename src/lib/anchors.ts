// Anchors that two layers must agree on: the build step writes them into article pages, the
// timeline gives them to its marks.

/** A dated mention on the timeline: `date-<article slug>-<sentence id>-<n>`, n its place among
 *  the dates of its sentence (from 1). */
export function datedMentionAnchor(slug: string, sentence: string, index: number): string {
  return `date-${slug}-${sentence}-${index}`;
}
