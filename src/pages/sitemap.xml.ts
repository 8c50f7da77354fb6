import type { APIRoute } from 'astro';
import { locales, type Locale } from '../i18n';
import { lastUpdated, slugOf } from '../lib/articles';
import { getArticles, getTimelines } from '../lib/collections';
import { sitemapXml, type SitemapEntry } from '../lib/sitemap';
import { isPaged, yearPages } from '../lib/timeline/pages';
import { absolute, paths } from '../lib/urls';

/** Every indexable page (not 404s, search or embeds), each with its language versions. */
export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => absolute(path, site);
  /** One entry per language version of a page that exists in several. */
  const group = (
    versions: Partial<Record<Locale, string>>,
    lastmod?: Partial<Record<Locale, string>>,
  ): SitemapEntry[] => {
    const alternates = locales.filter((l) => versions[l]).map((l) => ({ hreflang: l, url: url(versions[l]!) }));
    return locales
      .filter((l) => versions[l])
      .map((l) => ({ url: url(versions[l]!), lastmod: lastmod?.[l], alternates }));
  };
  const each = (path: (lang: Locale) => string) => Object.fromEntries(locales.map((l) => [l, path(l)]));

  const articles = await getArticles();
  const byKey = new Map<string, typeof articles>();
  for (const a of articles) byKey.set(a.data.translationKey, [...(byKey.get(a.data.translationKey) ?? []), a]);
  const entries: SitemapEntry[] = [
    {
      url: url('/'),
      alternates: [
        ...locales.map((l) => ({ hreflang: l, url: url(paths.home(l)) })),
        { hreflang: 'x-default', url: url('/') },
      ],
    },
    ...group(each(paths.home)),
    ...[...byKey.values()].flatMap((versions) =>
      group(
        Object.fromEntries(versions.map((a) => [a.data.lang, paths.article(a.data.lang, slugOf(a))])),
        Object.fromEntries(versions.map((a) => [a.data.lang, lastUpdated(a.data) ?? a.data.published])),
      ),
    ),
    ...(await getTimelines()).flatMap((timeline) => [
      ...group(each((l) => paths.timeline(l, timeline.id))),
      ...group(each((l) => paths.embedBuilder(l, timeline.id))),
      ...(isPaged(timeline.milestones.length) ? yearPages(timeline.milestones) : []).flatMap(({ year }) =>
        group(each((l) => paths.timelineYear(l, timeline.id, year))),
      ),
    ]),
    ...group(each((l) => paths.glossary(l))),
    ...group(each((l) => paths.sources(l))),
  ];
  return new Response(sitemapXml(entries), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
