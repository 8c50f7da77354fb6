import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeTags } from './pages';
import { loadContent } from '../../src/lib/content/load';

const { content } = loadContent('content');
const timeline = content.timelines.find((t) => t.id === 'tiktok-tokopedia-migration')!;
const ids = timeline.milestones.map((m) => m.id);
const url = (lang: 'id' | 'en') => `/${lang}/timeline/${timeline.id}/`;

const chart = (page: Page) => page.locator('[data-timeline] [data-chart]');
const live = (page: Page) => page.locator('[data-timeline] [data-live]');
const card = (page: Page) => page.locator('[data-timeline] [data-card]');

/** Rectangles of the drawn label texts, as the browser lays them out. */
async function labelOverlaps(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const boxes = [...el.querySelectorAll<SVGTextElement>('.tl-live .tl-label')].map((t) => ({
      id: t.dataset.for,
      r: t.getBoundingClientRect(),
    }));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
          out.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
      }
    return out;
  });
}

test.describe('timeline page', () => {
  test('walks every milestone with the keyboard, announcing headline and date', async ({ page }) => {
    await page.goto(url('en'));
    await chart(page).focus();
    await expect(chart(page)).toBeFocused();
    await page.keyboard.press('Home');
    for (const [i, m] of timeline.milestones.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(page.locator(`.tl-live .tl-mark[data-id="${m.id}"]`)).toHaveClass(/is-active/);
      await expect(live(page)).toHaveText(new RegExp(`^${m.title.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — `));
      await expect(card(page)).toBeVisible();
    }
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(`.tl-live .tl-mark[data-id="${ids.at(-1)}"]`)).toHaveClass(/is-active/);
    await page.keyboard.press('Home');
    await expect(page.locator(`.tl-live .tl-mark[data-id="${ids[0]}"]`)).toHaveClass(/is-active/);
    await page.keyboard.press('End');
    await expect(page.locator(`.tl-live .tl-mark[data-id="${ids.at(-1)}"]`)).toHaveClass(/is-active/);
  });

  test('Enter opens a milestone into the URL, Escape closes it; keys do nothing outside the chart', async ({
    page,
  }) => {
    await page.goto(url('id'));
    await page.keyboard.press('End');
    await expect(page.locator('.tl-live .tl-mark.is-active')).toHaveCount(0);
    await chart(page).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${ids.at(-1)}$`));
    await expect(card(page).getByRole('button', { name: 'Tutup' })).toBeVisible();
    await expect(page.locator(`#${ids.at(-1)}`)).toHaveClass(/is-selected/);
    const last = timeline.milestones.at(-1)!;
    await expect(live(page)).toHaveText(`${last.title.id} — 25 April 2024`);
    await page.keyboard.press('Escape');
    await expect(page.locator('.tl-live .tl-mark.is-selected')).toHaveCount(0);
    await expect(page.locator(`#${ids.at(-1)}`)).not.toHaveClass(/is-selected/);
  });

  test('hovering a milestone shows its card with date, headline and sources', async ({ page }) => {
    await page.goto(url('en'));
    const mark = page.locator('.tl-live .tl-mark[data-id="migrasi-rampung"]');
    await mark.hover();
    await expect(card(page)).toBeVisible();
    const m = timeline.milestones.find((x) => x.id === 'migrasi-rampung')!;
    await expect(card(page)).toContainText(m.title.en);
    await expect(card(page)).toContainText('27 March 2024');
    await expect(card(page).locator('.tl-item-sources a')).toHaveCount(m.sources.length);
    await expect(card(page)).toContainText('Reported progress: 100%');
  });

  test('a click opens the milestone under the pointer', async ({ page }) => {
    await page.goto(url('en'));
    await page.locator('.tl-live .tl-mark[data-id="progres-hampir-90-persen"]').click();
    await expect(page).toHaveURL(/#progres-hampir-90-persen$/);
    await expect(page.locator('.tl-live .tl-mark[data-id="progres-hampir-90-persen"]')).toHaveClass(/is-selected/);
  });

  test('a deep link selects the milestone and scrolls to it', async ({ page }) => {
    await page.goto(`${url('en')}#progres-87-persen-4-maret`);
    await expect(page.locator('#progres-87-persen-4-maret')).toBeInViewport();
    await expect(page.locator('.tl-live .tl-mark[data-id="progres-87-persen-4-maret"]')).toHaveClass(/is-selected/);
    await expect(live(page)).toContainText('4 March 2024');
    await page.evaluate(() => (location.hash = '#tiktok-shop-berhenti'));
    await expect(page.locator('.tl-live .tl-mark[data-id="tiktok-shop-berhenti"]')).toHaveClass(/is-selected/);
  });

  test('zoom buttons narrow and restore the span, re-laying labels without overlaps', async ({ page }) => {
    await page.goto(url('en'));
    const marks = page.locator('.tl-live .tl-mark');
    await expect(marks).toHaveCount(ids.length);
    const reset = page.getByRole('button', { name: 'Show all' });
    await expect(reset).toBeDisabled();
    await chart(page).focus();
    await page.keyboard.press('End');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await marks.count();
    expect(zoomed).toBeLessThan(ids.length);
    expect(zoomed).toBeGreaterThan(0);
    await expect(page.locator('.tl-live .tl-mark[data-id="kemendag-nyatakan-patuh"]')).toBeVisible();
    expect(await labelOverlaps(page.locator('[data-timeline]'))).toEqual([]);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect(await marks.count()).toBeGreaterThanOrEqual(zoomed);
    await reset.click();
    await expect(marks).toHaveCount(ids.length);
    await expect(reset).toBeDisabled();
  });

  test('keyboard zoom follows the active milestone', async ({ page }) => {
    await page.goto(url('en'));
    await chart(page).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect(page.locator(`.tl-live .tl-mark[data-id="${ids[0]}"]`)).toBeVisible();
    // Moving to a milestone outside the zoomed span pans to it.
    await page.keyboard.press('End');
    await expect(page.locator(`.tl-live .tl-mark[data-id="${ids.at(-1)}"]`)).toHaveClass(/is-active/);
    await page.keyboard.press('0');
    await expect(page.locator('.tl-live .tl-mark')).toHaveCount(ids.length);
  });

  test('dragging pans a zoomed chart', async ({ page }) => {
    await page.goto(url('en'));
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const before = await page
      .locator('.tl-live .tl-mark')
      .evaluateAll((ms) => ms.map((m) => (m as SVGElement).dataset.id));
    await chart(page).scrollIntoViewIfNeeded();
    const box = (await chart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.6);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.6, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(async () =>
        page.locator('.tl-live .tl-mark').evaluateAll((ms) => ms.map((m) => (m as SVGElement).dataset.id)),
      )
      .not.toEqual(before);
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 800, height: 900 } });
    test('pinching out zooms in', async ({ page }) => {
      await page.goto(url('en'));
      await chart(page).scrollIntoViewIfNeeded();
      const box = (await chart(page).boundingBox())!;
      const y = box.y + box.height * 0.6;
      const cx = box.x + box.width * 0.75;
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints:
            type === 'touchEnd'
              ? []
              : [
                  { x: cx - spread, y, id: 1 },
                  { x: cx + spread, y, id: 2 },
                ],
        });
      await touch('touchStart', 20);
      for (const spread of [40, 80, 120, 160]) await touch('touchMove', spread);
      await touch('touchEnd', 0);
      await expect.poll(() => page.locator('.tl-live .tl-mark').count()).toBeLessThan(ids.length);
      await expect(page.getByRole('button', { name: 'Show all' })).toBeEnabled();
    });
  });

  test('filters by kind and to progress reports only, in chart and list', async ({ page }) => {
    await page.goto(url('en'));
    const business = timeline.milestones.filter((m) => m.kind === 'business').map((m) => m.id);
    await page.getByText('Filter events').click();
    await page.getByRole('checkbox', { name: 'Business' }).uncheck();
    for (const id of business) {
      await expect(page.locator(`.tl-live .tl-mark[data-id="${id}"]`)).toHaveCount(0);
      await expect(page.locator(`#${id}`)).toBeHidden();
    }
    await expect(page.locator('[data-count]')).toHaveText(
      `Showing ${ids.length - business.length} of ${ids.length} events`,
    );
    await page.getByRole('radio', { name: 'Progress reports only' }).check();
    const progress = timeline.milestones.filter((m) => m.progress).map((m) => m.id);
    await expect(page.locator('.tl-live .tl-mark')).toHaveCount(progress.length);
    await expect(page.getByRole('checkbox', { name: 'Business' })).toBeDisabled();
    await page.getByRole('radio', { name: 'All events' }).check();
    await page.getByRole('checkbox', { name: 'Business' }).check();
    await expect(page.locator('.tl-live .tl-mark')).toHaveCount(ids.length);
  });

  for (const [width, orientation] of [
    [375, 'vertical'],
    [768, 'horizontal'],
    [1280, 'horizontal'],
    [320, 'vertical'],
  ] as const) {
    test(`at ${width}px the chart is ${orientation}, fits, and no labels overlap`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url('id'));
      await expect(page.locator(`.tl-live svg.tl-${orientation}`)).toBeVisible();
      const svgWidth = await page.locator('.tl-live svg').evaluate((s) => s.getBoundingClientRect().width);
      expect(svgWidth).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await labelOverlaps(page.locator('[data-timeline]'))).toEqual([]);
    });
  }

  test('re-lays out when the container is resized', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url('en'));
    await expect(page.locator('.tl-live svg.tl-horizontal')).toBeVisible();
    await page.setViewportSize({ width: 400, height: 900 });
    await expect(page.locator('.tl-live svg.tl-vertical')).toBeVisible();
  });

  test('no axe violations with a milestone open, in both languages', async ({ page }) => {
    for (const lang of ['id', 'en'] as const) {
      await page.goto(`${url(lang)}#progres-87-persen-1-maret`);
      await expect(card(page)).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    }
  });
});

