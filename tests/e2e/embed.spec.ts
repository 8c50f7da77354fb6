// The embed page on its own, its options, the heights the code gives out, oEmbed, and the builder.
// The code on host pages of another origin: embed-hosts.spec.ts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { formatDate, t } from '../../src/i18n';
import { PHONE, PHONE_BUDGET } from '../../src/lib/embed/height';
import { buildDay, lastChanged } from '../../src/lib/timeline/updated';
import { embedPath, milestones, shownAtFirst, site, timeline } from './embeds';
import { eventsTimeline, progressTimeline } from './fixture-content';
import { axeTags, lengthenMilestoneList } from './pages';

// The fixture site's embeds (embeds.ts).
test.use({ baseURL: site });

const fullPath = (lang: 'id' | 'en') => `/${lang}/timeline/${timeline.id}/`;

test.describe('the embed page', () => {
  for (const lang of ['id', 'en'] as const) {
    test(`${lang}: no site furniture; credits the site and the last change; links to the full story`, async ({
      page,
    }) => {
      await page.goto(embedPath(lang));
      const ui = t(lang);
      await expect(page.locator('header, nav, footer')).toHaveCount(0);
      const credit = page.locator('.embed-credit');
      await expect(credit.getByRole('link', { name: ui.embed.fullStory(ui.siteName) })).toHaveAttribute(
        'href',
        new RegExp(`${fullPath(lang)}$`),
      );
      await expect(credit).toContainText(
        `${ui.timeline.updated} ${formatDate(lastChanged(timeline, buildDay()), lang)}`,
      );
      await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`${fullPath(lang)}$`));
      await expect(page.locator('.tl-item-summary, .tl-downloads')).toHaveCount(0);
      for (const link of await page.locator('.tl-item-sources a').all())
        await expect(link).toHaveAttribute('target', '_blank');
    });
  }

  test('is light by default, whatever the reader’s device prefers', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(embedPath());
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(252, 251, 248)');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('holds every event, shows the first few and links to the rest', async ({ page }) => {
      await page.goto(embedPath());
      await expect(page.locator('.tl-item')).toHaveCount(milestones.length);
      for (const m of milestones) await expect(page.locator(`#${m.id} .tl-item-title`)).toHaveText(m.title.en);
      await expect(page.locator('.tl-item:visible')).toHaveCount(await shownAtFirst(page));
      // To the list on the timeline's page.
      await expect(page.getByRole('link', { name: `Show all ${milestones.length} events` })).toHaveAttribute(
        'href',
        `${fullPath('en')}#tl-${timeline.id}-list`,
      );
    });
  });

  test('a long list has its real height at once, so the first height it reports is the right one', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 150 });
    await page.goto(`${site}${embedPath()}?list=full`);
    await lengthenMilestoneList(page, 40);
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const before = await height();
    // Once the frame is as tall as its content, every item is on screen and drawn: nothing may move.
    await page.setViewportSize({ width: 600, height: before });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await height()).toBe(before);
  });

  test('applies valid options', async ({ page }) => {
    const highlight = milestones.find((m) => m.kind === 'progress')!;
    const month = highlight.date.slice(0, 7);
    await page.goto(`${embedPath()}?theme=dark&range=${month}..${month}&highlight=${highlight.id}&list=0`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('.tl-list')).toBeHidden();
    const inMonth = milestones.filter((m) => m.date.startsWith(month));
    await expect(page.locator('.tl-live .tl-mark')).toHaveCount(inMonth.length);
    await expect(page.locator(`.tl-live .tl-mark[data-id="${highlight.id}"]`)).toHaveClass(/is-highlight/);
    await page.goto(`${embedPath()}?list=full&theme=auto`);
    await expect(page.locator('.tl-item:visible')).toHaveCount(milestones.length);
    await expect(page.locator('.tl-more-events')).toBeHidden();
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
  });

  test('the compact list keeps a highlighted event in view, and counts what a range leaves', async ({ page }) => {
    const last = milestones.at(-1)!;
    await page.goto(`${embedPath()}?highlight=${last.id}`);
    await expect(page.locator('.tl-item:visible')).toHaveCount((await shownAtFirst(page)) + 1);
    await expect(page.locator(`#${last.id}`)).toBeVisible();
    const month = last.date.slice(0, 7);
    const first = milestones[0]!.date.slice(0, 7);
    const inRange = milestones.filter((m) => m.date.slice(0, 7) >= first && m.date.slice(0, 7) <= month);
    await page.goto(`${embedPath()}?range=${first}..${month}`);
    await expect(page.getByRole('button', { name: `Show all ${inRange.length} events` })).toBeVisible();
  });

  test('a link to a folded event unfolds the list', async ({ page }) => {
    const last = milestones.at(-1)!;
    await page.goto(`${embedPath()}#${last.id}`);
    await expect(page.locator(`#${last.id}`)).toBeVisible();
    await expect(page.locator('.tl-item:visible')).toHaveCount(milestones.length);
  });

  const hostile = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    // Very long, yet short enough for a URL a server accepts (five parameters carry it).
    'x'.repeat(2_500),
    'no-such-milestone',
    "'-alert(1)-'",
    '2024-01..2024-99',
    '0000-01..9999-12',
    '%E0%A4%A',
  ];
  for (const value of hostile) {
    test(`ignores a hostile value: ${value.slice(0, 40)}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      const query = new URLSearchParams({ theme: value, highlight: value, list: value, childId: value });
      // The same chart as the embed with no options at all.
      await page.goto(embedPath());
      const plain = await page.locator('.tl-live .tl-mark').count();
      await page.goto(`${embedPath()}?${query}&range=${encodeURIComponent(value)}#${value}`);
      await expect(page.locator('.tl-live svg')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      if (value !== '0000-01..9999-12') await expect(page.locator('.tl-live .tl-mark')).toHaveCount(plain);
      await expect(page.locator('.tl-item:visible')).toHaveCount(await shownAtFirst(page));
      await expect(page.locator('.is-highlight')).toHaveCount(0);
      expect(await page.locator('img, script:not([src]):not([type])').count()).toBeLessThanOrEqual(1);
      const html = await page.content();
      expect(html).not.toContain(value.length > 100 ? value.slice(0, 100) : `>${value}<`);
      expect(html).not.toContain('onerror=alert');
      expect(errors).toEqual([]);
    });
  }

  test('sets no cookies, stores nothing and asks no other host for anything', async ({ page, context }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${embedPath()}?childId=test`);
    await page.locator('[data-chart]').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByText('More', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Business' }).uncheck();
    await page.getByText('Key to the chart').click();
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual([
      '',
      0,
      0,
    ]);
    expect(requests.filter((url) => new URL(url).origin !== site)).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['id', 'en'] as const) {
      test(`zero axe violations, ${theme} theme, ${lang}, the key open and the list unfolded`, async ({ page }) => {
        test.slow(); // axe over the whole list takes its time on a loaded machine
        await page.goto(`${embedPath(lang)}?theme=${theme}&highlight=${milestones.find((m) => m.progress)!.id}`);
        await page.locator('.tl-live svg').waitFor();
        await page.locator('.tl-key summary').click();
        await page.locator('.tl-more-events button').click();
        const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      });
    }
  }
});

test.describe('embed builder', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('the timeline page offers the code to copy and leads to the builder, carrying none of its script', async ({
    page,
  }) => {
    await page.goto(fullPath('en'));
    await expect(page.locator('.embed-teaser code')).toContainText('<iframe data-permendag31-embed src=');
    await expect(page.locator('.embed-teaser code')).toContainText('/embed.js');
    await expect(page.locator('[data-embed-builder]')).toHaveCount(0);
    await page.getByRole('link', { name: 'More options, other kinds of code and a preview' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/timeline/${timeline.id}/embed/$`));
    await expect(page.locator('[data-embed-builder]')).toBeVisible();
  });

  test('builds every kind of code from the options and copies it from the keyboard', async ({ page }) => {
    await page.goto(`/en/timeline/${timeline.id}/embed/`);
    const builder = page.locator('[data-embed-builder]');
    const code = builder.locator('textarea');
    const embed = `http://localhost:\\d+/embed/en/timeline/${timeline.id}/`;
    await expect(code).toHaveValue(new RegExp(`^<iframe data-permendag31-embed src="${embed}\\?sizer=loader"`));
    const [from, to] = [milestones[0]!.date.slice(0, 7), milestones.at(-1)!.date.slice(0, 7)];
    const second = [...new Set(milestones.map((m) => m.date.slice(0, 7)))][1]!;
    const highlight = milestones.at(-1)!.id;
    await builder.getByLabel('Theme').selectOption('dark');
    await builder.getByLabel('From month').selectOption(second);
    await builder.getByLabel('Highlight an event').selectOption(highlight);
    await builder.getByLabel('Language').selectOption('id');
    await builder.getByLabel('All', { exact: true }).check();
    const query = `\\?theme=dark&(amp;)?range=${second}..${to}&(amp;)?highlight=${highlight}&(amp;)?list=full`;
    const idEmbed = embed.replace('/en/', '/id/');
    // The loader's code marks its address: a script sizes the frame.
    await expect(code).toHaveValue(new RegExp(`src="${idEmbed}${query}&(amp;)?sizer=loader"`));
    expect(from).not.toBe(second);

    await builder.getByLabel('pym.js').check();
    await expect(code).toHaveValue(
      new RegExp(`^<div data-pym-src="${idEmbed}${query}" data-pym-xdomain="\\^http://localhost:\\d+"`),
    );
    await expect(code).toHaveValue(
      /<script async src="[^"]+\/pym-[\d.]+\.min\.js" integrity="sha384-[^"]+" crossorigin="anonymous">/,
    );

    await builder.getByLabel('AMP (amp-iframe, for AMP pages)').check();
    await expect(code).toHaveValue(
      new RegExp(`^<amp-iframe src="${idEmbed}${query}"[^>]* layout="fixed-height" height="\\d+"[^>]* resizable>`),
    );
    await builder.getByLabel('Image (newsletters)').check();
    await expect(code).toHaveValue(
      new RegExp(`^<a href="[^"]+/id/timeline/${timeline.id}/"><img src="[^"]+\\.id\\.600\\.png"`),
    );

    // The plain iframe's height is the one the phone preview measured for these options.
    await builder.getByLabel('Plain iframe (no script)').check();
    const phone = builder.locator('iframe[data-preview="phone"]');
    await expect(phone).toHaveAttribute('src', /childId=embed-builder-phone/);
    await expect.poll(() => phone.getAttribute('height')).not.toBe('600');
    await expect
      .poll(async () => (await code.inputValue()).match(/ height="(\d+)"/)?.[1])
      .toBe(await phone.getAttribute('height'));

    const copy = builder.getByRole('button', { name: 'Copy code' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(builder.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  });

  test('previews the embed at a phone’s width and at the column’s, each with its measured height', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/en/timeline/${timeline.id}/embed/`);
    const heights: [number, number][] = [];
    for (const size of ['phone', 'desktop']) {
      const frame = page.locator(`iframe[data-preview="${size}"]`);
      await frame.scrollIntoViewIfNeeded();
      await expect.poll(() => frame.getAttribute('height')).not.toBe('600');
      const height = Number(await frame.getAttribute('height'));
      await expect(page.locator(`figure:has(iframe[data-preview="${size}"]) figcaption`)).toContainText(
        `${height.toLocaleString('en')} px tall`,
      );
      heights.push([await frame.evaluate((el) => el.clientWidth), height]);
    }
    expect(heights[0]![0]).toBe(PHONE.frame);
    expect(heights[1]![0]).toBeGreaterThan(900);
    expect(heights[1]![1]).toBeLessThan(heights[0]![1]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('still offers the default code, with its height on a phone', async ({ page }) => {
      await page.goto(`/id/timeline/${timeline.id}/embed/`);
      await expect(page.locator('[data-embed-builder] textarea')).toHaveValue(
        /^<iframe data-permendag31-embed src="[^"]+" title="[^"]+" width="100%" height="\d+" loading="lazy"/,
      );
      await expect(page.locator('[data-embed-builder] [data-options]')).toBeHidden();
    });
  });
});

// The default embed of both shapes of timeline on a phone (the frame in an article on a 375 px
// screen). The compact list adapts to the budget by itself, and the code's heights are held to the
// real page (chart.spec.ts); the chart cannot adapt: an opening view that grows too tall fails here.
test.describe(`the default embed in a ${PHONE.frame} px frame`, () => {
  test.use({ viewport: { width: PHONE.frame, height: 800 } });
  for (const { id } of [progressTimeline, eventsTimeline])
    for (const lang of ['id', 'en'] as const)
      test(`${id}, ${lang}: within ${PHONE_BUDGET.embed} px`, async ({ page }) => {
        await page.goto(`/embed/${lang}/timeline/${id}/`);
        await page.locator('.tl-live svg').waitFor();
        const height = await page.evaluate(() => document.body.scrollHeight);
        expect(height, 'shorten the labels or annotations of the events in its opening view').toBeLessThanOrEqual(
          PHONE_BUDGET.embed,
        );
      });
});
