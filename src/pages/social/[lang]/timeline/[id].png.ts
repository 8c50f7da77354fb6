import type { APIRoute } from 'astro';
import { t } from '../../../../i18n';
import { timelinePaths, type TimelinePageProps } from '../../../../lib/collections';
import { socialCardSvg } from '../../../../lib/social/card';
import { svgToPng } from '../../../../lib/social/render';
import { layoutTimeline } from '../../../../lib/timeline/layout';
import { chartMilestones, fullDomain } from '../../../../lib/timeline/model';

export const getStaticPaths = timelinePaths;

export const GET: APIRoute = async ({ props }) => {
  const { timeline, lang } = props as TimelinePageProps;
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
  return new Response(new Uint8Array(await svgToPng(svg)), { headers: { 'content-type': 'image/png' } });
};