test.describe('timeline without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ['id', 'en'] as const) {
    test(`${lang}: every milestone's headline, date and source links are on the page`, async ({ page }) => {
      await page.goto(url(lang));
      await expect(page.locator('.tl-static svg').first()).toBeAttached();
      const visibleCharts = await page
        .locator('.tl-static')
        .evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
      expect(visibleCharts).toBe(1);
      await expect(page.locator('.tl-controls')).toBeHidden();
      for (const m of timeline.milestones) {
        const item = page.locator(`li#${m.id}`);
        await expect(item.locator('.tl-item-title')).toHaveText(m.title[lang]);
        await expect(item.locator('time')).toHaveAttribute('datetime', m.date);
        await expect(item.locator('time')).toBeVisible();
        for (const id of m.sources) {
          const source = content.sources.find((s) => s.id === id)!;
          if (source.url) await expect(item.locator(`a[href="${source.url}"]`)).toBeVisible();
          else await expect(item.getByText(source.title)).toBeVisible();
        }
      }
    });
  }
  test('the download links lead to the data', async ({ page, request }) => {
    await page.goto(url('en'));
    const json = await request.get((await page.getByRole('link', { name: 'JSON' }).getAttribute('href')) ?? '');
    expect((await json.json()).milestones).toHaveLength(ids.length);
    const csv = await request.get((await page.getByRole('link', { name: 'CSV' }).getAttribute('href')) ?? '');
    expect((await csv.text()).trim().split('\r\n')).toHaveLength(ids.length + 1);
  });
});

test('the hover card stays while the pointer moves onto it, and goes when it leaves', async ({ page }) => {
  await page.goto(url('en'));
  // The chart at the top of the viewport, so the card under it needs no scroll: a scroll moves the
  // page under a still pointer, which is the pointer leaving the mark.
  await page.locator('[data-timeline] .tl-live').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.locator('.tl-live .tl-mark[data-id="migrasi-rampung"]').hover();
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toBeInViewport({ ratio: 1 });
  await card(page).hover();
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText('27 March 2024');
  await page.mouse.move(5, 5);
  await expect(card(page)).toBeHidden();
});

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
  test(`with prefers-reduced-motion: ${reducedMotion}, the card ${reducedMotion === 'reduce' ? 'appears without' : 'eases in with'} a transition`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion });
    await page.goto(url('en'));
    await page.locator('.tl-live .tl-mark[data-id="migrasi-rampung"]').hover();
    const duration = await card(page).evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    if (reducedMotion === 'reduce') expect(duration).toBeLessThan(0.001);
    else expect(duration).toBeGreaterThanOrEqual(0.1);
  });
}
