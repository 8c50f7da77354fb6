// Our timeline page in headless Chromium: time until every chart is interactive (the page's own
// `tl-interactive` mark), keyboard and zoom steps (its `tl-key` and `tl-zoom` measures), and bytes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { repeatLoads, type LoadTimes, type PageWeight } from './browser';
import { sampled, type Sampled } from './stats';

export interface StepTimes {
  /** The step's handler, as the page measures it. */
  handler: Sampled;
  /** From the input to the next frame after it (requestAnimationFrame, then a task): includes paint. */
  toNextFrame: Sampled;
}

export interface Repeats {
  loads: number;
  keySteps: number;
  zoomSteps: number;
  timeoutMs: number;
}

export interface OurPageResult {
  url: string;
  loads: LoadTimes;
  weight: PageWeight;
  key: StepTimes;
  zoom: StepTimes;
  /** The same zoom steps from the whole span (every milestone in view every other step). */
  zoomAll: StepTimes;
  /** Chart marks drawn after enhancement (a sanity check that the page really rendered the data). */
  marks: number;
  /** Where the HTML's bytes go (gzip of each part on its own). */
  html: HtmlParts;
}

export interface HtmlParts {
  total: number;
  /** The chart drawn at three widths for readers without JavaScript. */
  staticCharts: number;
  /** The milestone list (titles, summaries, sources). */
  list: number;
  /** The JSON the browser script starts from. */
  chartData: number;
}

/** Splits the page's HTML as served (not as enhanced) into its big parts. */
async function htmlParts(page: Page): Promise<HtmlParts> {
  const parts = await page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const outer = (selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.outerHTML).join('');
    return {
      total: html,
      staticCharts: outer('.tl-static'),
      list: outer('.tl-list'),
      chartData: outer('[data-timeline-data]'),
    };
  });
  const gzip = (text: string) => gzipSync(text).length;
  return {
    total: gzip(parts.total),
    staticCharts: gzip(parts.staticCharts),
    list: gzip(parts.list),
    chartData: gzip(parts.chartData),
  };
}

/**
 * Steps driven from inside the page, so no round trip to Playwright is timed: each key goes to the
 * focused chart as a keydown, and the next step waits for the frame that shows the previous one.
 */
async function steps(page: Page, keys: string[], count: number, measure: 'tl-key' | 'tl-zoom') {
  const { handler, toNextFrame } = await page.evaluate(
    async ({ keys, count, measure }) => {
      const chart = document.querySelector<HTMLElement>('[data-timeline] [data-chart]')!;
      const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      chart.focus();
      await frame();
      performance.clearMeasures('tl-key');
      performance.clearMeasures('tl-zoom');
      const toNextFrame: number[] = [];
      for (let i = 0; i < count; i++) {
        const key = keys[i % keys.length]!;
        const t0 = performance.now();
        chart.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        await frame();
        toNextFrame.push(performance.now() - t0);
      }
      return { handler: performance.getEntriesByName(measure).map((e) => e.duration), toNextFrame };
    },
    { keys, count, measure },
  );
  if (handler.length !== count) throw new Error(`expected ${count} ${measure} measures, got ${handler.length}`);
  return { handler: sampled(handler), toNextFrame: sampled(toNextFrame) };
}

/**
 * ArrowRight from the first milestone, back with ArrowLeft at the last one: every step moves (a key
 * at the end of the line would do nothing and flatter the median).
 */
export function moveKeys(milestones: number, count: number): string[] {
  const keys: string[] = [];
  let at = 0;
  let direction = 1;
  for (let i = 0; i < count; i++) {
    if (at + direction < 0 || at + direction >= milestones) direction = -direction;
    at += direction;
    keys.push(direction > 0 ? 'ArrowRight' : 'ArrowLeft');
  }
  return keys;
}

export async function measureOurPage(
  browser: Browser,
  url: string,
  milestones: number,
  repeats: Repeats,
): Promise<OurPageResult> {
  const { loads, weight, last } = await repeatLoads(browser, {
    url,
    loads: repeats.loads,
    timeoutMs: repeats.timeoutMs,
    mark: 'tl-interactive',
    last: async (page) => ({
      marks: await page.locator('.tl-live .tl-mark').count(),
      html: await htmlParts(page),
      key: await steps(page, moveKeys(milestones, repeats.keySteps), repeats.keySteps, 'tl-key'),
      zoom: await steps(page, ['+', '-'], repeats.zoomSteps, 'tl-zoom'),
      // "Show all" (in the chart's menu), then in and out again: a long timeline opens on its latest
      // milestones, so this is where a zoom step lays out all of them.
      zoomAll: await page
        .locator('[data-timeline] [data-zoom="all"]')
        .evaluate((b) => (b as HTMLButtonElement).click())
        .then(() => steps(page, ['+', '-'], repeats.zoomSteps, 'tl-zoom')),
    }),
  });
  return { url, loads, weight, ...last };
}

/** Load times and bytes only: for our embed page (the closest match to TimelineJS's) and the baseline. */
export async function measureLoads(browser: Browser, url: string, repeats: Repeats) {
  const { loads, weight } = await repeatLoads(browser, {
    url,
    loads: repeats.loads,
    timeoutMs: repeats.timeoutMs,
    mark: 'tl-interactive',
    last: async () => null,
  });
  return { url, loads, weight };
}

/**
 * The floor on this machine: an almost empty page whose one module script sets the same mark. What
 * a page needs beyond this is its own doing; the rest is the browser starting a page.
 */
export function writeBaselinePage(dir: string) {
  writeFileSync(
    join(dir, 'baseline.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Baseline</title><p>Baseline</p><script type="module" src="baseline.js"></script></html>\n',
  );
  writeFileSync(join(dir, 'baseline.js'), "performance.mark('tl-interactive');\n");
  return 'baseline.html';
}
