// No layout shift while any page loads: whatever the scripts add (the theme control, the timeline's
// controls and live chart, search results) has its place before the first paint. One page of each
// kind of the fixture site (which uses every component; see onePagePerKind), in Indonesian (the
// longer words: the English page of a kind is laid out by the same code), on a phone with a light
// system scheme and on a desktop with a dark one (a scheme changes colours, not sizes: each is loaded
// once per kind rather than at each width), with the CPU slowed four times (a mid-range phone; a slow
// parser paints half-parsed pages, where a row whose items size each other would move). Every
// `layout-shift` entry from navigation until the page has settled counts; the total must be 0.
import { fixtureDir, onePagePerKind } from './pages';
import { expect, fixtureSite, test, type Browser } from './test';

const screens = [
  { width: 375, height: 812, isMobile: true, scheme: 'light' },
  { width: 1280, height: 720, isMobile: false, scheme: 'dark' },
] as const;
/** Each kind once: the English pages' kinds are the Indonesian ones'. */
const kinds = onePagePerKind(fixtureDir).filter(({ path }) => !/^\/(embed\/)?en\//.test(path));

interface Shift {
  value: number;
  sources: string[];
}

declare global {
  interface Window {
    __layoutShifts: Shift[];
    __layoutShiftObserver: PerformanceObserver;
  }
}

/** Loads `url` in a fresh context and returns every layout shift of the load, with what moved. */
async function shiftsDuringLoad(
  browser: Browser,
  url: string,
  size: { width: number; height: number; isMobile: boolean },
  scheme: 'light' | 'dark',
) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    isMobile: size.isMobile,
    hasTouch: size.isMobile,
    colorScheme: scheme,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const describe = (node: Node | null) =>
        node instanceof Element
          ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}`
          : String(node?.nodeName);
      window.__layoutShifts = [];
      window.__layoutShiftObserver = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        })[]) {
          if (entry.hadRecentInput) continue;
          window.__layoutShifts.push({
            value: entry.value,
            sources: entry.sources.map(
              (s) =>
                `${describe(s.node)} ${JSON.stringify([s.previousRect.x, s.previousRect.y, s.previousRect.width, s.previousRect.height])} → ${JSON.stringify([s.currentRect.x, s.currentRect.y, s.currentRect.width, s.currentRect.height])}`,
            ),
          });
        }
      });
      window.__layoutShiftObserver.observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${fixtureSite}${url}`, { waitUntil: 'load' });
    // Settled: no request for 500 ms (search results, the timeline's late work), then two frames
    // so that layout and resize observers have run and their shifts are reported.
    await page.waitForLoadState('networkidle');
    return await page.evaluate(async () => {
      for (let i = 0; i < 2; i++) await new Promise((frame) => requestAnimationFrame(frame));
      window.__layoutShiftObserver.takeRecords();
      return window.__layoutShifts;
    });
  } finally {
    await context.close();
  }
}

/** A search page is measured with a query, so that its results arrive during the load. */
function urlFor(path: string) {
  return path.endsWith('/search/') ? `${path}?q=kaleidoskop` : path;
}

test.describe('cumulative layout shift while loading: 0', () => {
  for (const { kind, path } of kinds) {
    for (const screen of screens) {
      test(`${kind} at ${screen.width} px, ${screen.scheme} scheme (${urlFor(path)})`, async ({ browser }) => {
        const shifts = await shiftsDuringLoad(browser, urlFor(path), screen, screen.scheme);
        const total = shifts.reduce((sum, s) => sum + s.value, 0);
        const moved = shifts.flatMap((s) => [`${s.value.toFixed(4)}:`, ...s.sources.map((d) => `  ${d}`)]);
        expect(total, `what moved:\n${moved.join('\n')}`).toBe(0);
      });
    }
  }
});

// A slow parser can paint a timeline's controls with the menu's <details> parsed and its <summary>
// not yet (the browser then draws its own "Details", 24 px high; seen once in CI): the menu must
// sit where it will be once the summary is there.
test('the timeline menu keeps its place while its summary is still to come', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${fixtureSite}/id/articles/linimasa-dalam-artikel/`);
  const boxes = await page
    .locator('details.tl-menu')
    .first()
    .evaluate((menu) => {
      const top = () => menu.getBoundingClientRect().top;
      const summary = menu.querySelector('summary')!;
      const whole = top();
      summary.remove();
      const before = top();
      menu.prepend(summary);
      return { whole, before };
    });
  expect(boxes.before).toBe(boxes.whole);
});
