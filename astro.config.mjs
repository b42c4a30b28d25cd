// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';

// Where the site lives is the host's business, not the code's: both come from the
// environment so one set of sources serves a domain root and a sub-path alike.
const site = process.env.SITE_URL || 'https://cloud-souverain.example';
const rawBase = process.env.BASE_PATH || '/';
const base = rawBase === '/' ? '/' : `/${rawBase.replace(/^\/+|\/+$/g, '')}`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    // The 404 page and the search page (empty without a query) are not content to index.
    sitemap({ filter: (page) => !/\/(404|recherche)\/?$/.test(new URL(page).pathname) }),
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
  vite: { build: { assetsInlineLimit: 0 } },
});
