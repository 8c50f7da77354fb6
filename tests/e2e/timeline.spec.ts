import AxeBuilder from '@axe-core/playwright';
import { expect, fixtureSite, test, type Locator, type Page } from './test';
import { formatDate } from '../../src/i18n';
import { paths } from '../../src/lib/urls';
import { dom } from '../../src/lib/timeline/dom';
import { eventsTimeline, progressTimeline, sources } from './fixture-content';
import { axeTags } from './pages';

// The timeline page, driven as readers drive it, on the fixture site: its progress timeline with
// reports (a frozen copy of the real one's shape) and its timeline of events only. Milestones are
// picked by what they are (the last one, a progress report with other reporters' figures).
test.use({ baseURL: fixtureSite });
const timeline = progressTimeline;
const inOrder = [...timeline.milestones].sort((a, b) => a.date.localeCompare(b.date));
const ids = inOrder.map((m) => m.id);
const last = inOrder.at(-1)!;
/** A progress report with someone else's figure beside it: it shows who reported what. */
const disputed = inOrder.find((m) => m.progress && m.reports?.length)!;
const url = (lang: 'id' | 'en') => paths.timeline(lang, timeline.id);

const chart = (page: Page) => page.locator('[data-timeline] [data-chart]');
const live = (page: Page) => page.locator('[data-timeline] [data-live]');
const card = (page: Page) => page.locator('[data-timeline] [data-card]');
const mark = (page: Page, id: string) => page.locator(`.tl-live .tl-mark[data-id="${id}"]`);
/** Waits until the page has stopped scrolling (a smooth scroll takes several frames). */
const scrollSettled = (page: Page) =>
  expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const y = scrollY;
            setTimeout(() => resolve(scrollY === y), 100);
          }),
      ),
    )
    .toBe(true);
const shownIds = (page: Page) =>
  page.locator('.tl-live .tl-mark').evaluateAll((ms) => ms.map((m) => (m as SVGElement).dataset.id));

