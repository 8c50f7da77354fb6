// How tall an embed is on a 375 px phone, computed at build time for the code we give out: the
// plain iframe's height, the fallback height of the loader's iframe, AMP's and oEmbed's. No browser
// runs during the build, so the height is computed from the same pieces the page is made of: the
// chart's own layout at the embed's width, in the box the page reserves for it (exact, the
// function and options the browser runs), and text wrapped with the chart's width estimate,
// calibrated on DejaVu Sans, wider than phones' system fonts, so the estimate errs tall. The block
// sizes below are the embed's CSS (EmbedLayout.astro, timeline.css) at that width;
// tests/e2e/embed.spec.ts measures the real page in Chromium and holds this estimate between the
// real height and a tenth above it, so a CSS change that moves them fails there, not on a
// newsroom's page.
import { formatDate, t, type Locale } from '../../i18n';
import { variantFor } from '../timeline/box';
import { layoutTimeline, verticalBelow } from '../timeline/layout';
import { estimateTextWidth, wrapWords } from '../timeline/text';
import type { ListItem, TimelineView } from '../timeline/view';
import { COMPACT_ITEMS, type EmbedList } from './options';

/** The default embed's height on a phone is at most this (the compact list adapts to it). */
export const PHONE_BUDGET = 1500;

/**
 * The phone the code's heights are for: a 375 px screen, the frame in an article with 16 px
 * margins (the narrower the frame, the taller the embed).
 */
export const PHONE = { screen: 375, frame: 343 } as const;

/** Text wraps a little earlier in bold: DejaVu Sans Bold is about a tenth wider. */
const BOLD = 1.1;
/** The embed's padding (.embed-main) and where its content starts and ends. */
const PAD = { side: 16, top: 8, bottom: 16 };
/** List items are indented for the list's line and dots (.tl-item). */
const ITEM_INDENT = 34;
const BUTTON_ROW = 44;
/** Room for what the estimate cannot see (rounding, one more wrapped line): never a scroll bar. */
const SAFETY = 24;

const lines = (text: string, width: number, size: number, bold = false) =>
  Math.max(1, wrapWords(text, width, bold ? size * BOLD : size).length);

/** How many rows boxes this wide take in a wrapping flex row `width` wide with this gap. */
function flexRows(boxes: number[], width: number, gap: number): number {
  let rows = 0;
  let used = 0;
  for (const box of boxes.map((w) => Math.min(w, width))) {
    if (rows > 0 && used + gap + box <= width) used += gap + box;
    else [rows, used] = [rows + 1, box];
  }
  return Math.max(1, rows);
}

function itemHeight(item: ListItem, width: number, lang: Locale): number {
  const ui = t(lang).timeline;
  const text = width - ITEM_INDENT;
  // The date (bold), the kind and the badge of a highlighted event wrap as a flex row.
  const meta = [estimateTextWidth(item.dateText, 14.4 * BOLD), estimateTextWidth(item.kindLabel, 14.4)];
  if (item.highlighted) meta.push(estimateTextWidth(ui.highlighted, 14.4 * BOLD));
  let h = 8 + flexRows(meta, text, 16) * 23.04; // padding, the date line
  h += 4 + lines(item.title, text, 16.8, true) * 21 + 4;
  if (item.progressText) h += lines(item.progressText, text, 16, true) * 25.6 + 16;
  if (item.projectionText) h += lines(item.projectionText, text, 16) * 25.6 + 16;
  if (item.note) h += 16 + lines(`${ui.note}: ${item.note}`, text - 35, 15.2) * 24.32 + 16;
  if (item.reports.length > 0)
    h += 23 * (1 + item.reports.reduce((n, r) => n + lines(`${r.text} · ${r.citation.publisher}`, text - 16, 14.4), 0));
  // Each source is its publisher's name, with the date when the same publisher is named twice.
  const publishers = item.citations.map((c) => c.publisher);
  const sources = item.citations
    .map((c) =>
      publishers.filter((p) => p === c.publisher).length > 1 ? `${c.publisher} (${c.dateText})` : c.publisher,
    )
    .join(', ');
  return h + lines(`${ui.sources}: ${sources}`, text, 14.4) * 23.04 + 8;
}

