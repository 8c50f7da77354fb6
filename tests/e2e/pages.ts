// The pages of the built site, found by walking dist/, so every test that covers "every page"
// grows with the site by itself.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';

/** The built site under test (DIST lets a second build be tested beside the first). */
export const distDir = process.env.DIST || 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** URL paths of every built HTML page: `/id/`, `/en/articles/x/`, `/404.html`. */
export function builtPages(): string[] {
  return walk(distDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => '/' + relative(distDir, file).split(sep).join('/'))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
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