/** Rectangles of the drawn label texts, as the browser lays them out: pairs that overlap. */
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
  test('walks every milestone with the keyboard, announcing headline and date, panning to each', async ({ page }) => {
    await page.goto(url('en'));
    await chart(page).focus();
    await page.keyboard.press('Home');
    for (const [i, m] of inOrder.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(mark(page, m.id)).toHaveClass(/is-active/);
      await expect(live(page)).toHaveText(`${m.title.en} — ${formatDate(m.date, 'en')}`);
      await expect(card(page)).toBeVisible();
    }
    await page.keyboard.press('End');
    await expect(mark(page, last.id)).toHaveClass(/is-active/);
  });

  test('shows the keyboard instructions to keyboard users only, without moving anything', async ({ page }) => {
    await page.goto(url('en'));
    const help = page.locator('.tl-help');
    await expect(help).toBeHidden();
    const top = () => page.locator('.tl-live').evaluate((el) => el.getBoundingClientRect().top + scrollY);
    const before = await top();
    // The controls' row ends with the menu (closed, its contents out of the tab order): the chart is next.
    await page.locator('.tl-controls .tl-menu summary').focus();
    await page.keyboard.press('Tab');
    await expect(chart(page)).toBeFocused();
    await expect(help).toBeVisible();
    expect(await top()).toBe(before);
    await chart(page).click({ position: { x: 5, y: 5 } });
    await page.locator('h1').click();
    await expect(help).toBeHidden();
  });

  test('Enter opens a milestone into the URL; Escape, a tap outside and the close button close it', async ({
    page,
  }) => {
    await page.goto(url('id'));
    await page.keyboard.press('End');
    await expect(page.locator('.tl-live .tl-mark.is-active')).toHaveCount(0);
    await chart(page).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
    await expect(card(page).getByRole('button', { name: 'Tutup' })).toBeVisible();
    await expect(page.locator(`#${last.id}`)).toHaveClass(/is-selected/);
    await page.keyboard.press('Escape');
    await expect(page.locator('.tl-live .tl-mark.is-selected')).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(page.locator(`#${last.id}`)).toHaveClass(/is-selected/);
    await page.locator('h1').click();
    await expect(page.locator(`#${last.id}`)).not.toHaveClass(/is-selected/);
    await expect(card(page)).toBeHidden();
  });

  test('the card says who reported what, with the evidence on demand', async ({ page }) => {
    await page.goto(`${url('en')}#${disputed.id}`);
    await expect(card(page)).toBeVisible();
    // Opened from the address, the chart scrolls its list item into view, smoothly: a click while
    // the page still moves lands wherever the summary has gone (outside the card, which closes it).
    await scrollSettled(page);
    await expect(card(page)).toContainText(disputed.title.en);
    await expect(card(page)).toContainText(disputed.summary.en);
    await expect(card(page).locator('.tl-item-reports li')).toHaveCount(disputed.reports!.length);
    const evidence = card(page).locator('.tl-item-sources details').first();
    await evidence.locator('summary').click();
    await expect(evidence.locator('blockquote').first()).toBeVisible();
    await expect(evidence.locator('blockquote').first()).toContainText(disputed.citations[0]!.quote.slice(0, 20));
  });

  test('a click on a mark or on its label opens its card', async ({ page }) => {
    await page.goto(url('en'));
    await mark(page, disputed.id).click();
    await expect(page).toHaveURL(new RegExp(`#${disputed.id}$`));
    await expect(mark(page, disputed.id)).toHaveClass(/is-selected/);
    await page.getByRole('button', { name: 'Close' }).click();
    const other = await page
      .locator('.tl-live .tl-label')
      .evaluateAll(
        (ls, skip) => ls.map((l) => (l as SVGElement).dataset.for).find((id) => id && id !== skip),
        disputed.id,
      );
    await page.locator(`.tl-live .tl-label[data-for="${other}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`#${other}$`));
  });

  test('opens on the weeks of progress reports, with the whole span in the overview strip', async ({ page }) => {
    await page.goto(url('en'));
    const shown = await shownIds(page);
    for (const m of inOrder.filter((x) => x.progress)) expect(shown, m.id).toContain(m.id);
    expect(shown.length).toBeLessThan(ids.length);
    await expect(page.locator('.tl-live .tl-overview-window')).toHaveCount(1);
    await page.getByText('More', { exact: true }).click();
    await expect(page.getByRole('button', { name: 'Focus: back to the opening view' })).toBeDisabled();
    await page.getByRole('button', { name: 'All: show the whole timeline' }).click();
    await expect(page.locator('.tl-live .tl-mark')).toHaveCount(ids.length);
    await page.getByText('More', { exact: true }).click();
    await expect(page.getByRole('button', { name: 'All: show the whole timeline' })).toBeDisabled();
    await page.getByRole('button', { name: 'Focus: back to the opening view' }).click();
    expect(await shownIds(page)).toEqual(shown);
  });

  test('zoom, pan buttons and Page Up/Down move the view; labels never overlap', async ({ page }) => {
    await page.goto(url('en'));
    const marks = page.locator('.tl-live .tl-mark');
    const start = await marks.count();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => marks.count()).toBeLessThan(start);
    expect(await labelOverlaps(page.locator('[data-timeline]'))).toEqual([]);
    const zoomed = await shownIds(page);
    await page.getByRole('button', { name: 'Move the view earlier' }).click();
    await expect.poll(() => shownIds(page)).not.toEqual(zoomed);
    await page.getByRole('button', { name: 'Move the view later' }).click();
    await expect.poll(() => shownIds(page)).toEqual(zoomed);
    await chart(page).focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => shownIds(page)).not.toEqual(zoomed);
    expect(await labelOverlaps(page.locator('[data-timeline]'))).toEqual([]);
    await page.keyboard.press('0');
    await expect(marks).toHaveCount(start);
  });

  test('dragging the overview window and the chart moves the view', async ({ page }) => {
    await page.goto(url('en'));
    await page.locator('[data-timeline] .tl-live').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const before = await shownIds(page);
    const win = (await page.locator('.tl-live .tl-overview-window').boundingBox())!;
    await page.mouse.move(win.x + win.width / 2, win.y + win.height / 2);
    await page.mouse.down();
    await page.mouse.move(win.x + win.width / 2 - 250, win.y + win.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => shownIds(page)).not.toEqual(before);
    const moved = await shownIds(page);
    const box = (await chart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.4, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => shownIds(page)).not.toEqual(moved);
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 800, height: 900 } });
    test('tapping a mark opens its card, tapping elsewhere closes it; no keyboard text', async ({ page }) => {
      await page.goto(url('en'));
      await mark(page, disputed.id).tap();
      await expect(card(page)).toBeVisible();
      await expect(page.locator('.tl-help')).toBeHidden();
      await page.locator('h1').tap();
      await expect(card(page)).toBeHidden();
    });
  });

  test('filters by kind and to progress reports only, in chart and list', async ({ page }) => {
    await page.goto(url('en'));
    await page.getByText('More', { exact: true }).click();
    await page.getByRole('button', { name: 'All: show the whole timeline' }).click();
    const business = inOrder.filter((m) => m.kind === 'business').map((m) => m.id);
    await page.getByText('More', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Business' }).uncheck();
    for (const id of business) {
      await expect(mark(page, id)).toHaveCount(0);
      await expect(page.locator(`#${id}`)).toBeHidden();
    }
    await expect(page.locator('[data-count]')).toContainText(`${ids.length - business.length} of ${ids.length} events`);
    await page.getByRole('radio', { name: 'Progress reports only' }).check();
    const progress = inOrder.filter((m) => m.progress).map((m) => m.id);
    await expect(page.locator('.tl-live .tl-mark')).toHaveCount(progress.length);
    await expect(page.getByRole('checkbox', { name: 'Business' })).toBeDisabled();
    await page.getByRole('radio', { name: 'All events' }).check();
    await page.getByRole('checkbox', { name: 'Business' }).check();
    await expect(page.locator('.tl-live .tl-mark')).toHaveCount(ids.length);
  });

  // Vertical below 560 px; from there to 900 px a timeline crowded in its opening view stays
  // vertical (its data says where it turns: verticalBelow); horizontal from 900 px. (Every fixture
  // timeline's fit and labels at these widths in both languages: chart.spec.ts.)
  for (const width of [320, 375, 768, 1280, 1440]) {
    test(`at ${width}px the chart is vertical or horizontal as its data says, fits, and no labels overlap`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const lang of ['en'] as const) {
        await page.goto(url(lang));
        const { verticalBelow } = JSON.parse((await page.locator(`script[${dom.data}]`).first().textContent())!) as {
          verticalBelow: number;
        };
        expect(verticalBelow).toBeGreaterThanOrEqual(560);
        expect(verticalBelow).toBeLessThanOrEqual(900);
        const chartWidth = await page
          .locator('[data-chart]')
          .first()
          .evaluate((c) => c.clientWidth);
        const orientation = chartWidth < verticalBelow ? 'vertical' : 'horizontal';
        if (width >= 1280) expect(orientation).toBe('horizontal');
        await expect(page.locator(`.tl-live svg.tl-${orientation}`)).toBeVisible();
        const svgWidth = await page.locator('.tl-live svg').evaluate((s) => s.getBoundingClientRect().width);
        expect(svgWidth).toBeLessThanOrEqual(width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await labelOverlaps(page.locator('[data-timeline]'))).toEqual([]);
      }
    });
  }

  test('re-lays out when the container is resized', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url('en'));
    await expect(page.locator('.tl-live svg.tl-horizontal')).toBeVisible();
    await page.setViewportSize({ width: 400, height: 900 });
    await expect(page.locator('.tl-live svg.tl-vertical')).toBeVisible();
  });

  test('a malformed fragment is ignored and the chart still starts', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    for (const hash of ['#%', '#%E0%A4%A', '#no-such-milestone']) {
      await page.goto(`${url('en')}${hash}`);
      await expect(page.locator('.tl-live svg')).toBeVisible();
      await expect(card(page)).toBeHidden();
    }
    expect(errors).toEqual([]);
  });

  test('no axe violations with a milestone open, in both languages', async ({ page }) => {
    test.setTimeout(120_000); // two full axe runs over the page with every milestone's sources
    for (const lang of ['id', 'en'] as const) {
      await page.goto(`${url(lang)}#${disputed.id}`);
      await expect(card(page)).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    }
  });
});

