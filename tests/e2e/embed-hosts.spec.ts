// The embed code as newsrooms paste it, on host pages of another origin (tests/e2e/hosts/, served
// by host-server.ts with the code the builder gives out): every kind sizes itself or degrades
// well, several share a page, a third party can neither move nor resize the page through them,
// and the host's console stays empty.
import { expect, test, type Locator } from './test';
import { pymAsset } from '../../src/lib/embed/pym-asset';
import {
  boxHeight,
  contentHeight,
  embedPath,
  expectSized,
  frameOf,
  host,
  milestones,
  openHost,
  shownAtFirst,
  site,
  thirdParty,
  timeline,
  FORGED,
  watchForgeries,
} from './embeds';

// The fixture site's embeds (embeds.ts).
test.use({ baseURL: site });

const LIGHT_BG = 'rgb(252, 251, 248)';
const DARK_BG = 'rgb(19, 20, 23)';
const background = (frame: Awaited<ReturnType<typeof frameOf>>) =>
  frame.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Unfolding the list inside one embed changes its height and nobody else's. */
async function filterChangesOnly(target: Locator, others: Locator[]) {
  const before = await Promise.all(others.map(boxHeight));
  const height = await boxHeight(target);
  const frame = await expectSized(target);
  await frame.locator('.tl-more-events button').click();
  await expectSized(target);
  expect(await boxHeight(target)).not.toBe(height);
  expect(await Promise.all(others.map(boxHeight))).toEqual(before);
}

test.describe('our loader', () => {
  test('sizes every embed on the page on its own, the same code pasted twice included; nothing in the console', async ({
    page,
  }) => {
    test.slow(); // four embeds, loaded and sized at two widths
    const problems = await openHost(page, 'loader.html');
    const frames = ['#first', '#again', '#second', '#legacy'].map((id) => page.locator(`${id} iframe`));
    await expect(frames[0]!).toHaveAttribute('loading', 'lazy');
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      for (const frame of frames) await expectSized(frame);
      const [first, again, second] = await Promise.all(frames.map(boxHeight));
      expect(again).toBe(first);
      expect(second!).toBeLessThan(first!);
    }
    await filterChangesOnly(frames[0]!, frames.slice(1));
    expect(problems).toEqual([]);
  });

  test('embeds and sizes only pages of this site', async ({ page }) => {
    await openHost(page, 'loader.html');
    await expect(page.locator('#legacy iframe')).toHaveAttribute('title', 'Timeline, older code');
    await expect(page.locator('#foreign iframe')).toHaveCount(0);
    await expect(page.locator('#foreign a')).toHaveText('Not ours');
  });

  test('finds embeds further down the page than the loader, however early it runs', async ({ page }) => {
    const problems = await openHost(page, 'early.html');
    const iframe = page.locator('#legacy iframe');
    await expect(iframe).toHaveAttribute('title', 'Timeline, older code');
    await expectSized(iframe);
    expect(problems).toEqual([]);
  });

  test('ignores heights from any other window: the host itself, a frame of its own, a third party', async ({
    page,
  }) => {
    await openHost(page, 'loader.html');
    const first = page.locator('#first iframe');
    await expectSized(first);
    const before = await first.getAttribute('height');
    const forgeries = await watchForgeries(page, 3);
    await page.evaluate(
      ([third, done]) => {
        window.postMessage('pymxPYMxpermendag31xPYMxheightxPYMx5', '*');
        window.postMessage(done, '*');
        const own = document.createElement('iframe');
        own.srcdoc = `<script>parent.postMessage('pymxPYMxpermendag31xPYMxheightxPYMx7', '*');
          parent.postMessage('${done}', '*')<\/script>`;
        const other = document.createElement('iframe');
        other.src = `${third}/forger.html?ids=permendag31`;
        document.body.append(own, other);
      },
      [thirdParty, FORGED] as const,
    );
    expect(await forgeries.settled()).toBeNull();
    expect(await first.getAttribute('height')).toBe(before);
  });

  test('keyboard navigation works inside the frame', async ({ page }) => {
    await openHost(page, 'loader.html');
    const frame = page.frameLocator('#first iframe');
    await frameOf(page.locator('#first iframe'));
    await frame.locator('[data-chart]').focus();
    await page.keyboard.press('End');
    await expect(frame.locator('[data-live]')).toContainText(milestones.at(-1)!.title.en.slice(0, 20));
  });

  test(`"Show all" unfolds the list in place, from the keyboard, and the frame grows with it`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openHost(page, 'loader.html');
    const iframe = page.locator('#first iframe');
    const frame = await expectSized(iframe);
    const folded = await boxHeight(iframe);
    const keep = await shownAtFirst(frame);
    await expect(frame.locator('.tl-item:visible')).toHaveCount(keep);
    const button = frame.locator('.tl-more-events button');
    await expect(button).toHaveText(`Show all ${milestones.length} events`);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(frame.locator('.tl-item:visible')).toHaveCount(milestones.length);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(button).toHaveText('Show fewer events');
    await expectSized(iframe);
    expect(await boxHeight(iframe)).toBeGreaterThan(folded * 2);
    await page.keyboard.press('Enter');
    await expect(frame.locator('.tl-item:visible')).toHaveCount(keep);
  });
});

