// /reseau/figure.json: what the network's script needs beyond the drawing (the actors'
// descriptions, each relation's sentence, time and evidence, the events' actors), built from
// the same figures as the drawing. Every page that shows the network fetches this one file.
import type { APIRoute } from 'astro';
import { figureData } from '../../knowledge/figures.ts';
import { networkClientData } from '../../charts/client-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(networkClientData(figureData().figures)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
