// Byte budgets on the fixture site (the same scripts and styles as the real site's pages of each
// kind), measured on what the project's server sends a browser (Chromium's Accept-Encoding: the
// precompressed Brotli files): deterministic, so they are tests, not benchmarks. A failing budget
// names the page and the bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleGraph, moduleScripts } from '../../src/lib/serving/module-graph';
import { thousandId } from '../e2e/fixture-site';
import { request } from '../server/helpers';
import { dir, inlineScripts, pages, read as readPage, startServer } from './site';

const kB = 1000;
const read = (src: string) => readFileSync(join(dir, src));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

let origin: string;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ origin, close } = await startServer());
});
afterAll(() => close());

/** Brotli at its best level; for an inline script, its share of the page, counted as if compressed alone (more than it adds). */
const brotli = (code: string | Buffer) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length;
const gzip = (code: string | Buffer) => gzipSync(code, { level: 9 }).length;

/**
 * Bytes of the body the server sends for `path` to a browser that accepts what Chromium accepts:
 * Brotli, unless Brotli would not make it smaller.
 */
async function sent(path: string): Promise<number> {
  const res = await request(origin, path, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
  if (res.status !== 200) throw new Error(`${path}: status ${res.status}`);
  if (res.headers['content-encoding'] !== 'br' && brotli(res.body) < res.body.length)
    throw new Error(`${path} is sent uncompressed, though Brotli would make it smaller`);
  return res.body.length;
}
const sentAll = async (names: Iterable<string>) => sum(await Promise.all([...names].map(sent)));

/** Bytes sent for a built page: its HTML, stylesheets, inline scripts, and every module it loads. */
async function pageWeight(path: string) {
  const html = readPage(path);
  const entries = moduleScripts(html);
  const code = (src: string) => read(src).toString();
  const modules = moduleGraph(entries, code);
  const inline = inlineScripts(html);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const timelineModules = moduleGraph(
    entries.filter((s) => s.includes('TimelineScript')),
    code,
  );
  return {
    html: await sent(path),
    css: await sentAll(styles),
    js: (await sentAll(modules)) + sum(inline.map(brotli)),
    jsGzip: sum(modules.map((src) => gzip(read(src)))) + sum(inline.map(gzip)),
    modules,
    timelineJs: await sentAll(timelineModules),
    entries,
    inlineCount: inline.length,
  };
}

const articles = pages.filter((p) => p.includes('/articles/'));
const hasTimeline = (path: string) => readPage(path).includes('data-timeline=');
const plainArticles = articles.filter((p) => !hasTimeline(p));
const timelinePages = pages.filter((p) => hasTimeline(p) && !p.startsWith('/embed/'));
const embeds = pages.filter((p) => p.startsWith('/embed/'));

describe('byte budgets', () => {
  it('the fixture site has pages of every kind the budgets below cover', () => {
    expect(plainArticles, 'an article without a timeline').not.toEqual([]);
    expect(
      timelinePages.filter((p) => p.includes('/articles/')),
      'an article with a timeline',
    ).not.toEqual([]);
    expect(
      timelinePages.filter((p) => p.includes('/timeline/')),
      'a timeline page',
    ).not.toEqual([]);
    expect(embeds, 'an embed').not.toEqual([]);
  });

  it.each(plainArticles)("%s: at most 2 kB of JavaScript, all of it the site's small enhancements", async (path) => {
    const { js, entries, inlineCount } = await pageWeight(path);
    expect(js, `${path} sends ${js} bytes of JS`).toBeLessThanOrEqual(2 * kB);
    // The theme (inline, before paint) and one module for theme switch, copy link and sharing.
    expect(inlineCount).toBe(1);
    expect(entries, 'no other script than the enhancements').toHaveLength(1);
  });

  // The timeline page's JavaScript, the chart's (d3 included) and the site's together: at most
  // 45 kB gzip (-9) in all, every module it loads counted, and as sent (Brotli) less still.
  it.each(timelinePages)(
    "%s: the page's JavaScript, the timeline's and d3 included, is at most 45 kB gzip",
    async (path) => {
      const { js, timelineJs, jsGzip, modules } = await pageWeight(path);
      expect(timelineJs, 'the timeline script is there at all').toBeGreaterThan(20 * kB);
      expect(jsGzip, `${path}: ${jsGzip} bytes of JS gzip (${modules.join(', ')})`).toBeLessThanOrEqual(45 * kB);
      expect(js, `${path} sends ${js} bytes of JS`).toBeLessThanOrEqual(jsGzip);
    },
  );

  it('the timeline script is d3’s: d3-scale, d3-time, d3-shape, d3-array, d3-zoom and d3-selection are in it', () => {
    const path = timelinePages.find((p) => p.includes('/timeline/'))!;
    const code = moduleGraph(moduleScripts(readPage(path)), (src) => read(src).toString())
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
  });

  // The embed: the same chart and d3 as the page (45 kB gzip of JavaScript at most), and its own
  // page around them: 60 kB as sent in all, for a timeline of the real one's size (the generated
  // timeline of 1,000 milestones is there to load the chart, not to fit a budget: JS only).
  it.each(embeds)('%s: JS at most 45 kB gzip; HTML + CSS + JS together at most 60 kB as sent', async (path) => {
    const { html, css, js, jsGzip } = await pageWeight(path);
    const total = html + css + js;
    expect(jsGzip, `${path}: ${jsGzip} bytes of JS gzip`).toBeLessThanOrEqual(45 * kB);
    if (!path.includes(`/timeline/${thousandId}/`))
      expect(total, `${path}: ${total} bytes (HTML ${html}, CSS ${css}, JS ${js})`).toBeLessThanOrEqual(60 * kB);
  });

  it('every page: at most 15 kB of CSS', async () => {
    const weights = await Promise.all(pages.map(async (path) => ({ path, css: (await pageWeight(path)).css })));
    const over = weights.filter((p) => p.css > 15 * kB);
    expect(over, over.map((p) => `${p.path}: ${p.css} bytes of CSS`).join('\n')).toEqual([]);
  });

  it('/embed.js is at most 2 kB as sent', async () => {
    const size = await sent('/embed.js');
    expect(size, `/embed.js is ${size} bytes as sent`).toBeLessThanOrEqual(2 * kB);
    expect(size).toBeGreaterThan(300);
  });
});
