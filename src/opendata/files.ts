// The files of /donnees/, made once per build from figureData() (the knowledge the pages
// show): each data set as CSV, as JSON and its JSON Schema. The data page lists them with
// their sizes; the endpoint src/pages/donnees/[file].ts serves them.
import { figureData } from '../knowledge/figures.ts';
import { routes } from '../lib/paths.ts';
import { buildDatasets, datasetCsv, datasetJson, datasetJsonSchema } from './datasets.ts';
import { datasetNames, type DatasetName } from './schemas.ts';

export type DataFormat = 'csv' | 'json' | 'schema';

export interface DataFile {
  /** file name under /donnees/: acteurs.csv, acteurs.json, acteurs.schema.json */
  name: string;
  dataset: DatasetName;
  format: DataFormat;
  contentType: string;
  body: string;
  /** size in bytes (UTF-8) */
  bytes: number;
  /** number of rows (CSV and JSON) */
  rows: number;
}

const contentTypes: Record<DataFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
  schema: 'application/schema+json; charset=utf-8',
};

export const fileName = (dataset: DatasetName, format: DataFormat): string => `${dataset}.${format === 'schema' ? 'schema.json' : format}`;

const formats: DataFormat[] = ['csv', 'json', 'schema'];

/** The file names of /donnees/, without building them. */
export function dataFileNames(): string[] {
  return datasetNames.flatMap((dataset) => formats.map((format) => fileName(dataset, format)));
}

const cache = new Map<string, DataFile[]>();

/** Every file of /donnees/, for the site URL the build is made for (site + base). */
export function dataFiles(site: URL | undefined): DataFile[] {
  if (!site) throw new Error('open data: `site` is not set in astro.config.mjs (SITE_URL)');
  const cached = cache.get(site.href);
  if (cached) return cached;
  const abs = (path: string) => new URL(path, site).href;
  const { figures, knowledge, generated } = figureData();
  const rows = buildDatasets({
    figures,
    knowledge,
    generated,
    links: {
      article: (slug) => abs(routes.article(slug)),
      sentence: (slug, sentence) => abs(routes.sentence(slug, sentence)),
      actor: (id) => abs(routes.actor(id)),
      event: (id) => abs(routes.event(id)),
      term: (id) => abs(routes.termPage(id)),
    },
  });
  const files = datasetNames.flatMap((dataset) => {
    const schemaUrl = abs(routes.dataFile(fileName(dataset, 'schema')));
    const bodies: Record<DataFormat, string> = {
      csv: datasetCsv(dataset, rows[dataset]),
      json: datasetJson(dataset, rows[dataset], { page: abs(routes.data()), schema: schemaUrl }),
      schema: datasetJsonSchema(dataset, schemaUrl),
    };
    return formats.map((format) => ({
      name: fileName(dataset, format),
      dataset,
      format,
      contentType: contentTypes[format],
      body: bodies[format],
      bytes: Buffer.byteLength(bodies[format], 'utf8'),
      rows: rows[dataset].length,
    }));
  });
  cache.set(site.href, files);
  return files;
}

/** "12,4 ko", "812 octets" */
export function sizeText(bytes: number): string {
  if (bytes < 1000) return `${bytes} octets`;
  const ko = bytes / 1000;
  return `${ko.toLocaleString('fr-FR', { maximumFractionDigits: ko < 100 ? 1 : 0 })} ko`;
}
