// The newest articles as an RSS feed (PAGE_SIZES.feed of them, newest first: a feed reader
// asks what is new, and fetches the feed again and again; every article is on /articles/).
// The channel link keeps the base path (site + routes.home()), or feed readers would send
// people to the domain root.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { routes } from '../lib/paths.ts';
import { siteDescription, siteName } from '../lib/site.ts';
import { PAGE_SIZES } from '../charts/paging.ts';

export const GET: APIRoute = async (context) => {
  if (!context.site) throw new Error('rss.xml: `site` is not set in astro.config.mjs (SITE_URL)');
  const articles = (await getCollection('articles'))
    .map((entry) => entry.data)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug))
    .slice(0, PAGE_SIZES.feed);
  return rss({
    title: siteName,
    description: siteDescription,
    site: new URL(routes.home(), context.site).href,
    customData: '<language>fr-FR</language>',
    items: articles.map((article) => ({
      title: article.title,
      description: article.description,
      // A partial date ('2020-09', '2025') is published on its first day; an unknown one is left out.
      ...(article.date ? { pubDate: new Date(`${article.date}${'-01'.repeat((10 - article.date.length) / 3)}T00:00:00Z`) } : {}),
      link: new URL(routes.article(article.slug), context.site).href,
      ...(article.authors.length ? { author: article.authors.join(', ') } : {}),
    })),
  });
};
