import { expect, fixtureSite, test } from './test';
import { PHONE, PHONE_BUDGET } from '../../src/lib/embed/height';
import { chartData, withinRange } from '../../src/lib/timeline/model';
import { parseRange } from '../../src/lib/timeline/range';
import { paths } from '../../src/lib/urls';
import { articles, timelines } from './fixture-content';

// Timelines inside articles (not the timeline page, whose tests live in timeline*): every timeline
// the fixture site's articles place (one for each list option, and both shapes), checked against
// what its <Timeline> asks for.
test.use({ baseURL: fixtureSite });
const placed = articles
  .filter((a) => !a.data.draft)
  .flatMap((a) =>
    [...a.body.matchAll(/<Timeline\b([^>]*)\/>/g)].map((tag, index) => {
      const attrs = Object.fromEntries([...tag[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
      return {
        path: paths.article(a.lang, a.slug),
        /** Which of the article's timelines it is. */
        index,
        timeline: timelines.find((t) => t.id === attrs.id)!,
        range: attrs.range ? parseRange(attrs.range) : null,
        highlight: attrs.highlight,
        list: attrs.list ?? 'compact',
      };
    }),
  );

test('the fixture places timelines with each list option, a range and a highlight', () => {
  expect(new Set(placed.map((p) => p.list))).toEqual(new Set(['none', 'compact', 'full']));
  expect(placed.some((p) => p.range && p.highlight)).toBe(true);
});

// Each article's timelines in one page load; a timeline without a list (list="none") is checked on
// a phone and without JavaScript below.
for (const path of new Set(placed.map((p) => p.path))) {
  test(`${path}: each timeline renders the chart and the list of its range, with the highlighted milestone; every milestone is a link target`, async ({
    page,
  }) => {
    await page.goto(path);
    const listed = placed.filter((p) => p.path === path && p.list !== 'none');
    for (const { timeline, range, highlight, index } of listed) {
      const ids = withinRange(chartData(timeline, 'en', { asOf: '9999-12-31', until: '' }).milestones, range).map(
        (m) => m.id,
      );
      const section = page.locator('section.timeline').nth(index);
      await expect(section.locator('svg').first()).toBeVisible();
      const items = section.locator('ol.tl-list > li');
      await expect(items).toHaveCount(ids.length);
      expect(await items.evaluateAll((els) => els.map((e) => e.id).sort()), timeline.id).toEqual([...ids].sort());
      if (highlight) {
        const highlighted = section.locator('li.is-highlight');
        await expect(highlighted).toHaveCount(1);
        await expect(highlighted).toHaveAttribute('id', highlight);
        await expect(highlighted.locator('.tl-item-badge')).toBeAttached();
        // The chart marks it; the compact list may fold it with the rest.
        await expect(section.locator(`.tl-live .tl-mark.is-highlight[data-id="${highlight}"]`)).toHaveCount(1);
      }
      // The milestones' headings sit one level below the section heading that introduces them.
      const level = await items
        .first()
        .locator('.tl-item-title')
        .evaluate((h) => Number(h.tagName.slice(1)));
      expect(level, timeline.id).toBeGreaterThanOrEqual(3);
    }
    // A link to a milestone scrolls it into view (the same page: no load again).
    for (const { timeline, range } of listed) {
      const last = withinRange(chartData(timeline, 'en', { asOf: '9999-12-31', until: '' }).milestones, range).at(-1)!;
      await page.goto(`${path}#${last.id}`);
      await expect(page.locator(`#${last.id}`)).toBeInViewport();
    }
  });
}

// The compact list adapts to the budget by itself (tested on fixtures in chart.spec.ts); the chart
// cannot: a timeline whose opening view grows too tall fails here, in its article.
test.describe(`on a ${PHONE.screen} px phone`, () => {
  test.use({ viewport: { width: PHONE.screen, height: 800 } });
  for (const { path, list, timeline, index } of placed.filter((p) => p.list !== 'full'))
    test(`${path}: ${timeline.id} (list=${list}) is within ${PHONE_BUDGET.inline} px`, async ({ page }) => {
      await page.goto(path);
      const section = page.locator('section.timeline').nth(index);
      await expect(section.locator('.tl-live svg')).toBeVisible();
      const height = await section.evaluate((s) => s.getBoundingClientRect().height);
      expect(height, 'shorten the labels or annotations of the events in its opening view').toBeLessThanOrEqual(
        PHONE_BUDGET.inline,
      );
    });
});
