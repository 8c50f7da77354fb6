// Knight Lab's TimelineJS3, measured the way a newsroom embeds it: its own embed page
// (dist/embed/index.html from the npm package, unchanged) with the same milestones as a JSON
// source. The local server stands in for cdn.knightlab.com, so everything Knight Lab's CDN would
// serve comes from the package (`script_path` points at it, as for any self-hosted copy); requests
// to any other host (Google Fonts, Google Analytics, SoundCite, favicons on the CDN that the package
// does not include) are blocked and counted.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { t } from '../../src/i18n';
import type { Source, TimelineData } from '../../src/lib/content/schema';
import { repeatLoads, type LoadTimes, type PageWeight } from './browser';
import type { Repeats, StepTimes } from './measure-browser';
import { sampled } from './stats';

const require = createRequire(import.meta.url);
export const timelineJsVersion = (require('@knight-lab/timelinejs/package.json') as { version: string }).version;
const packageDist = join(dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');

/** TimelineJS waits this long for each slide and time-axis animation (its `duration` option). */
const ANIMATION_MS = 1000;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function startDate(date: string) {
  const [year, month, day] = date.split('-');
  return { year: year!, month: String(Number(month)), ...(day ? { day: String(Number(day)) } : {}) };
}

/**
 * The same milestones in TimelineJS's JSON format, with what our page shows for each: title,
 * summary, progress, sources with links, and the kind as TimelineJS's group (its rows).
 */
export function toTimelineJs(timeline: TimelineData, sources: ReadonlyMap<string, Source>) {
  const ui = t('en').timeline;
  return {
    title: { text: { headline: escapeHtml(timeline.title.en), text: `<p>${escapeHtml(timeline.summary.en)}</p>` } },
    events: timeline.milestones.map((m) => {
      const cited = m.citations.map((c) => {
        const s = sources.get(c.source)!;
        return `<a href="${escapeHtml(s.url)}">${escapeHtml(`${s.publisher}: ${s.title}`)}</a> “${escapeHtml(c.quote)}”`;
      });
      const progress = m.progress ? `<p>${m.progress.value}%${m.progress.estimate ? ' (estimate)' : ''}</p>` : '';
      return {
        unique_id: m.id,
        start_date: startDate(m.date),
        text: {
          headline: escapeHtml(m.title.en),
          text: `<p>${escapeHtml(m.summary.en)}</p>${progress}<p>Sources: ${cited.join('; ')}</p>`,
        },
        group: ui.kinds[m.kind],
      };
    }),
  };
}

/** Copies the package's dist/ (the files Knight Lab's CDN serves) into `dir`/timeline3/. */
export function prepareTimelineJsSite(dir: string) {
  mkdirSync(dir, { recursive: true });
  cpSync(packageDist, join(dir, 'timeline3'), { recursive: true });
}

/** Writes the data file and returns the embed page's address for it. */
export function writeTimelineJsData(dir: string, base: string, name: string, data: unknown) {
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'data', `${name}.json`), JSON.stringify(data));
  const params = new URLSearchParams({
    source: `${base}/data/${name}.json`,
    script_path: `${base}/timeline3/js/`,
    lang: 'en',
  });
  return `${base}/timeline3/embed/index.html?${params}`;
}

export interface TimelineJsResult {
  url: string;
  loads: LoadTimes;
  /** Next-slide button. */
  navigation: StepTimes;
  /** Zoom-in and zoom-out buttons of the time axis, alternating. */
  zoom: StepTimes;
  weight: PageWeight;
  /** Time-axis markers drawn (a sanity check that it rendered the data). */
  markers: number;
}

// The embed page assigns `window.timeline = new TL.Timeline(...)`: catching that assignment lets
// us listen for its `ready` event (fired once slides and time axis are laid out) from the start.
const hookReady = () => {
  let value: { on?: (event: string, fn: () => void) => void } | undefined;
  Object.defineProperty(window, 'timeline', {
    configurable: true,
    get: () => value,
    set(timeline) {
      value = timeline;
      value?.on?.('ready', () => performance.mark('tljs-ready'));
    },
  });
};

/** Clicks one of TimelineJS's buttons per step, letting each animation finish before the next. */
async function clickSteps(page: Page, selectors: string[], count: number): Promise<StepTimes> {
  const { handler, toNextFrame } = await page.evaluate(
    async ({ selectors, count, settleMs }) => {
      const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));
      const root = document.querySelector('.tl-timeline')!;
      const handler: number[] = [];
      const toNextFrame: number[] = [];
      let changed = 0;
      const observer = new MutationObserver((records) => (changed += records.length));
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      for (let i = 0; i < count; i++) {
        const button = document.querySelector<HTMLElement>(selectors[i % selectors.length]!)!;
        // Start every step just after a frame, as our steps do, so "→ frame" is comparable.
        await frame();
        const before = changed;
        const t0 = performance.now();
        button.click();
        const t1 = performance.now();
        await frame();
        const t2 = performance.now();
        // Only steps that changed the DOM count (a step at the end of the slides would not).
        if (changed > before) {
          handler.push(t1 - t0);
          toNextFrame.push(t2 - t0);
        }
        await wait(settleMs);
      }
      observer.disconnect();
      return { handler, toNextFrame };
    },
    { selectors, count, settleMs: ANIMATION_MS + 100 },
  );
  if (!handler.length) throw new Error(`no click on ${selectors.join(' or ')} changed the page`);
  return { handler: sampled(handler), toNextFrame: sampled(toNextFrame) };
}

export async function measureTimelineJs(
  browser: Browser,
  url: string,
  repeats: Repeats & { navigationSteps: number; timelineJsZoomSteps: number },
): Promise<TimelineJsResult> {
  const { loads, weight, last } = await repeatLoads(browser, {
    url,
    loads: repeats.loads,
    timeoutMs: repeats.timeoutMs,
    mark: 'tljs-ready',
    before: async (page) => {
      // With its own copy of tsx's __name helper (see openPage): the order of the context's and the
      // page's init scripts is not defined, and without it the hook throws and 'ready' is never heard.
      await page.addInitScript({ content: `globalThis.__name ??= (fn) => fn; (${hookReady.toString()})();` });
    },
    last: async (page) => ({
      markers: await page.locator('.tl-timemarker').count(),
      navigation: await clickSteps(page, ['.tl-slidenav-next'], repeats.navigationSteps),
      // The menu bar's first two buttons zoom the time axis in and out.
      zoom: await clickSteps(
        page,
        ['.tl-menubar-button:nth-child(1)', '.tl-menubar-button:nth-child(2)'],
        repeats.timelineJsZoomSteps,
      ),
    }),
  });
  return { url, loads, weight, ...last };
}
