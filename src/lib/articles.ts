// Pure rules about articles, apart from Astro so they can be tested on plain data.
import type { Locale } from '../i18n/locales';
import type { ArticleData } from './content/schema';

export interface ArticleRef {
  /** The collection id: "<lang>/<slug>". */
  id: string;
  data: ArticleData;
}

/** "en/what-is-permendag-31" → "what-is-permendag-31". */
export function slugOf(entry: { id: string }): string {
  return entry.id.slice(entry.id.indexOf('/') + 1);
}

/** Drafts are shown by the dev server and never built. */
export function isVisible(data: Pick<ArticleData, 'draft'>, production: boolean): boolean {
  return !production || !data.draft;
}

/** Newest first by published date; ties by title, so the order never depends on the file system. */
export function newestFirst<T extends ArticleRef>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title),
  );
}

/** The date to show as "updated": the later of `updated` and the newest entry in `updates`. */
export function lastUpdated(data: Pick<ArticleData, 'updated' | 'updates' | 'published'>): string | undefined {
  const dates = [data.updated, ...(data.updates ?? []).map((u) => u.date)].filter((d): d is string => !!d);
  const latest = dates.sort().at(-1);
  return latest && latest > data.published ? latest : undefined;
}

/** The same article in another language, found by its translation key. */
export function translationOf<T extends ArticleRef>(article: T, lang: Locale, all: readonly T[]): T | undefined {
  return all.find((a) => a.data.lang === lang && a.data.translationKey === article.data.translationKey);
}

/** The articles published just before and just after `id` (same list, so the same language). */
export function neighbours<T extends ArticleRef>(
  articles: readonly T[],
  id: string,
): { previous?: T | undefined; next?: T | undefined } {
  const oldestFirst = newestFirst(articles).reverse();
  const at = oldestFirst.findIndex((a) => a.id === id);
  if (at < 0) return {};
  return { previous: oldestFirst[at - 1], next: oldestFirst[at + 1] };
}
