import type { APIRoute } from 'astro';
import { faviconPng } from '../og/favicon.ts';

export const GET: APIRoute = () => new Response(faviconPng(180) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
