// The builds the quality gates compare (npm run build:variants; tests/site/*):
//  - dist/          the site at a domain root (npm run build)
//  - dist-repro/    the same sources built a second time: must be byte-identical to dist/
//  - dist-subpath/  the same sources under BASE_PATH=/cloud-souverain
//  - dist-layouts/  the seeds plus texts of the layout corpus (lists, a table, an interview,
//                   no date…), built in a throw-away copy of the project: the site as it
//                   shows what the five seeds do not have (tests/e2e/layouts.spec.ts)
export interface SiteVariant {
  name: string;
  outDir: string;
  basePath: string;
}

export const siteUrl = process.env.SITE_URL || 'https://cloud-souverain.example';

export const variants = {
  root: { name: 'root', outDir: 'dist', basePath: '/' },
  repro: { name: 'second build', outDir: 'dist-repro', basePath: '/' },
  subpath: { name: 'sub-path', outDir: 'dist-subpath', basePath: '/cloud-souverain' },
  layouts: { name: 'layouts', outDir: 'dist-layouts', basePath: '/' },
} satisfies Record<string, SiteVariant>;

/** The layout corpus's texts the layouts variant adds to seeds/ (tests/fixtures/layouts/<case>/input.txt). */
export const layoutSeeds = [
  'a-daily-rubric-paywall', // standfirst, sub-heading, update date, paywall
  'b-mixed-lists', // every kind of list
  'b-pasted-table', // a table and its source
  'a-interview', // questions and answers
  'b-press-release-caps', // a lettered list, a table, a dateline date
  'a-no-date-estimated', // a date estimated from the text
  'b-no-date-unknown', // no date at all
  'q-daily-caps-kicker-outlet-avec-afp', // an update the same day, an outlet signing with an agency, a kicker
];

/** '/cloud-souverain' → '/cloud-souverain/', '/' → '/' */
export function baseOf(variant: SiteVariant): string {
  return variant.basePath === '/' ? '/' : `${variant.basePath}/`;
}
