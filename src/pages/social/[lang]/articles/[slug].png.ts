import type { APIRoute } from 'astro';
import { t } from '../../../../i18n';
import { slugOf } from '../../../../lib/articles';
import { getArticles, type Article } from '../../../../lib/collections';
import { socialCardSvg } from '../../../../lib/social/card';
import { svgToPng } from '../../../../lib/social/render';

export async function getStaticPaths() {
  return (await getArticles()).map((article) => ({
    params: { lang: article.data.lang, slug: slugOf(article) },
    props: { article },
  }));
}

export const GET: APIRoute = async ({ props }) => {
  const { data } = (props as { article: Article }).article;
  const ui = t(data.lang);
  const svg = socialCardSvg({
    siteName: ui.siteName,
    kicker: ui.home.articlesHeading,
    title: data.title,
    description: data.description,
  });
  return new Response(new Uint8Array(await svgToPng(svg)), { headers: { 'content-type': 'image/png' } });
};
