// Which Chromium the browser tests and the bench drive: $CHROMIUM_PATH, then the system's,
// then Playwright's own download. One helper for all of them (playwright.config.ts,
// scripts/ensure-test-tools.ts, the bench's Lighthouse and network runs).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * A Chromium binary to launch: a path; `null` when only Playwright's own download is there
 * (Playwright then finds it itself); `undefined` when there is none at all.
 */
export function findChromium(): string | undefined | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const system = systemPaths.find((p) => existsSync(p));
  if (system) return system;
  return playwrightChromium() === undefined ? undefined : null;
}

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The path of the Chromium findChromium() chose, for tools that need one (chrome-launcher). */
export function chromiumPath(): string {
  const found = findChromium();
  const path = found === null ? playwrightChromium() : found;
  if (!path) {
    throw new Error('no Chromium found: set CHROMIUM_PATH, install the system chromium, or run npx playwright install chromium');
  }
  return path;
}
