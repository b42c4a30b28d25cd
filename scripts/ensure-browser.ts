// Before the end-to-end tests: make sure a Chromium is there. Playwright cannot download
// its own browsers on every machine, so the tests use Debian's chromium when present
// (tests/browser.ts). On a bare Debian machine where we are root, install it; anywhere
// else, say exactly what is missing.
import { spawnSync } from 'node:child_process';
import { findChromium } from '../tests/browser.ts';

if (findChromium() !== undefined) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian\'s chromium (apt-get install chromium)…');
  const run = (cmd: string) => spawnSync('sh', ['-c', cmd], { stdio: 'inherit' }).status === 0;
  if (run('apt-get update -qq') && run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium')) {
    if (findChromium() !== undefined) process.exit(0);
  }
}
console.error(
  'No Chromium for the end-to-end tests.\n' +
    '  Debian/Ubuntu: sudo apt-get install chromium\n' +
    '  elsewhere:     npx playwright install chromium\n' +
    '  or point CHROMIUM_PATH at a Chromium or Chrome binary.',
);
process.exit(1);
