// Byte budgets on the built site (gzip, level 9): deterministic, so they are tests, not benchmarks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages, distDir } from './pages';

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kB = 1000;
const read = (src: string) => readFileSync(join(distDir, src));

/** A script and every module it imports, by URL path. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = read(entry).toString();
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g))
    moduleGraph(new URL(m[1]!, `http://x${entry}`).pathname, seen);
  return seen;
}

/** Gzip bytes of a built page's HTML, its stylesheets, and all the JavaScript it loads. */
export function pageWeight(path: string) {
  const html = read(path.endsWith('/') ? `${path}index.html` : path).toString();
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!).filter((src) => src.startsWith('/'));
  const scripts = new Set<string>();
  for (const src of refs(/<script[^>]*\ssrc="([^"]+)"/g)) moduleGraph(src, scripts);
  const inline = [
    ...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
  ].map((m) => m[1]!);
  const js =
    [...scripts].reduce((sum, src) => sum + gzip(read(src)), 0) + inline.reduce((sum, code) => sum + gzip(code), 0);
  const css = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g).reduce((sum, src) => sum + gzip(read(src)), 0);
  return { html: gzip(html), js, css, total: gzip(html) + js + css, scripts: [...scripts] };
}

test.describe('byte budgets', () => {
  for (const path of builtPages().filter((p) => /^\/(id|en)\/timeline\//.test(p))) {
    test(`${path}: the timeline's JavaScript is at most 12 kB gzip`, () => {
      const { js } = pageWeight(path);
      expect(js, `${path} ships ${js} bytes of JS (gzip)`).toBeLessThanOrEqual(12 * kB);
      expect(js, 'the timeline script is there at all').toBeGreaterThan(5 * kB);
    });
  }

  for (const path of builtPages().filter((p) => p.startsWith('/embed/'))) {
    test(`${path}: HTML + CSS + JS together are at most 40 kB gzip`, () => {
      const { html, css, js, total } = pageWeight(path);
      expect(total, `${path}: ${total} bytes (HTML ${html}, CSS ${css}, JS ${js})`).toBeLessThanOrEqual(40 * kB);
    });
  }

  test('/embed.js is at most 2 kB gzip', () => {
    const size = gzip(read('/embed.js'));
    expect(size, `/embed.js is ${size} bytes gzip`).toBeLessThanOrEqual(2 * kB);
    expect(size).toBeGreaterThan(300);
  });
});
