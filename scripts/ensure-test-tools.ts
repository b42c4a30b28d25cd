// Before the tests: the two programs they need from outside npm. Playwright drives a
// Chromium (it cannot download its own on every machine, so scripts/lib/chromium.ts prefers the
// system's), and the HTML check runs the Nu checker (vnu.jar, from npm), which needs Java.
// On a bare Debian machine where we are root, install what is missing; anywhere else, say
// exactly what to install.
import { spawnSync } from 'node:child_process';
import { findChromium } from './lib/chromium.ts';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

interface Tool {
  name: string;
  present: () => boolean;
  debianPackage: string;
  otherwise: string;
}

const tools: Tool[] = [
  {
    name: 'Chromium (end-to-end tests)',
    present: () => findChromium() !== undefined,
    debianPackage: 'chromium',
    otherwise: 'npx playwright install chromium, or point CHROMIUM_PATH at a Chromium or Chrome binary',
  },
  {
    name: 'Java 11+ (HTML check, vnu.jar)',
    present: () => has('java'),
    debianPackage: 'default-jre-headless',
    otherwise: 'install a Java runtime (11 or later) so that `java` is on the PATH',
  },
];

let missing = tools.filter((tool) => !tool.present());
if (missing.length > 0 && process.getuid?.() === 0 && has('apt-get')) {
  console.log(`Installing Debian packages for the tests: ${missing.map((t) => t.debianPackage).join(' ')}`);
  const run = (cmd: string) => spawnSync('sh', ['-c', cmd], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (run('apt-get update -qq')) run(`apt-get install -y -qq ${missing.map((t) => t.debianPackage).join(' ')}`);
  missing = tools.filter((tool) => !tool.present());
}
for (const tool of missing) {
  console.error(`Missing for the tests: ${tool.name}.\n  Debian/Ubuntu: sudo apt-get install ${tool.debianPackage}\n  elsewhere: ${tool.otherwise}`);
}
process.exit(missing.length > 0 ? 1 : 0);