test.describe('pym.js', () => {
  test('two pastes of the same code and a third embed: each its own id, each sized on its own; nothing in the console', async ({
    page,
  }) => {
    test.slow(); // three embeds, loaded and sized at two widths
    const problems = await openHost(page, 'pym.html');
    const frames = ['#first', '#again', '#second'].map((id) => page.locator(`${id} iframe`));
    const ids = await Promise.all(
      ['#first', '#again', '#second'].map((id) => page.locator(`${id} > div`).getAttribute('id')),
    );
    expect(new Set(ids).size).toBe(3);
    for (const [i, frame] of frames.entries())
      expect(new URL((await frame.getAttribute('src'))!).searchParams.get('childId')).toBe(ids[i]);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      for (const frame of frames) await expectSized(frame);
    }
    await filterChangesOnly(frames[1]!, [frames[0]!, frames[2]!]);
    // pym's parent sends "width" messages; the embed answers each with its height.
    const reply = await page.evaluate((id) => {
      const frame = document.querySelector<HTMLIFrameElement>(`#${id} iframe`)!;
      const heard = new Promise<string>((resolve) =>
        addEventListener('message', (e) => {
          if (e.source === frame.contentWindow && String(e.data).startsWith(`pymxPYMx${id}xPYMxheight`))
            resolve(String(e.data));
        }),
      );
      frame.contentWindow!.postMessage(`pymxPYMx${id}xPYMxwidthxPYMx${frame.clientWidth}`, '*');
      return heard;
    }, ids[0]!);
    expect(reply).toMatch(new RegExp(`^pymxPYMx${ids[0]}xPYMxheightxPYMx\\d+$`));
    expect(problems).toEqual([]);
  });

  test('loads pym.js from this site, only if it is the file whose hash the code carries', async ({ page, request }) => {
    await openHost(page, 'pym.html');
    const script = page.locator('#first script');
    const asset = pymAsset();
    await expect(script).toHaveAttribute('src', `${site}${asset.path}`);
    await expect(script).toHaveAttribute('integrity', asset.integrity);
    await expect(script).toHaveAttribute('crossorigin', 'anonymous');
    const served = await request.get(asset.path);
    expect(served.headers()['access-control-allow-origin']).toBe('*');
    expect(Buffer.from(await served.body()).equals(asset.code)).toBe(true);
    expect(await page.evaluate(() => typeof (window as { pym?: unknown }).pym)).toBe('object');
  });

  test('a frame of a third party can neither navigate the page nor resize an embed', async ({ page }) => {
    await openHost(page, 'pym.html');
    const frames = ['#first', '#again', '#second'].map((id) => page.locator(`${id} iframe`));
    for (const frame of frames) await expectSized(frame);
    const heights = await Promise.all(frames.map(boxHeight));
    const ids = await page.locator('[data-pym-src]').evaluateAll((els) => els.map((el) => el.id).join(','));
    // The same forgeries from another origin and from a frame of the host's own origin.
    const forgeries = await watchForgeries(page, 2);
    await page.evaluate(
      ([third, ids, done]) => {
        const other = document.createElement('iframe');
        other.src = `${third}/forger.html?ids=${ids}`;
        const own = document.createElement('iframe');
        own.srcdoc = `<script>for (const id of '${ids}'.split(',')) {
          parent.postMessage('pymxPYMx' + id + 'xPYMxnavigateToxPYMxhttps://example.org/stolen', '*');
          parent.postMessage('pymxPYMx' + id + 'xPYMxheightxPYMx1000000', '*');
        }
        parent.postMessage('${done}', '*')<\/script>`;
        document.body.append(other, own);
      },
      [thirdParty, ids, FORGED] as const,
    );
    expect(await forgeries.settled()).toBeNull();
    expect(page.url()).toBe(`${host}/pym.html`);
    expect(await Promise.all(frames.map(boxHeight))).toEqual(heights);
  });
});

