// The chart as a picture that stands on its own, for newsrooms (print, newsletters, slides), social
// cards and the embed's fallback: the same geometry and renderer as the page, with the light
// palette written into the file (no page stylesheet around it), a title and a credit line.
// Rasterised to PNG at build time by src/lib/social/render.ts with a bundled font.
import type { Locale } from '../../i18n/locales';
import { formatDate, t } from '../../i18n';
import type { Timeline } from '../content/schema';
import { escapeText } from '../escape';
import { light, type Token } from '../palette';
import { layoutTimeline, type TimelineGeometry } from './layout';
import { chartData, focusDomain, fullDomain } from './model';
import { REPORTER_STYLES, renderTimelineSvg } from './svg';
import { estimateTextWidth, wrapWords } from './text';
import { lastChanged } from './updated';

/** Width of the downloadable image, in pixels. */
export const IMAGE_WIDTH = 1600;

/**
 * The chart's colours for images, one rule per class the renderer uses (a unit test renders every
 * kind of mark and checks each class has a rule here and in timeline.css). Scoped to `.chart-image`
 * so a card's own text keeps its style.
 */
export function chartImageStyle(scope = '.chart-image'): string {
  const c = light;
  const rules: [string, string][] = [
    ['text', `font-family: "DejaVu Sans", sans-serif; font-size: 12px; fill: ${c('text')}`],
    ['.tl-grid line', `stroke: ${c('border')}`],
    ['.tl-grid text, .tl-axis text, .tl-overview text', `fill: ${c('muted')}`],
    ['.tl-axis line', `stroke: ${c('muted')}`],
    ['.tl-events-axis', `stroke: ${c('mark-event')}`],
    ['.tl-leaders line', `stroke: ${c('muted')}; stroke-width: 0.75; stroke-opacity: 0.6`],
    ['.tl-progress', `fill: none; stroke: ${c('reporter-0')}; stroke-width: 2.5`],
    ['.tl-projection', `fill: none; stroke: ${c('mark-projection')}; stroke-width: 2; stroke-dasharray: 6 4`],
    ['.tl-projection-end', `fill: ${c('bg')}; stroke: ${c('mark-projection')}; stroke-width: 2`],
    [
      '.tl-band',
      `fill: ${c('mark-deadline')}; fill-opacity: 0.12; stroke: ${c('mark-deadline')}; stroke-dasharray: 4 3`,
    ],
    [
      '.tl-disagree',
      `fill: ${c('mark-disagree')}; fill-opacity: 0.1; stroke: ${c('mark-disagree')}; stroke-dasharray: 2 2`,
    ],
    ['.tl-mark', `fill: ${c('mark-event')}`],
    ['.tl-kind-deadline', `fill: ${c('mark-deadline')}`],
    ...Array.from({ length: REPORTER_STYLES }, (_, i): [string, string] => [
      `.tl-reporter-${i}`,
      `fill: ${c(`reporter-${i}` as Token)}; stroke: ${c(`reporter-${i}` as Token)}`,
    ]),
    ['.tl-reporter-none', `fill: ${c('mark-event')}; stroke: ${c('mark-event')}`],
    ['.tl-mark, .tl-point', 'stroke-width: 2'],
    ['.is-estimate', `fill: ${c('bg')}`],
    ['.tl-ring', 'fill: none; stroke: none'],
    ['.tl-mark.is-highlight .tl-ring', `stroke: ${c('mark-projection')}; stroke-width: 2.5; stroke-dasharray: 3 2`],
    ['.tl-label.is-projection, .tl-label.is-target', `fill: ${c('mark-projection')}; font-style: italic`],
    ['.tl-label.is-disagreement', `fill: ${c('mark-disagree')}; font-style: italic`],
    ['.tl-label.is-report', `fill: ${c('muted')}`],
    ['.tl-label.is-highlight', 'font-weight: bold'],
    ['.tl-more rect', `fill: ${c('surface')}; stroke: ${c('border')}`],
    ['.tl-more text', `fill: ${c('text')}; font-size: 11px`],
    ['.tl-overview-strip', `fill: ${c('surface')}; stroke: ${c('border')}`],
    ['.tl-overview-event', `stroke: ${c('mark-event')}; stroke-width: 1.5`],
    ['.tl-overview-figure', `fill: ${c('reporter-0')}`],
    ['.tl-overview-shade', `fill: ${c('bg')}; fill-opacity: 0.55`],
    ['.tl-overview-window', `fill: none; stroke: ${c('text')}; stroke-width: 1.5`],
  ];
  return rules
    .map(
      ([selector, body]) =>
        `${selector
          .split(', ')
          .map((s) => `${scope} ${s}`)
          .join(', ')} { ${body}; }`,
    )
    .join('\n');
}

