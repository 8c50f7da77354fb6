// The social card (Open Graph / Twitter image, oEmbed thumbnail) as SVG markup: site name, title
// and description in the page's language and, for a timeline, its chart. 1200×630, light scheme.
// Rasterised to PNG at build time by ./render.ts with a bundled font, so cards look the same on
// every machine and no external service is involved.
import { escapeText } from '../escape';
import { light } from '../palette';
import { chartImageStyle } from '../timeline/image';
import type { TimelineGeometry } from '../timeline/layout';
import { renderTimelineSvg } from '../timeline/svg';
import { estimateTextWidth, wrapWords } from '../timeline/text';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** At most `max` lines; the last one ends with an ellipsis when text was left out. */
function fit(text: string, width: number, size: number, max: number): string[] {
  const lines = wrapWords(text, width, size);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last.includes(' ') && estimateTextWidth(`${last}…`, size) > width) last = last.slice(0, last.lastIndexOf(' '));
  kept[max - 1] = `${last}…`;
  return kept;
}

export interface CardText {
  siteName: string;
  kicker: string;
  title: string;
  description: string;
}

export function socialCardSvg(text: CardText, chart?: TimelineGeometry): string {
  const pad = 64;
  const width = CARD_WIDTH - 2 * pad;
  const titleSize = chart ? 44 : 60;
  const titleLines = fit(text.title, width, titleSize, chart ? 2 : 3);
  const titleTop = 150;
  const lineHeight = titleSize * 1.18;
  const descTop = titleTop + titleLines.length * lineHeight + 10;
  const descLines = chart ? [] : fit(text.description, width, 28, 3);
  const textLines = [
    ...titleLines.map(
      (line, i) =>
        `<text x="${pad}" y="${titleTop + i * lineHeight}" font-size="${titleSize}" font-weight="bold" fill="${light('text')}">${escapeText(line)}</text>`,
    ),
    ...descLines.map(
      (line, i) =>
        `<text x="${pad}" y="${descTop + i * 38}" font-size="28" fill="${light('muted')}">${escapeText(line)}</text>`,
    ),
  ].join('');
  // The chart fills the space under the title, scaled to fit both ways.
  const chartTop = descTop - 24;
  const scale = chart ? Math.min((CARD_WIDTH - pad) / chart.width, (CARD_HEIGHT - chartTop - 16) / chart.height) : 1;
  const chartMarkup = chart
    ? `<style>${chartImageStyle('.card-chart')}</style><g class="card-chart" transform="translate(${pad / 2},${chartTop}) scale(${scale.toFixed(4)})">${renderTimelineSvg(chart, { uid: 'card', title: text.title, description: text.description })}</g>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">` +
    `<rect width="100%" height="100%" fill="${light('bg')}"/>` +
    `<rect width="100%" height="12" fill="${light('accent')}"/>` +
    `<text x="${pad}" y="80" font-family="DejaVu Sans" font-size="26" font-weight="bold" fill="${light('accent')}">${escapeText(text.siteName)}</text>` +
    `<text x="${CARD_WIDTH - pad}" y="80" font-family="DejaVu Sans" font-size="24" fill="${light('muted')}" text-anchor="end">${escapeText(text.kicker)}</text>` +
    `<g font-family="DejaVu Sans">${textLines}</g>` +
    chartMarkup +
    `</svg>`
  );
}
