// Links in articles lead somewhere: an address on this site must be a page the build makes, in the
// article's own language, and a `#anchor` a place on that page (a heading, a milestone, a glossary
// entry, a source); an address elsewhere must be a web address (https:// or http://). Pure: the
// pages come from the content, their addresses from src/lib/urls.ts.
import { isLocale, locales, type Locale } from '../../i18n/locales';
import { checkMessages } from '../../i18n/messages';
import { milestonePath } from '../timeline/pages';
import { folders, paths } from '../urls';

/** A page of the site and the anchors on it (`undefined`: a file, which has none). */
export type Pages = ReadonlyMap<string, ReadonlySet<string> | undefined>;

export interface LinkedArticle {
  lang: Locale;
  slug: string;
  draft: boolean;
  /** Heading anchors, as the build writes them. */
  headings: readonly string[];
  /** Milestone ids of the timelines it shows inline. */
  milestones: readonly string[];
}

/** Ids every article page has besides its headings: contents, update history, source list. */
const ARTICLE_ANCHORS = ['toc', 'article-updates', 'main'];

/** Every page the build makes that an article may link to, with its anchors. */
export function sitePages(content: {
  articles: readonly LinkedArticle[];
  timelines: readonly { id: string; milestones: readonly { id: string; date: string }[] }[];
  glossary: readonly { id: string }[];
  sources: readonly { id: string }[];
}): Pages {
  const pages = new Map<string, ReadonlySet<string> | undefined>();
  for (const lang of locales) {
    pages.set(paths.home(lang), new Set(['main']));
    pages.set(paths.glossary(lang), new Set(['main', ...content.glossary.map((g) => g.id)]));
    pages.set(paths.sources(lang), new Set(['main', ...content.sources.map((s) => s.id)]));
    pages.set(paths.search(lang), new Set(['main']));
    pages.set(paths.rss(lang), undefined);
    for (const t of content.timelines) {
      // A long timeline's milestones are listed on its years' pages (../timeline/pages.ts).
      for (const m of t.milestones) {
        const [page] = milestonePath(lang, t.id, t.milestones.length, m).split('#') as [string];
        pages.set(page, new Set([...(pages.get(page) ?? ['main']), m.id]));
      }
      if (!pages.has(paths.timeline(lang, t.id))) pages.set(paths.timeline(lang, t.id), new Set(['main']));
      pages.set(paths.embedBuilder(lang, t.id), new Set(['main']));
      pages.set(paths.embedTimeline(lang, t.id), new Set(t.milestones.map((m) => m.id)));
      for (const format of ['svg', 'png'] as const) pages.set(paths.timelineImage(t.id, lang, format), undefined);
    }
  }
  for (const t of content.timelines)
    for (const format of ['json', 'csv'] as const) pages.set(paths.timelineData(t.id, format), undefined);
  for (const a of content.articles)
    if (!a.draft)
      pages.set(paths.article(a.lang, a.slug), new Set([...ARTICLE_ANCHORS, ...a.headings, ...a.milestones]));
  return pages;
}

const SITE = 'https://this.site.invalid';

/** The language a path of this site is in (`/id/…`, `/embed/id/…`), if any. */
function languageOf(path: string): Locale | undefined {
  const segments = path.split('/').filter(Boolean);
  const lang = segments[0] === folders.embed.replaceAll('/', '') ? segments[1] : segments[0];
  return isLocale(lang) ? lang : undefined;
}


/**
 * What is wrong with a link written in `article` (undefined when nothing is). `pages` are the
 * pages the build makes; a draft's own page is there for its own anchors only.
 */
export function linkProblem(url: string, article: LinkedArticle, pages: Pages): string | undefined {
  const here = paths.article(article.lang, article.slug);
  let target: URL;
  try {
    target = new URL(url, `${SITE}${here}`);
  } catch {
    return checkMessages().links.notAddress(url, article.lang);
  }
  if (target.origin !== SITE) {
    if (target.protocol === 'https:' || target.protocol === 'http:') return undefined;
    return checkMessages().links.notWeb(url);
  }
  const path = decodeURIComponent(target.pathname);
  const anchor = target.hash ? decodeURIComponent(target.hash.slice(1)) : undefined;
  const own = path === here;
  const anchors = own
    ? new Set([...ARTICLE_ANCHORS, ...article.headings, ...article.milestones])
    : pages.get(path) ?? pages.get(`${path}/`);
  if (!own && !pages.has(path) && !pages.has(`${path}/`))
    return checkMessages().links.noPage(url, article.lang);
  const lang = languageOf(path);
  if (lang && lang !== article.lang)
    return checkMessages().links.otherLanguage(
      url,
      checkMessages().links.languages[lang],
      checkMessages().links.languages[article.lang],
      article.lang,
    );
  if (anchor !== undefined && anchor !== '' && !anchors?.has(anchor))
    return checkMessages().links.noAnchor(url, own ? checkMessages().links.thisArticle : path, anchor);
  return undefined;
}
