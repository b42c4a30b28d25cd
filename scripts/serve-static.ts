// A plain static file server, like the simplest hosts: `node scripts/serve-static.ts
// --dir dist-subpath --base /cloud-souverain/ --port 5333 [--no-slash-redirect]`.
// Used by the end-to-end tests to serve the sub-path build (astro preview allows one
// server per project), and to play a host that does NOT redirect /x to /x/ but serves
// x/index.html directly, which is where relative links would break.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '5321' },
    host: { type: 'string', default: '127.0.0.1' },
    'no-slash-redirect': { type: 'boolean', default: false },
  },
});
const root = resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

function send(res: import('node:http').ServerResponse, status: number, file: string): void {
  res.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const notFound = (): void => {
    const page = join(root, '404.html');
    if (existsSync(page)) send(res, 404, page);
    else res.writeHead(404).end('not found');
  };
  if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) return notFound();
  const relative = decodeURIComponent(url.pathname.slice(base.length));
  const path = normalize(join(root, relative));
  if (!path.startsWith(root)) return notFound();
  if (existsSync(path) && statSync(path).isFile()) return send(res, 200, path);
  if (existsSync(join(path, 'index.html'))) {
    if (url.pathname.endsWith('/') || values['no-slash-redirect']) return send(res, 200, join(path, 'index.html'));
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  notFound();
}).listen(Number(values.port), values.host, () => {
  console.log(`serving ${root} at http://${values.host}:${values.port}${base}`);
});
