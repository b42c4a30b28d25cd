// /donnees/<jeu>.csv, /donnees/<jeu>.json, /donnees/<jeu>.schema.json: the open data sets,
// written at build time from the knowledge the pages show (src/opendata/files.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFileNames, dataFiles } from '../../opendata/files.ts';

export const getStaticPaths = (() => dataFileNames().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const file = dataFiles(site).find((f) => f.name === params.file);
  if (!file) throw new Error(`open data: no file ${params.file}`);
  return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
};
