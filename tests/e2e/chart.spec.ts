// The chart as readers drive it, on the fixture site (tests/e2e/fixture-site.ts builds it from
// tests/fixtures/content/): never content/, so editors' changes cannot break these tests. d3-zoom
// (wheel, ctrl+wheel, pinch, drag, double-click, keys), the status line, the phone's first screen,
// a chart that fits its data, and the compact surfaces (an article's timelines, the embed).
import { expect, test, type Page } from './test';
import { t } from '../../src/i18n';
import { loadContent } from '../../src/lib/content/load';
import { COLUMN, PHONE, PHONE_BUDGET } from '../../src/lib/embed/height';
import { paths } from '../../src/lib/urls';
import { fixturePort, hostPort } from '../../playwright.config';
import { thousandId } from './fixture-site';

const site = `http://localhost:${fixturePort}`;
const { content } = loadContent('tests/fixtures/content/chart');
const ids = content.timelines.map((tl) => tl.id);
const timelineUrl = (lang: 'id' | 'en', id: string) => `${site}${paths.timeline(lang, id)}`;
const embedUrl = (lang: 'id' | 'en', id: string) => `${site}${paths.embedTimeline(lang, id)}`;
const articleUrl = (lang: 'id' | 'en') =>
  `${site}${paths.article(lang, lang === 'en' ? 'timelines-inline' : 'linimasa-dalam-artikel')}`;

const chart = (page: Page) => page.locator('[data-timeline] [data-chart]').first();
const status = (page: Page) => page.locator('[data-timeline] [data-count]').first();
const marks = (page: Page) => page.locator('[data-timeline] .tl-live .tl-mark');

/** The span the status line names, in days, and how many events it counts. */
async function view(page: Page) {
  const text = (await status(page).textContent()) ?? '';
  const [, shown] = /^(\d+)/.exec(text) ?? [];
  return { text, shown: Number(shown) };
}

/** The status line's count equals the marks drawn in view (later ones included). */
/** How many marks the chart draws: marks of their own, and those a path draws many of (data-count). */
const marksDrawn = (page: Page) =>
  page
    .locator('[data-timeline] .tl-live')
    .first()
    .evaluate((svg) =>
      [...svg.querySelectorAll('.tl-mark')].reduce(
        (n, m) => n + (m.hasAttribute('data-count') ? Number(m.getAttribute('data-count')) : 1),
        0,
      ),
    );

async function statusMatchesMarks(page: Page) {
  await expect.poll(async () => (await view(page)).shown).toBe(await marksDrawn(page));
}

/** Scrolls the chart to the top of the viewport and returns its box. */
async function atTop(page: Page) {
  await page
    .locator('[data-timeline] .tl-live')
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  return (await chart(page).boundingBox())!;
}

