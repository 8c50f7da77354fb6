import type { APIRoute } from 'astro';
import { getSourceMap, getTimelines } from '../../../lib/collections';
import { exportTimeline } from '../../../lib/timeline/export';

export async function getStaticPaths() {
  return (await getTimelines()).map((timeline) => ({ params: { id: timeline.id }, props: { timeline } }));
}

export const GET: APIRoute = async ({ props }) => {
  const data = exportTimeline(props.timeline, await getSourceMap());
  return new Response(JSON.stringify(data, null, 2) + '\n', { headers: { 'content-type': 'application/json' } });
};
