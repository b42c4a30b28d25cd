// robots.txt with the sitemap's absolute URL (site + base), which a file in public/
// could not know. At a sub-path the host's own /robots.txt governs; this one still
// documents the sitemap.
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
