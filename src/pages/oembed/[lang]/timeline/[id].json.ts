import type { APIRoute } from 'astro';
import { t } from '../../../../i18n';
import { getSourceMap, timelinePaths, type TimelinePageProps } from '../../../../lib/collections';
import { embedCode } from '../../../../lib/embed/code';
import { PHONE } from '../../../../lib/embed/height';
import { oembedDocument } from '../../../../lib/embed/snippets';
import { absolute } from '../../../../lib/urls';

export const getStaticPaths = timelinePaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { timeline, lang } = props as TimelinePageProps;
  const ui = t(lang);
  const document = oembedDocument({
    ...embedCode(timeline, await getSourceMap(), lang, site),
    providerName: ui.siteName,
    providerUrl: absolute('/', site),
    width: PHONE.frame,
  });
  return new Response(JSON.stringify(document, null, 2) + '\n', { headers: { 'content-type': 'application/json' } });
};
