// Static endpoint: one 1200×630 PNG per page that has a link card, /og/<page path>.png.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderCard } from '../../og/card.ts';
import { siteKnowledge } from '../../knowledge/site.ts';
import { actorCards, articleCards, pageCards, termCards, type Card } from '../../og/subjects.ts';

export const getStaticPaths = (async () => {
  const articles = (await getCollection('articles')).map((entry) => entry.data);
  const { terms, actors } = siteKnowledge();
  const cards: Card[] = [...pageCards, ...articleCards(articles), ...actorCards(actors), ...termCards(terms)];
  return cards.map((card) => ({ params: { path: card.path }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { card: Card }).card);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
