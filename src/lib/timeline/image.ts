// The chart as a picture that stands on its own, for newsrooms (print, newsletters, slides), social
// cards and the embed's fallback: the same geometry and renderer as the page, with the light
// palette written into the file (no page stylesheet around it), a title and a credit line.
// Rasterised to PNG at build time by src/lib/social/render.ts with a bundled font.
import type { Locale } from '../../i18n/locales';
import { formatDate, t } from '../../i18n';
import type { Timeline } from '../content/schema';
import { escapeText } from '../escape';
import { light, type Token } from '../palette';
import { chartKey, type Key, type KeyItem } from './key';
import { contents, layoutTimeline, type TimelineGeometry } from './layout';
import { openingChart, openingOptions } from './opening';
import { REPORTER_STYLES, renderTimelineSvg, reporterClass, reporterShape } from './svg';
import { BOLD, estimateTextWidth, wrapWords } from './text';
import { lastChanged } from './updated';

/** Width of the downloadable image, in pixels. */
export const IMAGE_WIDTH = 1600;
/** Newsletters are about 600 px wide: their picture is drawn for that width. */
export const NEWSLETTER_WIDTH = 600;

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
    ['.tl-more text', `fill: ${c('text')}; font-size: 12px`],
    ['.tl-label.is-annotation', `fill: ${c('text')}; font-style: italic`],
    ['.tl-later-edge', `fill: none; stroke: ${c('mark-event')}; stroke-width: 2`],
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
  /** "Source: Permendag 31/2023 explainer, news.example · Updated 1 December 2026". */
  credit: string;
}

/** The two pictures: the download (1,600 px, print and slides) and the newsletter's (600 px). */
export type ImageSize = 'download' | 'newsletter';
const FRAMES: Record<ImageSize, { width: number; pad: number; title: number; text: number; scale: number }> = {
  download: { width: IMAGE_WIDTH, pad: 24, title: 22, text: 13, scale: 1 },
  // Drawn for 600 px (text at 12 px and more where it is shown) and rasterised at twice that.
  newsletter: { width: NEWSLETTER_WIDTH, pad: 16, title: 20, text: 12, scale: 2 },
};

const SWATCH = 16;

/** The key's items laid out in rows: a sample, its text, and room before the next. */
function keyRows(key: Key, width: number, size: number) {
  const items = [...key.reporters, ...key.items];
  const placed: { item: KeyItem; x: number; row: number; lines: string[] }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const [v0, v1, vw, vh] = item.viewBox.split(' ').map(Number) as [number, number, number, number];
    void v0;
    void v1;
    const swatch = (vw / vh) * SWATCH;
    const lines = wrapWords(item.label, width - swatch - 6, size);
    const w = swatch + 6 + Math.max(...lines.map((l) => estimateTextWidth(l, size)));
    if (x > 0 && (x + w > width || lines.length > 1)) {
      x = 0;
      row += placed.at(-1)!.lines.length;
    }
    placed.push({ item, x, row, lines });
    x += w + 18;
    if (lines.length > 1) {
      x = 0;
      row += lines.length;
    }
  }
  const rows = placed.length ? Math.max(...placed.map((p) => p.row + p.lines.length)) : 0;
  return { placed, rows };
}

