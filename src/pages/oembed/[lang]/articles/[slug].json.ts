// oEmbed for articles: a "link" response (https://oembed.com/#section2.3.1), as an article has no
// embeddable form: its title, author, the site, and its social card as the picture.
import type { APIRoute } from 'astro';
import { t } from '../../../../i18n';
import { slugOf } from '../../../../lib/articles';
import { getArticles, type Article } from '../../../../lib/collections';
import { absolute, paths } from '../../../../lib/urls';

export async function getStaticPaths() {
  return (await getArticles()).map((article) => ({
    params: { lang: article.data.lang, slug: slugOf(article) },
    props: { article },
  }));
}

export const GET: APIRoute = ({ props, site }) => {
  const { article } = props as { article: Article };
  const { data } = article;
  const ui = t(data.lang);
  const document = {
    type: 'link',
    version: '1.0',
    title: data.title,
    author_name: data.authors.join(', '),
    provider_name: ui.siteName,
    provider_url: absolute('/', site),
    cache_age: 86_400,
    thumbnail_url: absolute(paths.socialArticle(data.lang, slugOf(article)), site),
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
  return new Response(JSON.stringify(document, null, 2) + '\n', { headers: { 'content-type': 'application/json' } });
};
