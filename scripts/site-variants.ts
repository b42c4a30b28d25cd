// The builds the quality gates compare (npm run build:variants; tests/site/*):
//  - dist/          the site at a domain root (npm run build)
//  - dist-repro/    the same sources built a second time: must be byte-identical to dist/
//  - dist-subpath/  the same sources under BASE_PATH=/cloud-souverain
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
} satisfies Record<string, SiteVariant>;

/** '/cloud-souverain' → '/cloud-souverain/', '/' → '/' */
export function baseOf(variant: SiteVariant): string {
  return variant.basePath === '/' ? '/' : `${variant.basePath}/`;
}
