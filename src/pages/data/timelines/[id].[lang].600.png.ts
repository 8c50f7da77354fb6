import type { APIRoute } from 'astro';
import { timelinePaths, type TimelinePageProps } from '../../../lib/collections';
import { svgToPng } from '../../../lib/social/render';
import { timelineImageSvg } from '../../../lib/timeline/image';
import { buildDay } from '../../../lib/timeline/updated';

export const getStaticPaths = timelinePaths;

// The picture for newsletters: drawn for 600 px (key and source line, text of 12 px and more),
// rasterised at 1,200 px so it stays sharp on high-density screens.
export const GET: APIRoute = async ({ props, site }) => {
  const { timeline, lang } = props as TimelinePageProps;
  const png = await svgToPng(timelineImageSvg(timeline, lang, site, buildDay(), 'newsletter'));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
