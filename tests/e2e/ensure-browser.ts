// Run by `npm test` before the browser tests: makes sure a Chromium exists, installing one where it
// can (Playwright's download when the network allows, else Debian/Ubuntu's package when root), and
// otherwise stops with what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser';

function attempt(label: string, command: string): boolean {
  console.log(`No Chromium found; trying: ${label}`);
  try {
    execSync(command, { stdio: 'inherit', timeout: 10 * 60_000 });
    return findChromium() !== null;
  } catch {
    return false;
  }
}

const found = findChromium();
if (found) {
  console.log(`Browser tests use ${found.executablePath ?? "Playwright's Chromium"} (${found.origin}).`);
} else {
  const isRoot = process.getuid?.() === 0;
  const installed =
    attempt('npx playwright install chromium', 'npx playwright install chromium') ||
    (isRoot &&
      existsSync('/usr/bin/apt-get') &&
      attempt(
        'apt-get install -y chromium',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      ));
  if (!installed) {
    console.error(
      [
        'No Chromium for the browser tests, and none could be installed here.',
        'Install one of these, then run npm test again:',
        '  - Playwright’s browser:  npx playwright install chromium',
        '  - Debian/Ubuntu:         sudo apt-get install chromium',
        '  - or point at any Chromium/Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm test',
      ].join('\n'),
    );
    process.exit(1);
  }
}