test.describe('d3-zoom on the chart', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('ctrl+wheel (a trackpad pinch) zooms the chart, not the page; a plain wheel scrolls the page', async ({
    page,
  }) => {
    await page.goto(timelineUrl('en', 'migration'));
    const box = await atTop(page);
    const before = await view(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -120);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await view(page)).text).not.toBe(before.text);
    expect((await view(page)).shown).toBeLessThan(before.shown);
    await statusMatchesMarks(page);
    // The page itself did not zoom: it is as wide as before.
    expect(await page.evaluate(() => visualViewport?.scale ?? 1)).toBe(1);
    const zoomed = await view(page);
    const scrolled = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled);
    expect((await view(page)).text).toBe(zoomed.text);
  });

  test('a sideways wheel pans; a drag pans; a double-click zooms in', async ({ page }) => {
    await page.goto(timelineUrl('en', 'migration'));
    const box = await atTop(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await view(page)).shown).toBeLessThan(11);
    const zoomed = await view(page);
    await page.mouse.wheel(-300, 0);
    await expect.poll(async () => (await view(page)).text).not.toBe(zoomed.text);
    const panned = await view(page);
    // Dragging to the right brings earlier weeks in.
    await page.mouse.move(box.x + 300, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 700, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await view(page)).text).not.toBe(panned.text);
    await statusMatchesMarks(page);
    const dragged = await view(page);
    // On an empty stretch of the panel, just over the time axis on the left (a mark would open its card).
    const axis = (await page.locator('.tl-live .tl-axis-line').first().boundingBox())!;
    await page.mouse.dblclick(axis.x + 40, axis.y - 15);
    await expect.poll(async () => (await view(page)).text).not.toBe(dragged.text);
    await statusMatchesMarks(page);
  });

  test('keys zoom and pan through d3-zoom’s limits, and the status line follows', async ({ page }) => {
    await page.goto(timelineUrl('en', 'migration'));
    await chart(page).focus();
    const start = await view(page);
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    const deepest = await view(page);
    // Two weeks at most in view: d3-zoom's scaleExtent ("8 Mar – 22 Mar 2024": the days it touches).
    const [, from, to] = /· (\d+ \w+)(?: \d{4})? – (\d+ \w+ \d{4})$/.exec(deepest.text)!;
    const year = to!.slice(-4);
    const days = (Date.parse(`${to} UTC`) - Date.parse(`${from} ${year} UTC`)) / 864e5 + 1;
    expect(days).toBeLessThanOrEqual(15);
    expect(days).toBeGreaterThanOrEqual(14);
    await statusMatchesMarks(page);
    await page.keyboard.press('PageDown');
    await expect.poll(async () => (await view(page)).text).not.toBe(deepest.text);
    await statusMatchesMarks(page);
    for (let i = 0; i < 12; i++) await page.keyboard.press('-');
    // Everything: the translateExtent keeps the whole timeline in view, no further.
    await expect(page.locator('[data-timeline] [data-zoom="all"]')).toBeDisabled();
    expect((await view(page)).shown).toBe(content.timelines.find((tl) => tl.id === 'migration')!.milestones.length);
    await page.keyboard.press('0');
    await expect(status(page)).toHaveText(start.text);
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 800, height: 900 } });
    test('two fingers pinching out zoom in; one finger scrolls the page', async ({ page }) => {
      await page.goto(timelineUrl('en', 'migration'));
      const box = await atTop(page);
      const before = await view(page);
      const cdp = await page.context().newCDPSession(page);
      const y = box.y + box.height * 0.6;
      const cx = box.x + box.width * 0.5;
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
      await expect.poll(async () => (await view(page)).shown).toBeLessThan(before.shown);
      await statusMatchesMarks(page);
    });
  });
});

test.describe('the phone’s first screen (375 × 800)', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  for (const id of ids)
    for (const lang of ['id', 'en'] as const)
      test(`${id}, ${lang}: the chart starts within 400 px, controls in one row, targets of 24 px`, async ({
        page,
      }) => {
        await page.goto(timelineUrl(lang, id));
        const top = await chart(page).evaluate((el) => el.getBoundingClientRect().top);
        expect(top).toBeLessThanOrEqual(400);
        const controls = await page
          .locator('[data-timeline] .tl-controls > * , [data-timeline] .tl-controls .tl-zoom button')
          .evaluateAll((els) =>
            els.filter((e) => e.getBoundingClientRect().height > 0).map((e) => e.getBoundingClientRect()),
          );
        const tops = new Set(controls.map((r) => Math.round(r.top)));
        expect(tops.size, 'one row').toBe(1);
        for (const r of controls) {
          expect(r.width).toBeGreaterThanOrEqual(24);
          expect(r.height).toBeGreaterThanOrEqual(24);
          expect(r.right).toBeLessThanOrEqual(375);
        }
        for (const r of await marks(page).evaluateAll((ms) => ms.map((m) => m.getBoundingClientRect()))) {
          expect(r.width).toBeGreaterThanOrEqual(24);
          expect(r.height).toBeGreaterThanOrEqual(24);
        }
        await statusMatchesMarks(page);
      });

  test('the rest sits behind the menu, which opens over the chart and closes with Escape', async ({ page }) => {
    await page.goto(timelineUrl('en', 'migration'));
    const chartTop = await chart(page).evaluate((el) => el.getBoundingClientRect().top);
    await expect(page.getByRole('button', { name: 'All: show the whole timeline' })).toBeHidden();
    await page.getByText('More', { exact: true }).click();
    await expect(page.getByRole('button', { name: 'All: show the whole timeline' })).toBeVisible();
    expect(await chart(page).evaluate((el) => el.getBoundingClientRect().top)).toBe(chartTop);
    await page.getByRole('button', { name: 'All: show the whole timeline' }).click();
    await statusMatchesMarks(page);
    await page.getByText('More', { exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'All: show the whole timeline' })).toBeHidden();
  });
});

