// Byte budgets on the built site (gzip, level 9): deterministic, so they are tests, not benchmarks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages, distDir } from './pages';

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kB = 1000;

/** The HTML of a built page, and the JS and CSS files it references. */
export function pageAssets(path: string) {
  const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file, 'utf8');
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!).filter((src) => src.startsWith('/'));
  const scripts = refs(/<script[^>]*\ssrc="([^"]+)"/g);
  const styles = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const read = (src: string) => readFileSync(join(distDir, src));
  return {
    html: gzip(html),
    js: scripts.reduce((sum, src) => sum + gzip(read(src)), 0),
    css: styles.reduce((sum, src) => sum + gzip(read(src)), 0),
    scripts,
  };
}

test.describe('byte budgets', () => {
  for (const path of builtPages().filter((p) => p.includes('/timeline/'))) {
    test(`${path}: the timeline's JavaScript is at most 12 kB gzip`, () => {
      const { js } = pageAssets(path);
      expect(js, `${path} ships ${js} bytes of JS (gzip)`).toBeLessThanOrEqual(12 * kB);
      expect(js, 'the timeline script is there at all').toBeGreaterThan(0);
    });
  }
});