test.describe('plain iframe', () => {
  test('no script on the host page; lazy; as tall as the embed needs on a phone, so nothing scrolls inside it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const problems = await openHost(page, 'iframe.html');
    expect(await page.locator('script').count()).toBe(0);
    const iframe = page.locator('iframe');
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    const frame = await frameOf(iframe);
    const height = Number(await iframe.getAttribute('height'));
    const content = await contentHeight(frame);
    expect(content).toBeLessThanOrEqual(height);
    expect(height).toBeLessThanOrEqual(content * 1.1);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
    // The frame cannot grow: "Show all" stays a link to the full timeline, in a new tab.
    const link = frame.getByRole('link', { name: `Show all ${milestones.length} events` });
    await expect(link).toHaveAttribute('href', `/en/timeline/${timeline.id}/#tl-${timeline.id}-list`);
    await expect(link).toHaveAttribute('target', '_blank');
    expect(problems).toEqual([]);
  });
});

test.describe('AMP', () => {
  test("the embed asks amp-iframe for its height, and the builder's markup gives amp-iframe what it needs", async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const problems = await openHost(page, 'amp.html');
    const iframe = page.locator('#amp iframe');
    const frame = await expectSized(iframe);
    const requests = await page.evaluate(
      () => (window as unknown as { ampRequests: { type: string; height: number }[] }).ampRequests,
    );
    expect(requests.at(-1)).toEqual({ sentinel: 'amp', type: 'embed-size', height: await contentHeight(frame) });
    // The frame grows when a reader asks for every event: "Show all" is a button.
    await frame.getByRole('button', { name: `Show all ${milestones.length} events` }).click();
    await expectSized(iframe);
    const code = page.locator('#code');
    const amp = await code.evaluate((t: HTMLTemplateElement) => {
      const el = t.content.querySelector('amp-iframe')!;
      const img = el.querySelector(':scope > [placeholder] > amp-img')!;
      return {
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        children: [...el.children].map((c) => [...c.attributes].map((a) => a.name)[0]),
        image: img.getAttribute('src'),
        overflow: el.querySelector(':scope > [overflow]')!.textContent,
      };
    });
    expect(amp.attributes).toMatchObject({
      layout: 'fixed-height',
      resizable: '',
      frameborder: '0',
      src: `${site}${embedPath()}`,
    });
    expect(Number(amp.attributes.height)).toBeGreaterThan(500);
    expect(amp.children).toEqual(['placeholder', 'overflow']);
    expect(amp.overflow).toBe('Show the whole timeline');
    const png = await request.get(new URL(amp.image!).pathname);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(problems.filter((p) => !p.includes('allow-scripts and allow-same-origin'))).toEqual([]);
  });
});

