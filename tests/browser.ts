// Which Chromium the end-to-end tests drive: $CHROMIUM_PATH, then the system's, then
// Playwright's own download (undefined lets Playwright use its bundled browser).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const system = systemPaths.find((p) => existsSync(p));
  if (system) return system;
  try {
    if (existsSync(chromium.executablePath())) return null; // Playwright's own
  } catch {
    // no Playwright browser either
  }
  return undefined;
}
