import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { locales, t, type Locale } from '../../i18n';
import { slugOf } from '../../lib/articles';
import { getArticles } from '../../lib/collections';
import { absolute, paths } from '../../lib/urls';

export const getStaticPaths = () => locales.map((lang) => ({ params: { lang } }));

/** RSS 2.0, one feed per language: every published article, newest first. */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Locale;
  const ui = t(lang);
  const articles = await getArticles(lang);
  return rss({
    title: ui.feed.title(ui.siteName),
    description: ui.siteTagline,
    site: absolute(paths.home(lang), site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${absolute(paths.rss(lang), site)}" rel="self" type="application/rss+xml"/>`,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: new Date(`${article.data.published}T00:00:00Z`),
      link: paths.article(lang, slugOf(article)),
      categories: article.data.tags,
    })),
  });
};