/**
 * How many events the compact list shows: the most, up to COMPACT_ITEMS, that keep the embed within
 * PHONE_BUDGET on a phone (at least one). A timeline with a tall chart or long first events shows
 * fewer, so the default embed fits whatever editors write.
 */
export function compactCount(view: TimelineView, lang: Locale): number {
  let n = Math.min(COMPACT_ITEMS, view.items.length);
  while (n > 1 && measure(view, lang, n, PHONE.frame) > PHONE_BUDGET) n--;
  return n;
}

/**
 * The embed's height in CSS pixels in a frame `width` wide with this list option: for phones, as
 * the embed's layout below 560 px (a vertical chart, the count of events hidden) is what it models.
 */
export function embedHeight(view: TimelineView, lang: Locale, list: EmbedList, width: number = PHONE.frame): number {
  if (width >= verticalBelow) throw new Error(`embedHeight models phones (< ${verticalBelow} px), not ${width} px`);
  const shown = list === 'none' ? 0 : list === 'full' ? view.items.length : compactCount(view, lang);
  return measure(view, lang, shown, width);
}

/** The height with the first `shown` events, and "Show all" when there are more. */
function measure(view: TimelineView, lang: Locale, shown: number, width: number): number {
  const ui = t(lang);
  const inner = width - 2 * PAD.side;
  const { client } = view;
  let h = PAD.top + lines(view.title, inner, 20, true) * 25 + 8;
  // Controls: the zoom buttons, wrapped into rows, and the filter beside them or on a row of its
  // own (on phones the count of events shown is for screen readers only).
  const tl = ui.timeline;
  const button = (label: string) => Math.max(36, estimateTextWidth(label, 15.2) + 14);
  const rows: number[] = [];
  for (const w of ['‹', '›', '+', '−', tl.zoomFocus, tl.zoomReset].map(button)) {
    if (rows.length && rows[rows.length - 1]! + 4 + w <= inner) rows[rows.length - 1]! += 4 + w;
    else rows.push(w);
  }
  const filterBeside = rows.at(-1)! + 16 + estimateTextWidth(tl.filter, 15.2) + 34 <= inner;
  h += rows.length * BUTTON_ROW + (rows.length - 1) * 4 + (filterBeside ? 0 : 8 + BUTTON_ROW) + 8;
  const chart = layoutTimeline(client.chart, {
    width: inner,
    domain: client.focus,
    full: client.full,
    lang,
    ...client.labels,
    // The live chart fills the box reserved for it before the script ran (src/lib/timeline/box.ts):
    // on phones the box of the narrowest phone, taller than the chart's own layout at this width.
    minHeight: client.boxes[variantFor(inner)],
  });
  h += chart.height + BUTTON_ROW + 16; // the chart, then the key's summary
  const items = view.items.slice(0, shown);
  if (items.length > 0) h += 16 + items.reduce((sum, item) => sum + itemHeight(item, inner, lang), 0);
  if (shown > 0 && view.items.length > shown) h += BUTTON_ROW;
  // The credit: the link in bold, then "· Updated <date>" on its last line if it fits.
  const link = wrapWords(`${ui.embed.fullStory(ui.siteName)} →`, inner, 14.4 * BOLD);
  const updated = `· ${ui.timeline.updated} ${formatDate(view.updated, lang)}`;
  const fits = estimateTextWidth(`${link.at(-1)} ${updated}`, 14.4) <= inner;
  h += 16 + (link.length + (fits ? 0 : 1)) * 23.04 + PAD.bottom;
  return Math.ceil(h + SAFETY);
}
