// Byte budgets on the built site (gzip, level 9): deterministic, so they are tests, not benchmarks.
// A failing budget names the page and the bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages, distDir } from './pages';

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kB = 1000;
const read = (src: string) => readFileSync(join(distDir, src));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** A module and every module it imports, by URL path. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const m of read(entry)
    .toString()
    .matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g))
    moduleGraph(new URL(m[1]!, `http://site${entry}`).pathname, seen);
  return seen;
}

/** Gzip bytes of a built page: its HTML, stylesheets, inline scripts, and every module it loads. */
function pageWeight(path: string) {
  const html = read(path.endsWith('/') ? `${path}index.html` : path).toString();
  const entries = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  const modules = new Set<string>();
  for (const src of entries) moduleGraph(src, modules);
  // JSON data blocks (JSON-LD, the timeline's data) are not JavaScript.
  const inline = [
    ...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
  ];
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const moduleBytes = (names: Iterable<string>) => sum([...names].map((src) => gzip(read(src))));
  const timelineModules = new Set<string>();
  for (const src of entries.filter((s) => s.includes('TimelineScript'))) moduleGraph(src, timelineModules);
  return {
    html: gzip(html),
    css: sum(styles.map((src) => gzip(read(src)))),
    js: moduleBytes(modules) + sum(inline.map((m) => gzip(m[1]!))),
    timelineJs: moduleBytes(timelineModules),
    entries,
    inlineCount: inline.length,
  };
}

const pages = builtPages();
const articles = pages.filter((p) => p.includes('/articles/'));
const hasTimeline = (path: string) => read(path.endsWith('/') ? `${path}index.html` : path).includes('data-timeline=');

test.describe('byte budgets', () => {
  for (const path of articles.filter((p) => !hasTimeline(p))) {
    test(`${path}: at most 2 kB of JavaScript, all of it the site's small enhancements`, () => {
      const { js, entries, inlineCount } = pageWeight(path);
      expect(js, `${path} ships ${js} bytes of JS (gzip)`).toBeLessThanOrEqual(2 * kB);
      // The theme (inline, before paint) and one module for theme switch, copy link and sharing.
      expect(inlineCount).toBe(1);
      expect(entries, 'no other script than the enhancements').toHaveLength(1);
    });
  }

  // The timeline page's JavaScript, the chart's and the site's together, stays within 14 kB gzip.
  for (const path of pages.filter((p) => hasTimeline(p) && !p.startsWith('/embed/'))) {
    test(`${path}: the page's JavaScript, the timeline's included, is at most 14 kB`, () => {
      const { js, timelineJs } = pageWeight(path);
      expect(timelineJs, 'the timeline script is there at all').toBeGreaterThan(5 * kB);
      expect(js, `${path} ships ${js} bytes of JS (gzip), ${timelineJs} of them the timeline's`).toBeLessThanOrEqual(
        14 * kB,
      );
    });
  }

  for (const path of pages.filter((p) => p.startsWith('/embed/'))) {
    test(`${path}: HTML + CSS + JS together are at most 40 kB gzip`, () => {
      const { html, css, js } = pageWeight(path);
      const total = html + css + js;
      expect(total, `${path}: ${total} bytes (HTML ${html}, CSS ${css}, JS ${js})`).toBeLessThanOrEqual(40 * kB);
    });
  }

  test('every page: at most 15 kB of CSS', () => {
    const over = pages.map((path) => ({ path, css: pageWeight(path).css })).filter((p) => p.css > 15 * kB);
    expect(over, over.map((p) => `${p.path}: ${p.css} bytes of CSS`).join('\n')).toEqual([]);
  });

  test('/embed.js is at most 2 kB gzip', () => {
    const size = gzip(read('/embed.js'));
    expect(size, `/embed.js is ${size} bytes gzip`).toBeLessThanOrEqual(2 * kB);
    expect(size).toBeGreaterThan(300);
  });
});
