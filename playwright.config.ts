import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/lib/chromium.ts';

const executablePath = findChromium() ?? undefined;
const port = Number(process.env.E2E_PORT || 4322);
// The sub-path build (npm run build:variants → dist-subpath/), served under its base
// for the tests that check hosting under /cloud-souverain/ (tests/e2e/quality/).
export const subpathPort = port + 1000;
const subpathBuilt = existsSync('dist-subpath/index.html');
// The site with texts of the layout corpus added (npm run build:variants → dist-layouts/),
// for the tests of what the five seeds do not have: lists, tables, interviews, no date.
export const layoutsPort = port + 2000;
const layoutsBuilt = existsSync('dist-layouts/index.html');
const launchOptions = {
  executablePath,
  // Chromium refuses to start as root without it; harmless otherwise.
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions } },
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(subpathBuilt
      ? [
          {
            // astro preview allows one server per project: a plain static server, which
            // also plays a host that serves /x as /x/ without redirecting.
            command: `node scripts/serve-static.ts --dir dist-subpath --base /cloud-souverain/ --port ${subpathPort} --no-slash-redirect`,
            url: `http://127.0.0.1:${subpathPort}/cloud-souverain/`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
    ...(layoutsBuilt
      ? [
          {
            command: `node scripts/serve-static.ts --dir dist-layouts --base / --port ${layoutsPort}`,
            url: `http://127.0.0.1:${layoutsPort}/`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