test.describe('a chart that fits its data', () => {
  test('events only: no percent panel, no figure in the key, the date two years ahead at the edge', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(timelineUrl('en', 'events-only'));
    await expect(page.locator('.tl-live .tl-grid text')).toHaveCount(0);
    const key = page.locator('[data-timeline] .tl-key');
    const ui = t('en').timeline.legend;
    for (const absent of [ui.estimate, ui.forecast, ui.disagree, ui.reporters])
      await expect(key).not.toContainText(absent);
    await page.getByText('More', { exact: true }).click();
    await page.getByRole('button', { name: 'All: show the whole timeline' }).click();
    const later = page.locator('.tl-live .tl-mark[data-id="e11"]');
    await expect(later).toHaveClass(/is-later/);
    const edge = await page.locator('.tl-live .tl-axis-line').evaluate((l) => l.getBoundingClientRect().right);
    const at = (await later.boundingBox())!;
    expect(Math.abs(at.x + at.width / 2 - edge)).toBeLessThan(2);
    await expect(page.locator('.tl-live .tl-label[data-for="e11"]')).toContainText('until 17 Jun 2027');
  });

  for (const width of [320, 375, 768, 1024, 1280, 1440])
    test(`at ${width}px every timeline fits, its labels apart, in both languages`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const id of ids)
        for (const lang of ['id', 'en'] as const) {
          await page.goto(timelineUrl(lang, id));
          await expect(page.locator('.tl-live svg')).toBeVisible();
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          const overlaps = await page.locator('.tl-live').evaluate((el) => {
            const boxes = [...el.querySelectorAll<SVGTextElement>('.tl-label')].map((l) => l.getBoundingClientRect());
            let n = 0;
            for (let i = 0; i < boxes.length; i++)
              for (let j = i + 1; j < boxes.length; j++) {
                const [a, b] = [boxes[i]!, boxes[j]!];
                if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) n++;
              }
            return n;
          });
          expect(overlaps, `${id} ${lang}`).toBe(0);
        }
    });

  test('1,000 milestones: the page answers keys and zooms, and says what is in view', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(timelineUrl('en', thousandId));
    await chart(page).focus();
    const start = await view(page);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(async () => (await view(page)).shown).toBeLessThan(start.shown);
    await statusMatchesMarks(page);
    await page.keyboard.press('End');
    await expect(page.locator('.tl-live .tl-mark.is-active')).toHaveCount(1);
  });
});

test.describe('a long timeline: its list a page per year', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a milestone its page does not list: the card and the live region lead to its year’s page, which lists it', async ({
    page,
  }) => {
    const ui = t('en').timeline;
    await page.goto(timelineUrl('en', thousandId));
    // The page lists what the chart opens on; the first milestone is listed on its year's page.
    await expect(page.locator('#m-00001')).toHaveCount(0);
    await chart(page).focus();
    await page.keyboard.press('Home');
    const card = page.locator('[data-timeline] .tl-card');
    const link = card.getByRole('link', { name: ui.onYearPage('2006') });
    await expect(link).toHaveAttribute('href', `${paths.timelineYear('en', thousandId, '2006')}#m-00001`);
    await expect(page.locator('[data-timeline] [data-live]')).toContainText('1.');
    await page.keyboard.press('Enter');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${paths.timelineYear('en', thousandId, '2006')}#m-00001$`));
    await expect(page.locator('#m-00001')).toBeVisible();
    await expect(page.locator('#m-00001 .tl-item-sources')).not.toHaveCount(0);
    await expect(page.getByRole('link', { name: ui.backToChart })).toHaveAttribute(
      'href',
      paths.timeline('en', thousandId),
    );
  });
});