test.describe('on a phone and in a dark page', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 375, height: 800 } });

  test('the default embed is at most 1,500 px tall in both languages, and light', async ({ page }) => {
    await openHost(page, 'dark.html');
    for (const id of ['#default', '#default-id']) {
      const iframe = page.locator(`${id} iframe`);
      const frame = await expectSized(iframe);
      expect(await boxHeight(iframe), id).toBeLessThanOrEqual(1500);
      await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
      expect(await background(frame)).toBe(LIGHT_BG);
    }
  });

  test('theme=auto follows the reader into dark; theme=dark is dark anywhere', async ({ page }) => {
    await openHost(page, 'dark.html');
    expect(await background(await frameOf(page.locator('#auto iframe')))).toBe(DARK_BG);
    expect(await background(await frameOf(page.locator('#dark iframe')))).toBe(DARK_BG);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(await frameOf(page.locator('#auto iframe')))).toBe(LIGHT_BG);
    expect(await background(await frameOf(page.locator('#dark iframe')))).toBe(DARK_BG);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("pym's code shows the chart's picture, linked to the timeline", async ({ page }) => {
    await openHost(page, 'pym.html');
    const image = page.locator('#first img');
    await expect(image).toBeVisible();
    await expect(page.locator('#first a')).toHaveAttribute('href', `${site}/en/timeline/${timeline.id}/`);
    // The newsletter's picture: 600 CSS pixels, drawn at twice the pixels.
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
    expect(await image.getAttribute('width')).toBe('600');
    expect(await image.getAttribute('alt')).toMatch(/^Chart: /);
  });

  test('the loader’s code is an iframe at the phone height, its embed the first events and a link to all', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openHost(page, 'loader.html');
    const iframe = page.locator('#first iframe');
    const frame = await frameOf(iframe, '.tl-static');
    expect(await contentHeight(frame)).toBeLessThanOrEqual(Number(await iframe.getAttribute('height')));
    await expect(frame.locator('.tl-item:visible')).toHaveCount(await shownAtFirst(frame));
    const link = frame.getByRole('link', { name: `Show all ${milestones.length} events` });
    await expect(link).toHaveAttribute('target', '_blank');
    expect(new URL((await link.getAttribute('href'))!, site).pathname).toBe(`/en/timeline/${timeline.id}/`);
  });
});

test.describe('broken addresses', () => {
  test('a malformed fragment or an absurd range changes nothing: every embed is drawn and sized', async ({ page }) => {
    const problems = await openHost(page, 'hostile.html');
    const marks = async (id: string) => (await frameOf(page.locator(`#${id}`))).locator('.tl-live .tl-mark').count();
    for (const id of ['percent', 'cut', 'wide', 'early']) await expectSized(page.locator(`#${id}`));
    const plain = await marks('percent');
    expect(await marks('cut')).toBe(plain);
    expect(await marks('early')).toBe(plain);
    // 0000-01..9999-12 is the whole timeline, its axis a few months, not 8,112 years of ticks.
    const wide = await frameOf(page.locator('#wide'));
    expect(await wide.locator('.tl-live .tl-mark').count()).toBe(milestones.length);
    const ticks = await wide.locator('.tl-live .tl-axis text').allTextContents();
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.length).toBeLessThan(20);
    expect(ticks.join(' ')).not.toMatch(/\b(0|1|99|9999)\b/);
    expect(problems).toEqual([]);
  });
});

test.describe('host pages with policies of their own', () => {
  test('a strict policy (style-src and script-src of its own): every kind works, nothing is refused', async ({
    page,
  }) => {
    const violations: string[] = [];
    await page.exposeFunction('noteViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { noteViolation: (v: string) => void }).noteViolation(
          `${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
        ),
      ),
    );
    const problems = await openHost(page, 'strict.html');
    await expectSized(page.locator('#loader iframe'));
    await expectSized(page.locator('#pym iframe'));
    await frameOf(page.locator('#iframe iframe'));
    const image = page.locator('#image img');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    // The loader's frame has no border or gap below it, set through the CSSOM.
    expect(await page.locator('#loader iframe').evaluate((f) => getComputedStyle(f).borderTopWidth)).toBe('0px');
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('a page sandboxed by its own policy (an opaque origin) can frame the embed, chart and all', async ({ page }) => {
    const problems = await openHost(page, 'sandboxed.html');
    // The frames inherit the sandbox: their origin is opaque too, so their modules load by CORS.
    const frame = await frameOf(page.locator('#iframe iframe'));
    await expect(frame.locator('h1')).toHaveText(timeline.title.en);
    await frameOf(page.locator('#loader iframe'));
    expect(problems.filter((p) => /frame-ancestors|Refused to display|CORS/.test(p))).toEqual([]);
  });
});
