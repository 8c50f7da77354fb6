import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { hostPort, sitePort } from '../../playwright.config';
import { loadContent } from '../../src/lib/content/load';
import { axeTags, lengthenMilestoneList } from './pages';

const host = `http://localhost:${hostPort}`;
const site = `http://localhost:${sitePort}`;
const embedPath = '/embed/en/timeline/tiktok-tokopedia-migration/';
const { content } = loadContent('content');
const milestones = content.timelines[0]!.milestones;

/** The embed's own content height, measured inside the frame. */
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.body.scrollHeight));

async function frameOf(iframe: Locator): Promise<Frame> {
  const handle = await iframe.elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForSelector('.tl-live svg');
  return frame!;
}

/** The iframe's height matches what its content needs, within 2 px. */
async function expectSized(iframe: Locator) {
  const frame = await frameOf(iframe);
  await expect
    .poll(
      async () =>
        Math.abs((await iframe.evaluate((el) => el.getBoundingClientRect().height)) - (await contentHeight(frame))),
      {
        timeout: 5000,
      },
    )
    .toBeLessThanOrEqual(2);
  return frame;
}

async function narrowAndFilter(page: Page, iframe: Locator, frameLocator: FrameLocator) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectSized(iframe);
  const wide = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectSized(iframe);
  const narrow = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  expect(narrow).not.toBe(wide);
  await frameLocator.getByText('Filter', { exact: true }).click();
  await frameLocator.getByRole('radio', { name: 'Progress reports only' }).check();
  await expectSized(iframe);
  expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(narrow);
}

test.describe('embedding on another site', () => {
  test('our loader: each embed sizes itself, after load, resize and filtering', async ({ page }) => {
    await page.goto(`${host}/loader.html`);
    const first = page.locator('#first iframe');
    const second = page.locator('#second iframe');
    await expect(first).toHaveAttribute('title', 'Timeline, full');
    await expect(first).toHaveAttribute('loading', 'lazy');
    await first.scrollIntoViewIfNeeded();
    await expectSized(first);
    await second.scrollIntoViewIfNeeded();
    await expectSized(second);
    // Two embeds, sized independently: the chart-only one is much shorter.
    const [a, b] = await Promise.all([first, second].map((f) => f.evaluate((el) => el.getBoundingClientRect().height)));
    expect(b!).toBeLessThan(a! / 2);
    await narrowAndFilter(page, first, page.frameLocator('#first iframe'));
    await expectSized(second);
  });

  test('our loader does not embed pages from other sites', async ({ page }) => {
    await page.goto(`${host}/loader.html`);
    await expect(page.locator('#first iframe')).toHaveCount(1);
    await expect(page.locator('#foreign iframe')).toHaveCount(0);
    await expect(page.locator('#foreign a')).toHaveText('Not ours');
  });

  test('our loader ignores height messages from any other window', async ({ page }) => {
    await page.goto(`${host}/loader.html`);
    const first = page.locator('#first iframe');
    await first.scrollIntoViewIfNeeded();
    await expectSized(first);
    const before = await first.evaluate((el) => el.getAttribute('height'));
    const childId = new URL((await first.getAttribute('src'))!).searchParams.get('childId');
    // The host window itself, and a third-party frame, both claim to be the embed.
    await page.evaluate((id) => window.postMessage(`pymxPYMx${id}xPYMxheightxPYMx5`, '*'), childId);
    await page.evaluate((id) => {
      const spy = document.createElement('iframe');
      spy.srcdoc = `<script>parent.postMessage('pymxPYMx${id}xPYMxheightxPYMx7', '*')<\/script>`;
      document.body.append(spy);
    }, childId);
    await page.waitForTimeout(500);
    expect(await first.evaluate((el) => el.getAttribute('height'))).toBe(before);
  });

  test("pym.js's Parent sizes the embed unchanged, and the embed answers its width messages", async ({ page }) => {
    await page.goto(`${host}/pym.html`);
    const iframe = page.locator('#timeline iframe');
    await expect(iframe).toHaveAttribute('title', 'Timeline via pym.js');
    expect(new URL((await iframe.getAttribute('src'))!).searchParams.get('childId')).toBe('timeline');
    await expectSized(iframe);
    await narrowAndFilter(page, iframe, page.frameLocator('#timeline iframe'));
    // pym's parent sends "width" messages; our embed replies with its height.
    const frame = await frameOf(iframe);
    await frame.evaluate(() => (document.body.style.paddingBottom = '300px'));
    await page.evaluate(() => (window as unknown as { pymParent: { sendWidth(): void } }).pymParent.sendWidth());
    await expectSized(iframe);
  });

  test('a plain iframe shows the embed with no script on the host page', async ({ page }) => {
    await page.goto(`${host}/iframe.html`);
    expect(await page.locator('script').count()).toBe(0);
    const iframe = page.locator('iframe');
    await expect(iframe).toHaveAttribute('height', '800');
    const frame = await frameOf(iframe);
    await expect(frame.locator('.tl-item')).toHaveCount(milestones.length);
  });

  test('keyboard navigation works inside the frame', async ({ page }) => {
    await page.goto(`${host}/loader.html`);
    const frame = page.frameLocator('#first iframe');
    await frame.locator('.tl-live svg').waitFor();
    await frame.locator('[data-chart]').focus();
    await page.keyboard.press('End');
    await expect(frame.locator('[data-live]')).toContainText('25 April 2024');
    await page.keyboard.press('Home');
    await expect(frame.locator('[data-live]')).toContainText('25 September 2023');
  });
});

