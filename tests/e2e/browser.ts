// Finds a Chromium for the browser tests, in this order: an explicit CHROMIUM_PATH, Playwright's own
// download (usual on a laptop with internet), then the system's (Debian's `chromium` package).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export interface FoundBrowser {
  /** Undefined means Playwright's own browser. */
  executablePath: string | undefined;
  origin: 'CHROMIUM_PATH' | 'playwright' | 'system';
}

export function findChromium(): FoundBrowser | null {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH is set to ${explicit}, which does not exist.`);
    return { executablePath: explicit, origin: 'CHROMIUM_PATH' };
  }
  try {
    if (existsSync(chromium.executablePath())) return { executablePath: undefined, origin: 'playwright' };
  } catch {
    // Playwright throws when its browser registry has no entry for this platform.
  }
  const system = systemCandidates.find((path) => existsSync(path));
  return system ? { executablePath: system, origin: 'system' } : null;
}

/** Flags that keep a system Chromium from reaching out to Google's services on a closed network. */
export const quietFlags = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];
