// What both sides of the browser comparison share: one headless Chromium, a fresh context per page
// load (cold cache), requests to any host but this machine blocked and counted, and every response
// body weighed raw and gzipped here, so both sides are weighed alike (our server sends Brotli, which
// is smaller still; TimelineJS's files are served as they are).
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from '@playwright/test';
import { findChromium, quietFlags } from '../e2e/browser';
import { sampled, type Sampled } from './stats';

// Playwright's "Desktop Chrome", as in the browser tests.
export const viewport = { width: 1280, height: 720 };

export async function launchBrowser(): Promise<{ browser: Browser; origin: string }> {
  const found = findChromium();
  if (!found)
    throw new Error(
      'No Chromium found: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
    );
  const browser = await chromium.launch({
    ...(found.executablePath ? { executablePath: found.executablePath } : {}),
    args: quietFlags,
  });
  return { browser, origin: found.origin };
}

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);
const isLocal = (url: URL) => localHosts.has(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  requests: number;
  js: Bytes;
  css: Bytes;
  total: Bytes;
  /** Requests to other hosts that were blocked: each would have cost a connection and bytes. */
  blocked: string[];
}

async function bodyOf(response: Response): Promise<Buffer> {
  try {
    return await response.body();
  } catch {
    // Chromium keeps only so much of each response for the inspector (our 10,000-milestone page is
    // ~20 MB); the servers are local and static, so the same bytes are one fetch away.
    return Buffer.from(await (await fetch(response.url())).arrayBuffer());
  }
}

/**
 * A fresh context (cold cache) that blocks requests to other hosts. With `weigh`, the page's
 * responses are kept and weighed on request; bodies are only read then, never during a timed load.
 */
export async function openPage(browser: Browser, { weigh = false } = {}) {
  const context: BrowserContext = await browser.newContext({ viewport, reducedMotion: 'no-preference' });
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in __name(...),
  // also inside the functions Playwright sends to the page; the page needs that helper too.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  const blocked: string[] = [];
  await context.route(
    (url) => !isLocal(url),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const page: Page = await context.newPage();
  const responses: Response[] = [];
  if (weigh) page.on('response', (response) => responses.push(response));

  /** The weight of everything this page has received so far. */
  const weight = async (): Promise<PageWeight> => {
    const weighed: { type: string; raw: number; gzip: number }[] = [];
    for (const response of responses) {
      // Redirects carry no body worth counting.
      if (response.status() >= 300 && response.status() < 400) continue;
      const body = await bodyOf(response);
      const contentType = response.headers()['content-type'] ?? '';
      const type = /javascript/.test(contentType) ? 'script' : response.request().resourceType();
      weighed.push({ type, raw: body.length, gzip: gzipSync(body).length });
    }
    const sum = (filter: (type: string) => boolean): Bytes =>
      weighed
        .filter((r) => filter(r.type))
        .reduce((acc, r) => ({ raw: acc.raw + r.raw, gzip: acc.gzip + r.gzip }), { raw: 0, gzip: 0 });
    return {
      requests: weighed.length,
      js: sum((t) => t === 'script'),
      css: sum((t) => t === 'stylesheet'),
      total: sum(() => true),
      blocked: [...blocked],
    };
  };
  return { context, page, weight };
}

export interface LoadTimes {
  /** The page's "ready" mark, from navigation start. */
  interactive: Sampled;
  /** The same mark minus the end of the HTML response: the part the page's own work decides. */
  afterLoad: Sampled;
  domContentLoaded: Sampled;
  load: Sampled;
}

export interface LoadPlan<T> {
  url: string;
  loads: number;
  timeoutMs: number;
  /** The performance mark the page sets once it is ready. */
  mark: string;
  /** Runs before the page loads (init scripts). */
  before?: (page: Page) => Promise<void>;
  /** Runs on the last load, after the network settled and its bytes are weighed. */
  last: (page: Page) => Promise<T>;
}

async function timeLoad(page: Page, plan: LoadPlan<unknown>) {
  await plan.before?.(page);
  await page.goto(plan.url, { waitUntil: 'load', timeout: plan.timeoutMs });
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, plan.mark, {
    timeout: plan.timeoutMs,
    polling: 50,
  });
  return page.evaluate((mark) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const ready = performance.getEntriesByName(mark)[0]!.startTime;
    return { ready, responseEnd: nav.responseEnd, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
  }, plan.mark);
}

/**
 * Loads a page `loads` times, each in a fresh context, timing its mark. The last load also keeps
 * its responses, weighed only after the timing (reading bodies meanwhile would slow the servers,
 * which share this process), and then runs `last`.
 */
export async function repeatLoads<T>(browser: Browser, plan: LoadPlan<T>) {
  const times = { interactive: [] as number[], afterLoad: [] as number[], dcl: [] as number[], load: [] as number[] };
  const count = Math.max(1, plan.loads);
  for (let i = 0; ; i++) {
    const isLast = i === count - 1;
    const { context, page, weight } = await openPage(browser, { weigh: isLast });
    try {
      const t = await timeLoad(page, plan);
      times.interactive.push(t.ready);
      times.afterLoad.push(t.ready - t.responseEnd);
      times.dcl.push(t.dcl);
      times.load.push(t.load);
      if (!isLast) continue;
      // Late requests (fonts, analytics) count too.
      await page.waitForLoadState('networkidle', { timeout: plan.timeoutMs }).catch(() => undefined);
      const weighed = await weight();
      const last = await plan.last(page);
      const loads: LoadTimes = {
        interactive: sampled(times.interactive),
        afterLoad: sampled(times.afterLoad),
        domContentLoaded: sampled(times.dcl),
        load: sampled(times.load),
      };
      return { url: plan.url, loads, weight: weighed, last };
    } finally {
      await context.close();
    }
  }
}