export interface ImageText {
  title: string;
  description: string;
  /** "permendag31.example · Updated 1 December 2026": who made it and where the data lives. */
  credit: string;
}

const pad = 24;
const titleSize = 22;

/** Where the title's lines and the chart go, and the picture's height. */
function imageFrame(g: TimelineGeometry, title: string) {
  const titleLines = wrapWords(title, g.width - 2 * pad, titleSize);
  const chartTop = pad + titleLines.length * titleSize * 1.25 + 12;
  return { titleLines, chartTop, height: Math.ceil(chartTop + g.height + 40) };
}

/** A standalone SVG: title, the chart, the credit line, on the light background. */
export function chartImageSvg(g: TimelineGeometry, text: ImageText): string {
  const { titleLines, chartTop, height } = imageFrame(g, text.title);
  const credit = text.credit.length > 0 && estimateTextWidth(text.credit, 13) < g.width ? text.credit : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${g.width}" height="${height}" viewBox="0 0 ${g.width} ${height}">` +
    `<style>${chartImageStyle()}</style>` +
    `<rect width="100%" height="100%" fill="${light('bg')}"/>` +
    titleLines
      .map(
        (l, i) =>
          `<text x="${pad}" y="${pad + (i + 0.85) * titleSize * 1.25}" font-family="DejaVu Sans, sans-serif" font-size="${titleSize}" font-weight="bold" fill="${light('text')}">${escapeText(l)}</text>`,
      )
      .join('') +
    `<g class="chart-image" transform="translate(0,${chartTop})">${renderTimelineSvg(g, { uid: 'image', title: text.title, description: text.description })}</g>` +
    `<text x="${pad}" y="${height - 16}" font-family="DejaVu Sans, sans-serif" font-size="13" fill="${light('muted')}">${escapeText(credit)}</text>` +
    `</svg>`
  );
}

/** The chart as the page first shows it (the progress weeks, with the overview), at any width. */
export function chartGeometry(timeline: Pick<Timeline, 'milestones' | 'reporters'>, lang: Locale, width: number) {
  const data = chartData(timeline, lang);
  const full = fullDomain(data.milestones);
  const ui = t(lang).timeline;
  return layoutTimeline(data, {
    width,
    domain: focusDomain(data.milestones, full),
    full,
    lang,
    targetLabel: ui.target,
    disagreeLabel: ui.disagree,
  });
}

/** The downloadable picture of a timeline in one language: 1600 px wide, with title and credit. */
export function timelineImageSvg(timeline: Timeline, lang: Locale, site: URL | string | undefined): string {
  const ui = t(lang);
  const host = site ? new URL(site).host : '';
  const credit = [ui.siteName, host, `${ui.timeline.updated} ${formatDate(lastChanged(timeline), lang)}`]
    .filter(Boolean)
    .join(' · ');
  return chartImageSvg(chartGeometry(timeline, lang, IMAGE_WIDTH), {
    title: timeline.title[lang],
    description: `${timeline.summary[lang]} ${ui.timeline.chartDescription}`,
    credit,
  });
}

/** The size of the timeline's picture in pixels, for `<img width height>` wherever it is shown. */
export function timelineImageSize(timeline: Timeline, lang: Locale): { width: number; height: number } {
  return {
    width: IMAGE_WIDTH,
    height: imageFrame(chartGeometry(timeline, lang, IMAGE_WIDTH), timeline.title[lang]).height,
  };
}
