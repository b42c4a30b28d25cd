// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
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
  integrations: [mdx()],
  markdown: {
    syntaxHighlight: false,
    // Article text is shown exactly as written: no smart punctuation (' → ’), no GFM (bare
    // URLs and e-mail addresses in a text would become links)
    processor: satteri({ features: { gfm: false, smartPunctuation: false } }),
  },
  security: { csp: true },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
