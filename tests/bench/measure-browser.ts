// Our timeline page in headless Chromium: time until every chart is interactive (the page's own
// `tl-interactive` mark), keyboard and zoom steps (its `tl-key` and `tl-zoom` measures), and bytes.
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
  /** Chart marks drawn after enhancement (a sanity check that the page really rendered the data). */
  marks: number;
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

export async function measureOurPage(browser: Browser, url: string, repeats: Repeats): Promise<OurPageResult> {
  const { loads, weight, last } = await repeatLoads(browser, {
    url,
    loads: repeats.loads,
    timeoutMs: repeats.timeoutMs,
    mark: 'tl-interactive',
    last: async (page) => ({
      marks: await page.locator('.tl-live .tl-mark').count(),
      key: await steps(page, ['ArrowRight'], repeats.keySteps, 'tl-key'),
      zoom: await steps(page, ['+', '-'], repeats.zoomSteps, 'tl-zoom'),
    }),
  });
  return { url, loads, weight, ...last };
}

/** Load times and bytes only: for our embed page, the closest match to TimelineJS's embed page. */
export async function measureOurEmbed(browser: Browser, url: string, repeats: Repeats) {
  const { loads, weight } = await repeatLoads(browser, {
    url,
    loads: repeats.loads,
    timeoutMs: repeats.timeoutMs,
    mark: 'tl-interactive',
    last: async () => null,
  });
  return { url, loads, weight };
}