test.describe('timeline without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // Both shapes of timeline: progress with reports, and events only.
  for (const tl of [progressTimeline, eventsTimeline])
    for (const lang of ['id', 'en'] as const) {
      test(`${tl.id}, ${lang}: every milestone's headline, date, reports, sources and their words are on the page`, async ({
        page,
      }) => {
        await page.goto(paths.timeline(lang, tl.id));
        const visibleCharts = await page
          .locator('.tl-static')
          .evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
        expect(visibleCharts).toBe(1);
        await expect(page.locator('.tl-controls')).toBeHidden();
        // The status line says what the drawing shows, without JavaScript too.
        await expect(page.locator('[data-count]')).toBeVisible();
        for (const m of tl.milestones) {
          const item = page.locator(`li#${m.id}`);
          await expect(item.locator('.tl-item-title')).toHaveText(m.title[lang]);
          await expect(item.locator('time')).toHaveAttribute('datetime', m.date);
          for (const c of m.citations) {
            const source = sources.find((s) => s.id === c.source)!;
            await expect(item.locator(`.tl-item-sources a[href="${source.url}"]`).first()).toBeVisible();
            await expect(
              item.locator('.tl-item-sources blockquote', { hasText: c.quote.slice(0, 30) }).first(),
            ).toBeAttached();
          }
          await expect(item.locator('.tl-item-reports li')).toHaveCount(m.reports?.length ?? 0);
        }
        // The evidence opens without JavaScript.
        const details = page.locator(`li#${tl.milestones[0]!.id} .tl-item-sources details`).first();
        await details.locator('summary').click();
        await expect(details.locator('blockquote').first()).toBeVisible();
      });
    }
});

