// The site's content as pages need it: visible articles per language, translations, alternates.
import { getCollection, getEntry } from 'astro:content';
import { locales, type Locale } from '../i18n/locales';
import { isVisible, newestFirst, slugOf, translationOf } from './articles';
import { contentRegistry } from './content/registry';
import { isPaged, yearPages } from './timeline/pages';
import { paths } from './urls';

// MODE comes from the command (dev or build), not from NODE_ENV, which test runners set to "test".
const building = import.meta.env.MODE !== 'development';

/** `translation: pending` and its translation not written yet: in the preview, not published. */
export function isAwaitingTranslation(article: { id: string; data: { lang: string } }): boolean {
  const slug = slugOf(article);
  return contentRegistry().content.articles.some((a) => a.awaiting && a.lang === article.data.lang && a.slug === slug);
}

async function visibleArticles() {
  return newestFirst(
    await getCollection(
      'articles',
      (entry) => isVisible(entry.data, building) && !(building && isAwaitingTranslation(entry)),
    ),
  );
}
/** In a build the articles never change, and every page asks for them: read and sort them once. */
let builtArticles: ReturnType<typeof visibleArticles> | undefined;

export async function getArticles(lang?: Locale) {
  const all = await (building ? (builtArticles ??= visibleArticles()) : visibleArticles());
  return lang ? all.filter((a) => a.data.lang === lang) : all;
}

export type Article = Awaited<ReturnType<typeof getArticles>>[number];

/** An article as the content registry read it: its components, citations (numbered once), headings. */
export function registeredArticle(article: Article) {
  const slug = slugOf(article);
  return contentRegistry().content.articles.find((a) => a.lang === article.data.lang && a.slug === slug);
}

/** For each language, this article's translation or, when there is none, that language's home. */
export async function articleAlternates(article: Article): Promise<Record<Locale, string>> {
  const all = await getArticles();
  const entries = locales.map((lang) => {
    const translation = translationOf(article, lang, all);
    return [lang, translation ? paths.article(lang, slugOf(translation)) : paths.home(lang)] as const;
  });
  return Object.fromEntries(entries) as Record<Locale, string>;
}

/** Alternates for pages that exist in every language under the same path shape. */
export function sameInEveryLanguage(path: (lang: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(locales.map((l) => [l, path(l)])) as Record<Locale, string>;
}

export async function getSources() {
  return (await getCollection('sources')).map((entry) => entry.data);
}

export async function getSourceMap() {
  return new Map((await getSources()).map((s) => [s.id, s]));
}

export async function getGlossary() {
  return (await getCollection('glossary')).map((entry) => entry.data);
}

export async function getTimelines() {
  return (await getCollection('timelines')).map((entry) => entry.data);
}

export type TimelineEntry = Awaited<ReturnType<typeof getTimelines>>[number];

/** getStaticPaths for every page made per timeline and language: `[lang]` and `[id]`. */
export async function timelinePaths() {
  const timelines = await getTimelines();
  return locales.flatMap((lang) =>
    timelines.map((timeline) => ({ params: { lang, id: timeline.id }, props: { timeline, lang } })),
  );
}
export type TimelinePageProps = Awaited<ReturnType<typeof timelinePaths>>[number]['props'];

/** A long timeline's list, a page per year and language (lib/timeline/pages.ts). */
export async function timelineYearPaths() {
  const timelines = (await getTimelines()).filter((t) => isPaged(t.milestones.length));
  return locales.flatMap((lang) =>
    timelines.flatMap((timeline) =>
      yearPages(timeline.milestones).map(({ year }) => ({
        params: { lang, id: timeline.id, year },
        props: { timeline, lang, year },
      })),
    ),
  );
}

export async function getTimeline(id: string) {
  const entry = await getEntry('timelines', id);
  if (!entry) throw new Error(`Unknown timeline "${id}": it must match a file in content/timelines/`);
  return entry.data;
}