test.describe('compact surfaces on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  for (const lang of ['id', 'en'] as const)
    test(`${lang}: an article’s timelines: compact at most 1,000 px, none without events, full with all`, async ({
      page,
    }) => {
      await page.goto(articleUrl(lang));
      const sections = page.locator('[data-timeline]');
      await expect(sections).toHaveCount(4);
      const heights = await sections.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      for (const [i, h] of heights.entries())
        if (i !== 2) expect(h, `timeline ${i}`).toBeLessThanOrEqual(PHONE_BUDGET.inline);
      // list="none": no event shown, "Show all" there.
      const none = sections.nth(1);
      await expect(none.locator('.tl-item:visible')).toHaveCount(0);
      await expect(none.locator('.tl-more-events')).toBeVisible();
      // list="full": every event, no "Show all".
      const full = sections.nth(2);
      const count = await full.locator('.tl-item').count();
      await expect(full.locator('.tl-item:visible')).toHaveCount(count);
      await expect(full.locator('.tl-more-events')).toHaveCount(0);
      // "Show all" unfolds the compact list in place.
      const compact = sections.nth(0);
      const total = await compact.locator('.tl-item').count();
      await compact.locator('.tl-more-events button').click();
      await expect(compact.locator('.tl-item:visible')).toHaveCount(total);
    });

  for (const id of ids)
    for (const lang of ['id', 'en'] as const)
      test(`${id}, ${lang}: the default embed is at most 700 px: chart, key and "show all"`, async ({ page }) => {
        await page.goto(embedUrl(lang, id));
        const height = await page.evaluate(() => document.body.scrollHeight);
        expect(height).toBeLessThanOrEqual(PHONE_BUDGET.embed);
        await expect(page.locator('.tl-live svg')).toBeVisible();
        await expect(page.locator('.tl-key')).toBeVisible();
        await expect(page.locator('.tl-more-events')).toBeVisible();
      });
});

test.describe('the height in the code', () => {
  // Computed at build time (src/lib/embed/height.ts); here measured in the real page, in a frame
  // as wide as a phone's and as a desktop column: never too short for either (the frame would
  // scroll), at most a tenth taller than the taller of the two; and the default embed within the
  // budget on the phone.
  test.use({ viewport: { width: PHONE.frame, height: 800 } });
  for (const id of ids)
    for (const lang of ['id', 'en'] as const)
      test(`${id}, ${lang}: fits the embed on a phone and in a column for every list option`, async ({ page }) => {
        await page.goto(`${site}${paths.embedBuilder('en', id)}`);
        const data = JSON.parse((await page.locator('[data-builder-data]').textContent())!) as {
          langs: Record<'id' | 'en', { heights: Record<'compact' | 'full' | 'none', number> }>;
        };
        const heights = data.langs[lang].heights;
        for (const [list, query] of [
          ['compact', ''],
          ['full', '?list=full'],
          ['none', '?list=0'],
        ] as const) {
          const measured: number[] = [];
          for (const width of [PHONE.frame, COLUMN]) {
            await page.setViewportSize({ width, height: 800 });
            await page.goto(`${embedUrl(lang, id)}${query}`);
            await page.locator('.tl-live svg').waitFor();
            measured.push(await page.evaluate(() => document.body.scrollHeight));
          }
          const real = Math.max(...measured);
          const said = `${list}: ${heights[list]} px for ${measured.join(' and ')} px`;
          expect(heights[list], said).toBeGreaterThanOrEqual(real);
          expect(heights[list], said).toBeLessThanOrEqual(real * 1.1);
          if (list === 'compact') expect(measured[0]).toBeLessThanOrEqual(PHONE_BUDGET.embed);
        }
      });
});

test('a plain iframe on a desktop page: the embed fills its fixed frame, no empty box', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // A plain iframe of the phone's height (the code's), on a newsroom's page of another origin.
  await page.goto(`http://localhost:${hostPort}/iframe.html`);
  await page.evaluate(
    (src) => {
      document.body.innerHTML = `<iframe src="${src}" width="100%" height="700" title="t"></iframe>`;
    },
    embedUrl('en', 'migration'),
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.tl-live svg')).toBeVisible();
  // The embed's content ends at the frame's bottom: its chart took the room to spare.
  const { content: inner, viewport } = await frame.locator('body').evaluate(() => ({
    content: document.querySelector('.embed-credit')!.getBoundingClientRect().bottom,
    viewport: innerHeight,
  }));
  expect(viewport - inner).toBeLessThan(24);
  expect(await frame.locator('.tl-live svg').evaluate((s) => s.getBoundingClientRect().height)).toBeGreaterThan(420);
});
