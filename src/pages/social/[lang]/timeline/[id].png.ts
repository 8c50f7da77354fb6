import type { APIRoute } from 'astro';
import { t } from '../../../../i18n';
import { timelinePaths, type TimelinePageProps } from '../../../../lib/collections';
import { socialCardSvg } from '../../../../lib/social/card';
import { svgToPng } from '../../../../lib/social/render';
import { chartGeometry } from '../../../../lib/timeline/image';
import { buildDay } from '../../../../lib/timeline/updated';

export const getStaticPaths = timelinePaths;

export const GET: APIRoute = async ({ props }) => {
  const { timeline, lang } = props as TimelinePageProps;
  const ui = t(lang);
  const chart = chartGeometry(timeline, lang, 1000, buildDay()).geometry;
  const svg = socialCardSvg(
    {
      siteName: ui.siteName,
      kicker: ui.nav.timeline,
      title: timeline.title[lang],
      description: timeline.summary[lang],
    },
    chart,
  );
  return new Response(new Uint8Array(await svgToPng(svg)), { headers: { 'content-type': 'image/png' } });
};
