import type { APIRoute } from 'astro';
import { t } from '../../../../i18n';
import { timelinePaths, type TimelinePageProps } from '../../../../lib/collections';
import { oembedDocument } from '../../../../lib/embed/snippets';
import { absolute, paths } from '../../../../lib/urls';

export const getStaticPaths = timelinePaths;

export const GET: APIRoute = ({ props, site }) => {
  const { timeline, lang } = props as TimelinePageProps;
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