test.describe('the embed page', () => {
  test('has no site furniture, links to the full story and declares its canonical page', async ({ page }) => {
    await page.goto(embedPath);
    await expect(page.locator('header, nav, footer')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Full story on Permendag 31\/2023 Explainer/ })).toHaveAttribute(
      'href',
      /\/en\/timeline\/tiktok-tokopedia-migration\/$/,
    );
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
      'href',
      /\/en\/timeline\/tiktok-tokopedia-migration\/$/,
    );
    await expect(page.locator('.tl-item-summary')).toHaveCount(0);
    for (const link of await page.locator('.tl-item-sources a').all())
      await expect(link).toHaveAttribute('target', '_blank');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('is complete', async ({ page }) => {
      await page.goto(embedPath);
      await expect(page.locator('.tl-item')).toHaveCount(milestones.length);
      for (const m of milestones) await expect(page.locator(`#${m.id} .tl-item-title`)).toHaveText(m.title.en);
    });
  });

  test('a long list has its real height at once, so the first height it reports is the right one', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 150 });
    await page.goto(`${site}${embedPath}`);
    await lengthenMilestoneList(page, 40);
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const before = await height();
    // Once the frame is as tall as its content, every item is on screen and drawn: nothing may move.
    await page.setViewportSize({ width: 600, height: before });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await height()).toBe(before);
  });

  test('applies valid options', async ({ page }) => {
    await page.goto(`${embedPath}?theme=dark&range=2024-03..2024-03&highlight=migrasi-rampung&list=0`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('.tl-list')).toBeHidden();
    const march = milestones.filter((m) => m.date.startsWith('2024-03')).map((m) => m.id);
    await expect(page.locator('.tl-live .tl-mark')).toHaveCount(march.length);
    await expect(page.locator('.tl-live .tl-mark[data-id="migrasi-rampung"]')).toHaveClass(/is-highlight/);
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
  ];
  for (const value of hostile) {
    test(`ignores a hostile value: ${value.slice(0, 40)}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      const query = new URLSearchParams({ theme: value, range: value, highlight: value, list: value, childId: value });
      // The same chart as the embed with no options at all.
      await page.goto(embedPath);
      const plain = await page.locator('.tl-live .tl-mark').count();
      await page.goto(`${embedPath}?${query}`);
      await expect(page.locator('.tl-live svg')).toBeVisible();
      expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
      await expect(page.locator('.tl-live .tl-mark')).toHaveCount(plain);
      await expect(page.locator('.tl-list')).toBeVisible();
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
    await page.goto(`${embedPath}?childId=test`);
    await page.locator('[data-chart]').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByText('Filter', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Business' }).uncheck();
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual([
      '',
      0,
      0,
    ]);
    expect(requests.filter((url) => new URL(url).origin !== site)).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`zero axe violations, ${theme} theme`, async ({ page }) => {
      await page.goto(`${embedPath}?theme=${theme}&highlight=progres-87-persen-4-maret`);
      await page.locator('.tl-live svg').waitFor();
      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('oEmbed', () => {
  for (const path of ['/en/timeline/tiktok-tokopedia-migration/', embedPath]) {
    test(`${path} declares its oEmbed document`, async ({ page, request }) => {
      await page.goto(path);
      const href = await page.locator('link[rel=alternate][type="application/json+oembed"]').getAttribute('href');
      const document = await (await request.get(new URL(href!).pathname)).json();
      expect(document).toMatchObject({
        type: 'rich',
        version: '1.0',
        width: 800,
        height: 800,
        thumbnail_width: 1200,
        thumbnail_height: 630,
      });
      for (const key of ['title', 'provider_name', 'provider_url', 'cache_age', 'thumbnail_url', 'html'])
        expect(document[key], key).toBeTruthy();
      expect(document.html).toMatch(
        /^<iframe src="[^"]+\/embed\/en\/timeline\/tiktok-tokopedia-migration\/" title="[^"]+"/,
      );
      const thumbnail = await request.get(new URL(document.thumbnail_url).pathname);
      expect(thumbnail.headers()['content-type']).toBe('image/png');
    });
  }
});

test.describe('embed builder', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('the timeline page offers the code to copy and leads to the builder, carrying none of its script', async ({
    page,
  }) => {
    await page.goto('/en/timeline/tiktok-tokopedia-migration/');
    await expect(page.locator('.embed-teaser code')).toContainText('data-permendag31-embed=');
    await expect(page.locator('[data-embed-builder]')).toHaveCount(0);
    await page.getByRole('link', { name: 'More options, other kinds of code and a preview' }).click();
    await expect(page).toHaveURL(/\/en\/timeline\/tiktok-tokopedia-migration\/embed\/$/);
    await expect(page.locator('[data-embed-builder]')).toBeVisible();
  });

  test('builds the code from the options, previews it and copies it from the keyboard', async ({ page }) => {
    await page.goto('/en/timeline/tiktok-tokopedia-migration/embed/');
    const builder = page.locator('[data-embed-builder]');
    const code = builder.locator('textarea');
    await expect(code).toHaveValue(
      /data-permendag31-embed="http:\/\/localhost:\d+\/embed\/en\/timeline\/tiktok-tokopedia-migration\/"/,
    );
    await builder.getByLabel('Theme').selectOption('dark');
    await builder.getByLabel('From month').selectOption('2024-02');
    await builder.getByLabel('Highlight an event').selectOption('migrasi-rampung');
    await builder.getByLabel('Language').selectOption('id');
    await expect(code).toHaveValue(
      /\/embed\/id\/timeline\/tiktok-tokopedia-migration\/\?theme=dark&amp;range=2024-02..2024-04&amp;highlight=migrasi-rampung"/,
    );
    await builder.getByLabel('pym.js').check();
    await expect(code).toHaveValue(
      /new pym\.Parent\("permendag31-timeline", "http:\/\/localhost:\d+\/embed\/id\/timeline\/tiktok-tokopedia-migration\/\?theme=dark&range=2024-02..2024-04&highlight=migrasi-rampung"/,
    );
    await builder.getByLabel('Plain iframe (fixed height)').check();
    const preview = builder.locator('.eb-preview iframe');
    await expect(preview).toHaveAttribute('src', /childId=embed-builder-preview/);
    await expect.poll(() => preview.getAttribute('height')).not.toBe('600');
    const measured = await preview.getAttribute('height');
    await expect(code).toHaveValue(new RegExp(`^<iframe src="[^"]+" title="[^"]+" width="100%" height="${measured}"`));
    const copy = builder.getByRole('button', { name: 'Copy code' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(builder.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('still offers the default code', async ({ page }) => {
      await page.goto('/id/timeline/tiktok-tokopedia-migration/embed/');
      await expect(page.locator('[data-embed-builder] textarea')).toHaveValue(/data-permendag31-embed=/);
      await expect(page.locator('[data-embed-builder] form')).toBeHidden();
    });
  });
});
