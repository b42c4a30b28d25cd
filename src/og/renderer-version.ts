// The installed version of the cards' rasteriser, part of every card's cache key: another
// version may draw other bytes. Read from the project's packages (the build runs from the
// project root; bundled endpoints cannot rely on import.meta.url).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function installedVersion(name: string): string {
  const file = join(process.cwd(), 'node_modules', name, 'package.json');
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    throw new Error(`${file}: cannot read the version of ${name}; run \`npm install\``);
  }
}

export const resvgVersion = installedVersion('@resvg/resvg-js');
