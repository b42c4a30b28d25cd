// /chronologie/dates/<groupe>.json: one group of cited dates (a month, or a year's dates without
// a month), for the timeline's script to show in its panel when a reader opens the group: its
// first PAGE_SIZES.groupPanel dates, each with its sentence, and the address of all of them.
// Bounded whatever the corpus cites; the HTML pages (/chronologie/dates/<année>/…) hold every date.
import type { APIRoute } from 'astro';
import { datePages, figureData } from '../../../knowledge/figures.ts';
import { groupLabel, type DateGroupData } from '../../../charts/date-groups.ts';
import { counted, formatDate } from '../../../charts/format.ts';
import { PAGE_SIZES } from '../../../charts/paging.ts';
import { routes } from '../../../lib/paths.ts';
import { dateGroupAnchor, listing } from '../../../components/listing.ts';

export function getStaticPaths() {
  return figureData().figures.dateGroups.map((group) => ({ params: { groupe: group.key }, props: { key: group.key } }));
}

export const GET: APIRoute = ({ props }) => {
  const group = figureData().figures.dateGroups.find((g) => g.key === props.key)!;
  const year = datePages().find((y) => y.year === group.year)!;
  const shown = group.items.slice(0, PAGE_SIZES.groupPanel);
  const label = groupLabel(group.key);
  const of = `${counted(group.items.length, 'date')}, dans ${counted(group.articles, 'article')}`;
  const data: DateGroupData = {
    key: group.key,
    label,
    count: group.items.length,
    articles: group.articles,
    summary: shown.length < group.items.length ? `${of} ; ${shown.length === 1 ? 'la première' : `les ${shown.length} premières`} :` : `${of} :`,
    dates: shown.map((d) => ({ href: routes.sentence(d.evidence.article, d.evidence.sentence), expression: d.expression, when: formatDate(d.value), title: d.evidence.title })),
    href: `${listing.datesOfYear(group.year, year.groupStart.get(group.key)!)}#${dateGroupAnchor(group.key)}`,
    more: shown.length < group.items.length ? `Les ${counted(group.items.length, 'date')} de ${label.replace(/, sans mois précis$/, ' (sans mois précis)')}` : `Ces dates sur la page de ${group.year}`,
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
