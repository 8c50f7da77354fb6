// Shared by the embed tests: the timeline under test, host pages on a second origin, and checks
// on frames (sized to their content, drawn). The embeds are the fixture site's.
import { expect, type ConsoleMessage, type Frame, type Locator, type Page } from '@playwright/test';
import { hostPort } from '../../playwright.config';
import { COMPACT_ITEMS } from '../../src/lib/embed/options';
import { paths } from '../../src/lib/urls';
import { progressTimeline } from './fixture-content';
import { fixtureSite } from './test';

export const host = `http://localhost:${hostPort}`;
/** A third origin: the host server under another name, for frames of a third party. */
export const thirdParty = `http://127.0.0.1:${hostPort}`;
export const site = fixtureSite;

/** The timeline the host pages embed (host-server.ts --timeline): the fixture's progress timeline. */
export const timeline = progressTimeline;
export const milestones = timeline.milestones;
export const embedPath = (lang: 'id' | 'en' = 'en') => paths.embedTimeline(lang, timeline.id);

/** The embed's own content height, measured inside the frame. */
export const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.body.scrollHeight));
export const boxHeight = (el: Locator) => el.evaluate((e) => Math.round(e.getBoundingClientRect().height));

/** The frame of an iframe, once its chart is drawn (scrolled into view first: frames are lazy). */
export async function frameOf(iframe: Locator, drawn = '.tl-live svg'): Promise<Frame> {
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())!.contentFrame();
  await frame!.waitForSelector(drawn);
  return frame!;
}

/** How many events the compact list shows before "Show all" (decided at build time, 0 to 3). */
export async function shownAtFirst(frame: Frame | Page): Promise<number> {
  const keep = Number(await frame.locator('[data-more]').getAttribute('data-more'));
  expect(keep).toBeGreaterThanOrEqual(0);
  expect(keep).toBeLessThanOrEqual(COMPACT_ITEMS);
  return keep;
}

/** The iframe's height matches what its content needs, within 2 px. */
export async function expectSized(iframe: Locator): Promise<Frame> {
  const frame = await frameOf(iframe);
  await expect
    .poll(async () => Math.abs((await boxHeight(iframe)) - (await contentHeight(frame))), { timeout: 8000 })
    .toBeLessThanOrEqual(2);
  return frame;
}

/**
 * Opens a host page, noting every console error or warning and every uncaught error of the page
 * and its frames, and scrolls through it so every lazy frame loads.
 */
export async function openHost(page: Page, name: string): Promise<string[]> {
  const problems: string[] = [];
  const note = (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()} (${m.location().url})`);
  };
  page.on('console', note);
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await page.goto(`${host}/${name}`);
  for (const iframe of await page.locator('iframe').all()) await iframe.scrollIntoViewIfNeeded();
  await page.evaluate(() => scrollTo(0, 0));
  return problems;
}

/** What a forging frame (tests/e2e/hosts/forger.html, or one a test writes) posts after its forgeries. */
export const FORGED = 'permendag31-test:forged';

interface Watched {
  forged: Promise<void>;
  navigatedTo?: string;
  navigation?: EventTarget;
}

/**
 * Before forged messages are sent to a page: counts the senders that have finished and notes a
 * navigation any message starts (the Navigation API's event comes as `location` is set).
 * `settled()` waits for `senders` of them. A sender's messages arrive in the order it sent them, so
 * by then the page has handled every forgery: the signal, instead of a sleep that hopes so.
 */
export async function watchForgeries(page: Page, senders: number): Promise<{ settled: () => Promise<string | null> }> {
  await page.evaluate(
    ([senders, done]) => {
      const w = window as unknown as Watched;
      w.navigation?.addEventListener('navigate', (e) => {
        w.navigatedTo = (e as Event & { destination: { url: string } }).destination.url;
      });
      w.forged = new Promise((resolve) => {
        let finished = 0;
        addEventListener('message', (e) => {
          if (e.data === done && ++finished === senders) resolve();
        });
      });
    },
    [senders, FORGED] as const,
  );
  return {
    settled: () =>
      page.evaluate(async () => {
        const w = window as unknown as Watched;
        await w.forged;
        return w.navigatedTo ?? null;
      }),
  };
}
