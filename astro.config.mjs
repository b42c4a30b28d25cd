// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { readFileSync } from 'node:fs';
import { cspHash, figuresCssPlugin, fontStyles } from './src/styles/generated-css.ts';

// Where the site lives is the host's business, not the code's: both come from the
// environment so one set of sources serves a domain root and a sub-path alike.
const site = process.env.SITE_URL || 'https://cloud-souverain.example';
const rawBase = process.env.BASE_PATH || '/';
const base = rawBase === '/' ? '/' : `/${rawBase.replace(/^\/+|\/+$/g, '')}`;

// The one inline script: it applies the reader's stored theme before the first paint
// (src/layouts/Base.astro). CSP allows it by its hash, computed here from the same file.
const themeInit = readFileSync(new URL('./src/client/theme-init.inline.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const themeInitHash = cspHash(themeInit);

/**
 * The routes of files a build makes outside Astro (scripts/build-files.ts), for the dev server
 * alone: the fonts. (The link cards have none there: their URLs answer 404 under `npm run dev`.)
 * @returns {import('astro').AstroIntegration}
 */
const devOnlyFiles = () => ({
  name: 'cloud-souverain:dev-only-files',
  hooks: {
    'astro:config:setup': ({ command, injectRoute }) => {
      if (command === 'dev') injectRoute({ pattern: '/polices/[file]', entrypoint: './src/dev/polices.ts' });
    },
  },
});

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Pages are rendered eight at a time: rendering is one thread, but each page then waits for
  // its folder and file to be written, and with one page at a time the thread idled through
  // every write. Measured at 1,000 articles: page generation 5.5 → 4.2 s, the same bytes,
  // the same peak memory. Pages share nothing but data that the site's modules compute once
  // and never change, so the order they finish in changes nothing in what is written.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  // A page whose getStaticPaths gives a cacheKey (the articles': src/knowledge/page-keys.ts) is
  // kept between builds, in node_modules/.astro/, and rendered again only when its key, its
  // code or its content entry changed; scripts/build.ts renders every page again after a build
  // that did not finish, and with PAGE_CACHE=off.
  experimental: { incrementalBuild: true },
  integrations: [
    mdx(),
    devOnlyFiles(),
    // The 404 page and the search page (empty without a query) are not content to index, nor
    // the embeddable copies of the figures (/integrer/…: noindex, canonical to the full page).
    sitemap({ filter: (page) => !/\/(404|recherche)\/?$/.test(new URL(page).pathname) && !/\/integrer\//.test(new URL(page).pathname) }),
  ],
  markdown: {
    syntaxHighlight: false,
    // Article text is shown exactly as written: no smart punctuation (' → ’), no GFM (bare
    // URLs and e-mail addresses in a text would become links)
    processor: satteri({ features: { gfm: false, smartPunctuation: false } }),
  },
  // Astro hashes its own scripts and styles (no 'unsafe-inline'); the directives below keep
  // every other request on this site's own origin, so nothing can leak readers elsewhere.
  security: {
    csp: {
      scriptDirective: { hashes: [themeInitHash] },
      // the @font-face rules the page shell inlines (src/styles/generated-css.ts)
      styleDirective: { hashes: [cspHash(fontStyles(base))] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [figuresCssPlugin()],
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every MDX module with a "use astro:head-inject" directive, which the
        // bundler says it may not keep: one warning per article, about Astro's own marker,
        // that no editor can act on. Every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
