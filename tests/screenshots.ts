// Screenshots of one page of each kind (found from the build, as the e2e tests find them), at 375
// and 1280 px, light and dark, for review by eye: `npm run screenshots` after `npm run build`.
// It builds nothing: it serves dist/ (or DIST) with the site's own server on a port of its own
// (SCREENSHOT_PORT, 4460 by default) and writes PNGs to screenshots/ (git-ignored), one per page,
// width and scheme, named after the page's kind. Not assertions: what the pages look like.
//
// With --readme it writes the README's pictures instead: the first screen of the home page, the
// featured timeline and an article, on a phone (light and dark) and a desktop, as JPEGs in
// docs/screenshots/ (committed; run it again when the pages' look changes).
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, quietFlags } from './e2e/browser';
import { featuredTimeline } from '../src/lib/site';
import { paths } from '../src/lib/urls';
import { distDir, onePagePerKind } from './e2e/pages';

const readme = process.argv.includes('--readme');

const port = Number(process.env.SCREENSHOT_PORT || 4460);
const out = process.env.SCREENSHOT_DIR || (readme ? 'docs/screenshots' : 'screenshots');
const widths = [
  { width: 375, height: 800, isMobile: true },
  { width: 1280, height: 800, isMobile: false },
];
const schemes = ['light', 'dark'] as const;
const MAX_HEIGHT = 4000;

const fileName = (kind: string) =>
  kind
    .replace(/[:()]/g, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '') || 'root';

async function waitForServer(url: string) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server at ${url} did not start`);
}

const server = spawn('node_modules/.bin/tsx', ['src/cli/serve.ts', '--port', String(port), '--root', distDir], {
  stdio: 'ignore',
  detached: true, // its own process group, so the server under npx and tsx stops with it
});
try {
  const base = `http://localhost:${port}`;
  await waitForServer(`${base}/id/`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const found = findChromium();
  const browser = await chromium.launch({
    ...(found?.executablePath ? { executablePath: found.executablePath } : {}),
    args: quietFlags,
  });
  const pages = readme
    ? [
        { kind: 'home', path: paths.home('id') },
        { kind: 'timeline', path: paths.timeline('id', featuredTimeline) },
        { kind: 'article', path: onePagePerKind().find((p) => p.kind === '/id/articles/:slug/')!.path },
      ]
    : onePagePerKind().map(({ kind, path }) =>
        // The search page is shown with a query, so its results are in the picture.
        kind.endsWith('/search/') ? { kind, path: `${path}?q=tokopedia` } : { kind, path },
      );
  // The README shows the phone in both schemes and the desktop in the light one.
  const shots = widths.flatMap((size) =>
    schemes.filter((s) => !readme || size.isMobile || s === 'light').map((colorScheme) => ({ size, colorScheme })),
  );
  let written = 0;
  for (const { size, colorScheme } of shots) {
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      isMobile: size.isMobile,
      hasTouch: size.isMobile,
      colorScheme,
    });
    const page = await context.newPage();
    for (const { kind, path } of pages) {
      await page.goto(base + path, { waitUntil: 'load' });
      // Search results and the timeline's live chart arrive after load.
      await page.waitForTimeout(path.includes('/search/') ? 1500 : 300);
      const file = join(out, `${fileName(kind)}.${size.width}.${colorScheme}.${readme ? 'jpg' : 'png'}`);
      const started = Date.now();
      if (readme) {
        await page.screenshot({ path: file, type: 'jpeg', quality: 70 });
        console.log(file);
        written++;
        continue;
      }
      // The whole page, down to MAX_HEIGHT (the list of sources is tens of thousands of pixels).
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({
        path: file,
        fullPage: true,
        clip: { x: 0, y: 0, width: size.width, height: Math.min(height, MAX_HEIGHT) },
        timeout: 120_000,
      });
      console.log(`${file} (${Date.now() - started} ms)`);
      written++;
    }
    await context.close();
  }
  await browser.close();
  console.log(`${written} screenshots of ${pages.length} kinds of page in ${out}/`);
} finally {
  if (server.pid) process.kill(-server.pid);
}
