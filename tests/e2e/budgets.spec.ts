// Byte budgets on the built site, measured on what the server sends a browser (Chromium's
// Accept-Encoding: the precompressed Brotli files): deterministic, so they are tests, not
// benchmarks. A failing budget names the page and the bytes.
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { moduleGraph, moduleScripts } from '../../src/lib/serving/module-graph';
import { builtPages, distDir } from './pages';

const kB = 1000;
const read = (src: string) => readFileSync(join(distDir, src));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Bytes of the body the server sends for `path` to a browser that accepts what Chromium accepts:
 * Brotli, unless Brotli would not make it smaller.
 */
function sent(origin: string, path: string): Promise<number> {
  const { hostname, port } = new URL(origin);
  const headers = { 'accept-encoding': 'gzip, deflate, br, zstd' };
  return new Promise((done, fail) => {
    httpRequest({ hostname, port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        if (res.statusCode !== 200) fail(new Error(`${path}: status ${res.statusCode}`));
        else if (res.headers['content-encoding'] !== 'br' && brotli(body) < body.length)
          fail(new Error(`${path} is sent uncompressed, though Brotli would make it smaller`));
        else done(body.length);
      });
    })
      .on('error', fail)
      .end();
  });
}

/** Brotli at its best level; for an inline script, its share of the page, counted as if compressed alone (more than it adds). */
const brotli = (code: string | Buffer) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length;

/** Bytes sent for a built page: its HTML, stylesheets, inline scripts, and every module it loads. */
async function pageWeight(origin: string, path: string) {
  const html = read(path.endsWith('/') ? `${path}index.html` : path).toString();
  const entries = moduleScripts(html);
  const code = (src: string) => read(src).toString();
  const modules = moduleGraph(entries, code);
  // JSON data blocks (JSON-LD, the timeline's data) are not JavaScript.
  const inline = [
    ...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
  ];
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const sentAll = async (names: Iterable<string>) => sum(await Promise.all([...names].map((src) => sent(origin, src))));
  const timelineModules = moduleGraph(
    entries.filter((s) => s.includes('TimelineScript')),
    code,
  );
  const gzip = (code: string | Buffer) => gzipSync(code, { level: 9 }).length;
  return {
    html: await sent(origin, path),
    css: await sentAll(styles),
    js: (await sentAll(modules)) + sum(inline.map((m) => brotli(m[1]!))),
    jsGzip: sum(modules.map((src) => gzip(read(src)))) + sum(inline.map((m) => gzip(m[1]!))),
    modules,
    timelineJs: await sentAll(timelineModules),
    entries,
    inlineCount: inline.length,
  };
}

const pages = builtPages();
const articles = pages.filter((p) => p.includes('/articles/'));
const hasTimeline = (path: string) => read(path.endsWith('/') ? `${path}index.html` : path).includes('data-timeline=');

test.describe('byte budgets', () => {
  for (const path of articles.filter((p) => !hasTimeline(p))) {
    test(`${path}: at most 2 kB of JavaScript, all of it the site's small enhancements`, async ({ baseURL }) => {
      const { js, entries, inlineCount } = await pageWeight(baseURL!, path);
      expect(js, `${path} sends ${js} bytes of JS`).toBeLessThanOrEqual(2 * kB);
      // The theme (inline, before paint) and one module for theme switch, copy link and sharing.
      expect(inlineCount).toBe(1);
      expect(entries, 'no other script than the enhancements').toHaveLength(1);
    });
  }

  // The timeline page's JavaScript, the chart's (d3 included) and the site's together: at most
  // 45 kB gzip (-9) in all, every module it loads counted, and as sent (Brotli) less still.
  for (const path of pages.filter((p) => hasTimeline(p) && !p.startsWith('/embed/'))) {
    test(`${path}: the page's JavaScript, the timeline's and d3 included, is at most 45 kB gzip`, async ({
      baseURL,
    }) => {
      const { js, timelineJs, jsGzip, modules } = await pageWeight(baseURL!, path);
      expect(timelineJs, 'the timeline script is there at all').toBeGreaterThan(20 * kB);
      expect(jsGzip, `${path}: ${jsGzip} bytes of JS gzip (${modules.join(', ')})`).toBeLessThanOrEqual(45 * kB);
      expect(js, `${path} sends ${js} bytes of JS`).toBeLessThanOrEqual(jsGzip);
    });
  }

  test('the timeline script is d3’s: d3-scale, d3-time, d3-shape, d3-array, d3-zoom and d3-selection are in it', async ({
    baseURL,
  }) => {
    const path = pages.find((p) => hasTimeline(p) && p.includes('/timeline/'))!;
    const html = read(`${path}index.html`).toString();
    const code = moduleGraph(moduleScripts(html), (src) => read(src).toString())
      .map((src) => read(src).toString())
      .join('\n');
    // Marks each module leaves in a minified bundle: an error message or a constant of its own.
    for (const [module, mark] of [
      ['d3-zoom', 'wheel.zoom'],
      ['d3-selection', 'http://www.w3.org/1999/xhtml'],
      ['d3-shape', 'digits'],
      ['d3-time', '6048e5'],
      // d3-array's ticks (e10 = √50), and the number formats d3-scale's linear scale brings along.
      ['d3-array', 'Math.sqrt(50)'],
      ['d3-scale', 'invalid format: '],
    ] as const)
      expect(code, module).toContain(mark);
    expect(baseURL).toBeTruthy();
  });

  // The embed: the same chart and d3 as the page (45 kB gzip of JavaScript at most), and its own
  // page around them: 60 kB as sent in all.
  for (const path of pages.filter((p) => p.startsWith('/embed/'))) {
    test(`${path}: JS at most 45 kB gzip; HTML + CSS + JS together at most 60 kB as sent`, async ({ baseURL }) => {
      const { html, css, js, jsGzip } = await pageWeight(baseURL!, path);
      const total = html + css + js;
      expect(jsGzip, `${path}: ${jsGzip} bytes of JS gzip`).toBeLessThanOrEqual(45 * kB);
      expect(total, `${path}: ${total} bytes (HTML ${html}, CSS ${css}, JS ${js})`).toBeLessThanOrEqual(60 * kB);
    });
  }

  test('every page: at most 15 kB of CSS', async ({ baseURL }) => {
    const weights = await Promise.all(
      pages.map(async (path) => ({ path, css: (await pageWeight(baseURL!, path)).css })),
    );
    const over = weights.filter((p) => p.css > 15 * kB);
    expect(over, over.map((p) => `${p.path}: ${p.css} bytes of CSS`).join('\n')).toEqual([]);
  });

  test('/embed.js is at most 2 kB as sent', async ({ baseURL }) => {
    const size = await sent(baseURL!, '/embed.js');
    expect(size, `/embed.js is ${size} bytes as sent`).toBeLessThanOrEqual(2 * kB);
    expect(size).toBeGreaterThan(300);
  });
});
