import type { APIRoute } from 'astro';
import { locales, t, type Locale } from '../../../../i18n';
import { getTimelines } from '../../../../lib/collections';
import { oembedDocument } from '../../../../lib/embed/snippets';
import { absolute, paths } from '../../../../lib/urls';

export async function getStaticPaths() {
  const timelines = await getTimelines();
  return locales.flatMap((lang) =>
    timelines.map((timeline) => ({ params: { lang, id: timeline.id }, props: { timeline, lang } })),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const { timeline, lang } = props as { timeline: Awaited<ReturnType<typeof getTimelines>>[number]; lang: Locale };
  const ui = t(lang);
  const document = oembedDocument({
    url: absolute(paths.embedTimeline(lang, timeline.id), site),
    fullUrl: absolute(paths.timeline(lang, timeline.id), site),
    loaderUrl: absolute(paths.embedLoader(), site),
    title: ui.embed.iframeTitle(timeline.title[lang]),
    providerName: ui.siteName,
    providerUrl: absolute('/', site),
    thumbnailUrl: absolute(paths.socialTimeline(lang, timeline.id), site),
  });
  return new Response(JSON.stringify(document, null, 2) + '\n', { headers: { 'content-type': 'application/json' } });
};
