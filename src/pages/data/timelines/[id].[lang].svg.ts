import type { APIRoute } from 'astro';
import { timelinePaths, type TimelinePageProps } from '../../../lib/collections';
import { timelineImageSvg } from '../../../lib/timeline/image';
import { buildDay } from '../../../lib/timeline/updated';

export const getStaticPaths = timelinePaths;

export const GET: APIRoute = ({ props, site }) => {
  const { timeline, lang } = props as TimelinePageProps;
  return new Response(timelineImageSvg(timeline, lang, site, buildDay()), {
    headers: { 'content-type': 'image/svg+xml' },
  });
};
