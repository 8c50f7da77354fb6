import type { APIRoute } from 'astro';
import { locales, t } from '../../../../i18n';
import { getTimelines } from '../../../../lib/collections';
import { socialCardSvg } from '../../../../lib/social/card';
import { svgToPng } from '../../../../lib/social/render';
import { layoutTimeline } from '../../../../lib/timeline/layout';
import { chartMilestones, fullDomain } from '../../../../lib/timeline/model';

export async function getStaticPaths() {
  const timelines = await getTimelines();
  return locales.flatMap((lang) =>
    timelines.map((timeline) => ({ params: { lang, id: timeline.id }, props: { timeline, lang } })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { timeline, lang } = props as {
    timeline: Awaited<ReturnType<typeof getTimelines>>[number];
    lang: (typeof locales)[number];
  };
  const ui = t(lang);
  const milestones = chartMilestones(timeline, lang);
  const chart = layoutTimeline(milestones, {
    width: 1000,
    domain: fullDomain(milestones),
    lang,
    targetLabel: ui.timeline.target,
  });
  const svg = socialCardSvg(
    {
      siteName: ui.siteName,
      kicker: ui.nav.timeline,
      title: timeline.title[lang],
      description: timeline.summary[lang],
    },
    chart,
  );
  return new Response(new Uint8Array(svgToPng(svg)), { headers: { 'content-type': 'image/png' } });
};
