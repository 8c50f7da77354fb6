// The pages of a built site, found by walking its folder, so a test that covers "every kind of
// page" grows with the site by itself. The browser tests walk the fixture site (dist-fixtures/).
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { isLocale } from '../../src/i18n/locales';
import { filesUnder } from '../../src/lib/files';

/** The built site under test (DIST lets a second build be tested beside the first). */
export const distDir = process.env.DIST || 'dist';
/** The fixture site the browser tests run on (tests/e2e/fixture-site.ts builds it). */
export const fixtureDir = process.env.FIXTURE_DIST || 'dist-fixtures';

/** URL paths of every built HTML page: `/id/`, `/en/articles/x/`, `/404.html`. */
export function builtPages(dir = distDir): string[] {
  return filesUnder(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => '/' + relative(dir, file).split(sep).join('/'))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/**
 * One built page of each kind in each language, found from the build so that new kinds of page are
 * covered by themselves: below a section (`/id/articles/…`) the segment after it stands for any
 * (`:slug`: `/id/timeline/:slug/embed/`; a year below it is `:year`), and a page that holds a timeline is a kind of its own, one
 * for each shape (with progress reports, or events only). The first page of each kind,
 * in path order, stands for it.
 */
export function onePagePerKind(dir = distDir): { kind: string; path: string }[] {
  const kinds = new Map<string, string>();
  for (const path of builtPages(dir)) {
    const segments = path.split('/').slice(1);
    const lang = segments.findIndex(isLocale);
    const last = segments.length - 2; // `/a/b/` splits into a, b and ''.
    if (path.endsWith('/') && lang >= 0 && last > lang + 1) segments[lang + 2] = ':slug';
    // A long timeline's year pages (/id/timeline/:slug/2024/) are one kind.
    if (lang >= 0) segments.forEach((s, i) => /^\d{4}$/.test(s) && i > lang + 2 && (segments[i] = ':year'));
    const html = readFileSync(join(dir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    const timeline = !html.includes('data-timeline=')
      ? ''
      : /class="[^"]*\btl-progress\b(?!-)/.test(html)
        ? ' (timeline with progress)'
        : ' (timeline)';
    const kind = `/${segments.join('/')}${timeline}`;
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds].map(([kind, path]) => ({ kind, path }));
}

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Makes the page's milestone list long by appending `count` copies of its first item. */
export function lengthenMilestoneList(page: Page, count: number) {
  return page
    .locator('.tl-item')
    .first()
    .evaluate((li, n) => {
      for (let i = 0; i < n; i++)
        li.parentElement!.append(Object.assign(li.cloneNode(true) as Element, { id: `copy-${i}` }));
    }, count);
}
