import type { APIRoute } from 'astro';
import { faviconIco } from '../og/favicon.ts';

export const GET: APIRoute = () => new Response(faviconIco(32) as BodyInit, { headers: { 'Content-Type': 'image/x-icon' } });
