// /polices/polices.css: the @font-face rules and font stacks of src/styles/fonts.ts, with the
// site's base path in every URL.
import type { APIRoute } from 'astro';
import { fontCss } from '../../styles/fonts.ts';
import { url } from '../../lib/paths.ts';

export const GET: APIRoute = () => new Response(fontCss((file) => url(`/polices/${file}`)), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