/** A standalone SVG: title, the chart, its key, the source line, on the light background. */
export function chartImageSvg(g: TimelineGeometry, text: ImageText, key?: Key, size: ImageSize = 'download'): string {
  const f = FRAMES[size];
  const lineHeight = Math.round(f.text * 1.45);
  const titleLines = wrapWords(text.title, g.width - 2 * f.pad, f.title * BOLD);
  const chartTop = f.pad + titleLines.length * f.title * 1.25 + 12;
  const rows = key ? keyRows(key, g.width - 2 * f.pad, f.text) : { placed: [], rows: 0 };
  const keyTop = chartTop + g.height + 12;
  const creditLines = wrapWords(text.credit, g.width - 2 * f.pad, f.text);
  const creditTop = keyTop + rows.rows * lineHeight + (rows.rows ? 14 : 0);
  const height = Math.ceil(creditTop + creditLines.length * lineHeight + f.pad);
  const keyMarkup = rows.placed
    .map(({ item, x, row, lines }) => {
      const [, , vw, vh] = item.viewBox.split(' ').map(Number) as [number, number, number, number];
      const w = (vw / vh) * SWATCH;
      const y = keyTop + row * lineHeight;
      return (
        `<svg x="${f.pad + x}" y="${y + (lineHeight - SWATCH) / 2}" width="${w}" height="${SWATCH}" viewBox="${item.viewBox}">${item.swatch}</svg>` +
        lines
          .map(
            (l, i) =>
              `<text x="${f.pad + x + w + 6}" y="${y + i * lineHeight + lineHeight * 0.72}" font-size="${f.text}">${escapeText(l)}</text>`,
          )
          .join('')
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${g.width * f.scale}" height="${height * f.scale}" viewBox="0 0 ${g.width} ${height}">` +
    `<style>${chartImageStyle()}</style>` +
    `<rect width="100%" height="100%" fill="${light('bg')}"/>` +
    titleLines
      .map(
        (l, i) =>
          `<text x="${f.pad}" y="${f.pad + (i + 0.85) * f.title * 1.25}" font-family="DejaVu Sans, sans-serif" font-size="${f.title}" font-weight="bold" fill="${light('text')}">${escapeText(l)}</text>`,
      )
      .join('') +
    `<g class="chart-image" transform="translate(0,${chartTop})">${renderTimelineSvg(g, { uid: 'image', title: text.title, description: text.description })}</g>` +
    (keyMarkup ? `<g class="chart-image">${keyMarkup}</g>` : '') +
    creditLines
      .map(
        (l, i) =>
          `<text x="${f.pad}" y="${creditTop + i * lineHeight + lineHeight * 0.72}" font-family="DejaVu Sans, sans-serif" font-size="${f.text}" fill="${light('muted')}">${escapeText(l)}</text>`,
      )
      .join('') +
    `</svg>`
  );
}

/** The chart as the page first shows it (its opening view, with the overview), at any width. */
export function chartGeometry(timeline: Timeline, lang: Locale, width: number, today: string) {
  const o = openingChart(timeline, lang, { today });
  return { chart: o.chart, geometry: layoutTimeline(o.chart, { ...openingOptions(o, lang), width }) };
}

/** The picture's key: what its chart draws. */
function imageKey(timeline: Timeline, lang: Locale, g: TimelineGeometry): Key {
  const names = new Map(timeline.reporters.map((r) => [r.id, r]));
  const reporters = g.drawn.reporters.map((i) => {
    const r = names.get(timeline.reporters[i]!.id)!;
    return { name: r.name[lang], shape: reporterShape(i), className: reporterClass(i), line: r.line };
  });
  return chartKey(g.drawn, reporters, lang);
}

/**
 * A timeline's picture in one language: the download (1,600 px wide) or the newsletter's (drawn
 * for 600 px, rasterised at 1,200), with title, key and source line.
 */
export function timelineImageSvg(
  timeline: Timeline,
  lang: Locale,
  site: URL | string | undefined,
  today: string,
  size: ImageSize = 'download',
): string {
  const ui = t(lang);
  const host = site ? new URL(site).host : '';
  const credit = `${ui.timeline.source}: ${[ui.siteName, host].filter(Boolean).join(', ')} · ${ui.timeline.updated} ${formatDate(lastChanged(timeline, today), lang)}`;
  const { chart, geometry: g } = chartGeometry(timeline, lang, FRAMES[size].width, today);
  return chartImageSvg(
    g,
    {
      title: timeline.title[lang],
      description: `${timeline.summary[lang]} ${ui.timeline.chartDescription(contents(chart))}`,
      credit,
    },
    imageKey(timeline, lang, g),
    size,
  );
}

/** The size of a timeline's picture in CSS pixels, for `<img width height>` wherever it is shown. */
export function timelineImageSize(
  timeline: Timeline,
  lang: Locale,
  today: string,
  size: ImageSize = 'download',
): { width: number; height: number; pixelRatio: number } {
  const svg = timelineImageSvg(timeline, lang, undefined, today, size);
  const [, w, h] = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg)!;
  return { width: Number(w), height: Number(h), pixelRatio: FRAMES[size].scale };
}
