import type { APIRoute } from 'astro';
import { getSourceMap, getTimelines } from '../../../lib/collections';
import { exportTimeline, timelineCsv } from '../../../lib/timeline/export';

export async function getStaticPaths() {
  return (await getTimelines()).map((timeline) => ({ params: { id: timeline.id }, props: { timeline } }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(timelineCsv(exportTimeline(props.timeline, await getSourceMap())), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
