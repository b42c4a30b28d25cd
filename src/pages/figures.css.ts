// /figures.css: the figures' colours, one custom property per actor kind and relation type in
// both themes, and the rules that paint symbols and lines with them, all written from the
// vocabulary (src/charts/vocabulary.ts) so that a colour is decided in one place.
import type { APIRoute } from 'astro';
import { vocabularyCss } from '../charts/vocabulary.ts';

export const GET: APIRoute = () => new Response(vocabularyCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
