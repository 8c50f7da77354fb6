// The pages of the built site, found by walking dist/, so every test that covers "every page"
// grows with the site by itself.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { isLocale } from '../../src/i18n/locales';
import { filesUnder } from '../../src/lib/files';

/** The built site under test (DIST lets a second build be tested beside the first). */
export const distDir = process.env.DIST || 'dist';

/** URL paths of every built HTML page: `/id/`, `/en/articles/x/`, `/404.html`. */
export function builtPages(): string[] {
  return filesUnder(distDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => '/' + relative(distDir, file).split(sep).join('/'))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/**
 * One built page of each kind in each language, found from the build so that new kinds of page are
 * covered by themselves: below a section (`/id/articles/…`) the last segment of the path stands for
 * any (`:slug`), and a page that holds a timeline is a kind of its own. The first page of each kind,
 * in path order, stands for it.
 */
export function onePagePerKind(): { kind: string; path: string }[] {
  const kinds = new Map<string, string>();
  for (const path of builtPages()) {
    const segments = path.split('/').slice(1);
    const lang = segments.findIndex(isLocale);
    const last = segments.length - 2; // `/a/b/` splits into a, b and ''.
    if (path.endsWith('/') && lang >= 0 && last > lang + 1) segments[last] = ':slug';
    const html = readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    const kind = `/${segments.join('/')}${html.includes('data-timeline=') ? ' (timeline)' : ''}`;
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
