import type { APIRoute } from 'astro';
import { locales, t, type Locale } from '../../../i18n';
import { socialCardSvg } from '../../../lib/social/card';
import { svgToPng } from '../../../lib/social/render';

export const getStaticPaths = () => locales.map((lang) => ({ params: { lang } }));

/** The card for pages without one of their own (home pages, glossary, search). */
export const GET: APIRoute = async ({ params }) => {
  const ui = t(params.lang as Locale);
  const svg = socialCardSvg({
    siteName: ui.siteName,
    kicker: ui.languageName,
    title: ui.home.title,
    description: ui.siteTagline,
  });
  return new Response(new Uint8Array(await svgToPng(svg)), { headers: { 'content-type': 'image/png' } });
};