test('the hover card stays while the pointer moves onto it, and goes when it leaves', async ({ page }) => {
  await page.goto(url('en'));
  // The chart at the top of the viewport, so the card under it needs no scroll: a scroll moves the
  // page under a still pointer, which is the pointer leaving the mark.
  await page.locator('[data-timeline] .tl-live').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await mark(page, disputed.id).hover();
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toBeInViewport({ ratio: 1 });
  await card(page).hover();
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText(formatDate(disputed.date, 'en'));
  await page.mouse.move(5, 5);
  await expect(card(page)).toBeHidden();
});

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
  test(`with prefers-reduced-motion: ${reducedMotion}, the card ${reducedMotion === 'reduce' ? 'appears without' : 'eases in with'} a transition`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion });
    await page.goto(url('en'));
    await mark(page, disputed.id).hover();
    const duration = await card(page).evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    if (reducedMotion === 'reduce') expect(duration).toBeLessThan(0.001);
    else expect(duration).toBeGreaterThanOrEqual(0.1);
  });
}

// The keyboard walk and axe with a card open, on the timeline of events only.
for (const tl of [eventsTimeline]) {
  const order = [...tl.milestones].sort((a, b) => a.date.localeCompare(b.date));
  test.describe(`timeline page: ${tl.id}`, () => {
    test('walks every milestone with the keyboard, announcing headline and date', async ({ page }) => {
      await page.goto(paths.timeline('en', tl.id));
      await chart(page).focus();
      await page.keyboard.press('Home');
      for (const [i, m] of order.entries()) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        await expect(mark(page, m.id)).toHaveClass(/is-active/);
        await expect(live(page)).toHaveText(`${m.title.en} — ${formatDate(m.date, 'en')}`);
      }
    });
    test('no axe violations with a milestone open, in both languages', async ({ page }) => {
      test.setTimeout(120_000);
      for (const lang of ['id', 'en'] as const) {
        await page.goto(`${paths.timeline(lang, tl.id)}#${order.at(-1)!.id}`);
        await expect(card(page)).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      }
    });
  });
}
