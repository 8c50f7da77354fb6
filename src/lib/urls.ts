// Every internal address in one place, so a route can move without hunting for strings.
import type { Locale } from '../i18n/locales';

/** Folders whose files share one purpose: the header rules, the embed loader and the build match them. */
export const folders = {
  /** Pages made to be framed by other sites. */
  embed: '/embed/',
  oembed: '/oembed/',
  /** Downloads: the timelines' data and pictures. */
  data: '/data/',
  /** Pagefind's index and scripts (src/integrations/search-index.ts writes them there). */
  searchIndex: '/pagefind/',
} as const;

export const paths = {
  /** The page that lets a reader choose a language (x-default). */
  root: () => '/',
  home: (lang: Locale) => `/${lang}/`,
  article: (lang: Locale, slug: string) => `/${lang}/articles/${slug}/`,
  timeline: (lang: Locale, id: string) => `/${lang}/timeline/${id}/`,
  /** A long timeline's list for one year (lib/timeline/pages.ts). */
  timelineYear: (lang: Locale, id: string, year: string) => `/${lang}/timeline/${id}/${year}/`,
  glossary: (lang: Locale, term?: string) => `/${lang}/glossary/${term ? `#${term}` : ''}`,
  notFound: (lang: Locale) => `/${lang}/404.html`,
  search: (lang: Locale) => `/${lang}/search/`,
  /** Pagefind's script, loaded by the search page at run time. */
  searchScript: () => `${folders.searchIndex}pagefind.js`,
  sources: (lang: Locale, id?: string) => `/${lang}/sources/${id ? `#${id}` : ''}`,
  rss: (lang: Locale) => `/${lang}/rss.xml`,
  socialSite: (lang: Locale) => `/social/${lang}/site.png`,
  embedTimeline: (lang: Locale, id: string) => `${folders.embed}${lang}/timeline/${id}/`,
  /** The page where newsrooms choose an embed's options and get its code. */
  embedBuilder: (lang: Locale, id: string) => `/${lang}/timeline/${id}/embed/`,
  oembedTimeline: (lang: Locale, id: string) => `${folders.oembed}${lang}/timeline/${id}.json`,
  socialTimeline: (lang: Locale, id: string) => `/social/${lang}/timeline/${id}.png`,
  socialArticle: (lang: Locale, slug: string) => `/social/${lang}/articles/${slug}.png`,
  embedLoader: () => '/embed.js',
  /** Our copy of pym.js, one address per version (see src/lib/embed/pym-asset.ts). */
  pymScript: (version: string) => `/pym-${version}.min.js`,
  oembedArticle: (lang: Locale, slug: string) => `${folders.oembed}${lang}/articles/${slug}.json`,
  /** The timeline's data downloads: one file for both languages. */
  timelineData: (id: string, format: 'json' | 'csv') => `${folders.data}timelines/${id}.${format}`,
  /** The chart as a picture, in one language. */
  timelineImage: (id: string, lang: Locale, format: 'svg' | 'png') =>
    `${folders.data}timelines/${id}.${lang}.${format}`,
  /** The chart as a picture drawn for a 600 px newsletter (key and source line), in one language. */
  newsletterImage: (id: string, lang: Locale) => `${folders.data}timelines/${id}.${lang}.600.png`,
};

/** Article slugs, timeline ids and every other id that becomes part of an address: lowercase
 *  letters and digits in words joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest slug: an address readers can read and share, and a file name every system can store. */
export const SLUG_MAX = 80;

/** An absolute URL on this site, from a path. */
export function absolute(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'http://localhost:4321').href;
}
