// How tall a compact timeline is on a 375 px phone, computed at build time: the embed (for the code
// we give out: the plain iframe's height, the fallback height of the loader's iframe, AMP's and
// oEmbed's) and an article's inline timeline, and how many events each shows. No browser
// runs during the build, so the height is computed from the same pieces the page is made of: the
// chart's own layout at the embed's width, in the box the page reserves for it (exact, the
// function and options the browser runs), and text wrapped with the chart's width estimate,
// calibrated on DejaVu Sans, wider than phones' system fonts, so the estimate errs tall. The block
// sizes below are the embed's CSS (EmbedLayout.astro, timeline.css) at that width, the named ones
// read from ./metrics.ts, which the stylesheets are held to;
// tests/e2e/chart.spec.ts measures the real page in Chromium and holds this estimate between the
// real height and a tenth above it, so a CSS change that moves them fails there, not on a
// newsroom's page.
import { formatDate, t, type Locale } from '../../i18n';
import { variantFor } from '../timeline/box';
import { layoutTimeline, verticalBelow } from '../timeline/layout';
import { BOLD, estimateTextWidth, wrapWords } from '../timeline/text';
import type { ListItem, TimelineView } from '../timeline/view';
import { sizes as css } from './metrics';
import { COMPACT_ITEMS, type EmbedList } from './options';

/** The compact surfaces' heights on a phone are at most these (the compact list adapts to them). */
export const PHONE_BUDGET = { embed: 700, inline: 1000 } as const;

/** A compact surface: an embed, or a timeline inside an article. */
export type Surface = keyof typeof PHONE_BUDGET;

/**
 * The phone the code's heights are for: a 375 px screen, the frame in an article with 16 px
 * margins (the narrower the frame, the taller the embed).
 */
export const PHONE = { screen: 375, frame: 343 } as const;

/** The embed's padding (.embed-main) and where its content starts and ends. */
const PAD = { side: css['space-3'], top: css['space-2'], bottom: css['space-2'] };
/** An article's column on a 375 px phone: the page's margins. */
const ARTICLE_MARGIN = 16;
/** List items are indented for the list's line and dots (.tl-item). */
const ITEM_INDENT = css['tl-item-indent'];
const BUTTON_ROW = css.target;
/** Small text (dates, sources, reports, the credit) and its line. */
const SMALL = css['step--1'];
const SMALL_LINE = SMALL * css.leading;
/** The list's text: the embed's (an article's list is taken as the same). */
const TEXT = css['embed-text'];
const TEXT_LINE = TEXT * css.leading;
/** Room for what the estimate cannot see (rounding, one more wrapped line): never a scroll bar. */
const SAFETY = 16;

/**
 * The chart's width estimate errs wide on purpose (labels must never touch); text in the page
 * wraps at about a sixteenth more than it says (bold at a tenth less), and wrapping too early would only make the embed
 * taller than its content.
 */
const PAGE_TEXT = 0.94;
const lines = (text: string, width: number, size: number, bold = false) =>
  Math.max(1, wrapWords(text, width, size * PAGE_TEXT * (bold ? BOLD : 1)).length);

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

function itemHeight(item: ListItem, width: number, lang: Locale, full: boolean): number {
  const ui = t(lang).timeline;
  const text = width - ITEM_INDENT;
  // The date (bold), the kind and the badge of a highlighted event wrap as a flex row.
  const meta = [estimateTextWidth(item.dateText, SMALL * BOLD), estimateTextWidth(item.kindLabel, SMALL)];
  if (item.highlighted) meta.push(estimateTextWidth(ui.highlighted, SMALL * BOLD));
  let h = css['space-2'] + flexRows(meta, text, css['space-3']) * SMALL_LINE; // padding, the date line
  const title = css['tl-item-title'];
  h += css['space-1'] + lines(item.title, text, title, true) * title * css['leading-tight'] + css['space-1'];
  if (item.progressText) h += lines(item.progressText, text, TEXT, true) * TEXT_LINE + TEXT;
  if (full) h += lines(item.summary, text, TEXT) * TEXT_LINE + TEXT;
  if (item.projectionText) h += lines(item.projectionText, text, TEXT) * TEXT_LINE + TEXT;
  // The note's box: its padding and its 3 px border inside, a paragraph's margin around it.
  const note = css['tl-note'];
  if (item.note)
    h += TEXT + lines(`${ui.note}: ${item.note}`, text - 2 * css['space-3'] - 3, note) * note * css.leading + TEXT;
  if (item.reports.length > 0)
    h +=
      23 * (1 + item.reports.reduce((n, r) => n + lines(`${r.text} · ${r.citation.publisher}`, text - 16, SMALL), 0));
  // On a page, each source is a citation of its own: publisher, title and date, and its words folded.
  if (full)
    return (
      h +
      8 +
      27 +
      item.citations.reduce(
        (sum, c) => sum + lines(`${c.publisher} ${c.title}`, text - 16, SMALL) * SMALL_LINE + 60,
        0,
      ) +
      8
    );
  // Each source is its publisher's name, with the date when the same publisher is named twice.
  const publishers = item.citations.map((c) => c.publisher);
  const sources = item.citations
    .map((c) =>
      publishers.filter((p) => p === c.publisher).length > 1 ? `${c.publisher} (${c.dateText})` : c.publisher,
    )
    .join(', ');
  return h + lines(`${ui.sources}: ${sources}`, text, SMALL) * SMALL_LINE + css['space-2'];
}

/**
 * How many events a compact list shows: the most, up to COMPACT_ITEMS, that keep the surface within
 * its PHONE_BUDGET on a phone; none when even one would not fit ("Show all N events" stays). A
 * timeline with a tall chart or long first events shows fewer, so the default fits whatever
 * editors write.
 */
export function compactCount(view: TimelineView, lang: Locale, surface: Surface): number {
  let n = Math.min(COMPACT_ITEMS, view.items.length);
  const width = surface === 'embed' ? PHONE.frame : PHONE.screen - 2 * ARTICLE_MARGIN;
  while (n > 0 && measure(view, lang, n, width, surface) > PHONE_BUDGET[surface]) n--;
  return n;
}

/**
 * The embed's height in CSS pixels in a frame `width` wide with this list option: for phones, as
 * the embed's layout below 560 px (a vertical chart) is what it models.
 */
export function embedHeight(view: TimelineView, lang: Locale, list: EmbedList, width: number = PHONE.frame): number {
  if (width >= verticalBelow) throw new Error(`embedHeight models phones (< ${verticalBelow} px), not ${width} px`);
  const shown = list === 'none' ? 0 : list === 'full' ? view.items.length : compactCount(view, lang, 'embed');
  return measure(view, lang, shown, width, 'embed', list === 'none');
}

/** A desktop article's column: the embed's code is for it too. */
export const COLUMN = 640;

/**
 * The height in the code: the embed's on a phone, or in a desktop column when that is taller. One
 * fixed height (a plain iframe's) then fits both; where it is more than the content, the embed
 * fills it (its chart takes the room, see EmbedLayout.astro).
 */
export function codeHeight(view: TimelineView, lang: Locale, list: EmbedList): number {
  const shown = list === 'none' ? 0 : list === 'full' ? view.items.length : compactCount(view, lang, 'embed');
  return Math.max(embedHeight(view, lang, list), measure(view, lang, shown, COLUMN, 'embed', list === 'none'));
}

/** An article's timeline on a 375 px phone, with the events its compact list shows. */
export function inlineHeight(view: TimelineView, lang: Locale, shown: number): number {
  return measure(view, lang, shown, PHONE.screen - 2 * ARTICLE_MARGIN, 'inline');
}

/** The height with the first `shown` events, and "Show all" when there are more. */
function measure(
  view: TimelineView,
  lang: Locale,
  shown: number,
  width: number,
  surface: Surface,
  noList = false,
): number {
  const ui = t(lang);
  const embed = surface === 'embed';
  const inner = embed ? width - 2 * PAD.side : width;
  const { client } = view;
  // The title: the embed's heading, or the timeline's own title in an article.
  // (.embed-title: bold, smaller on phones, a tight line and a small space under it.)
  const titleSize = width < verticalBelow ? css['embed-title-phone'] : css['embed-title'];
  let h = embed
    ? PAD.top + lines(view.title, inner, titleSize, true) * titleSize * css['leading-tight'] + css['space-1']
    : lines(view.title, inner, css['tl-title'], true) * css['tl-title'] * css.leading + css['space-2'];
  // Controls: one row (pan, zoom, the menu), 44 px, and the room under it.
  h += BUTTON_ROW + 8;
  const chart = layoutTimeline(client.chart, {
    width: inner,
    domain: client.focus,
    full: client.full,
    lang,
    compact: client.compact,
    verticalBelow: client.verticalBelow,
    ...client.labels,
    // The live chart fills the box reserved for it before the script ran (src/lib/timeline/box.ts):
    // on phones the box of the narrowest phone, taller than the chart's own layout at this width.
    minHeight: client.boxes[variantFor(inner)],
  });
  h += chart.height;
  // The status line, then the key folded behind its summary.
  h += css['space-1'] + lines(view.status.text, inner, css['tl-status']) * css['tl-status'] * css.leading;
  h += embed ? 2 + BUTTON_ROW + 2 : 8 + BUTTON_ROW + 8;
  const items = noList ? [] : view.items.slice(0, shown);
  // The list's margin (an embed's list is there even with no event shown), its events, then
  // "Show all" in a paragraph whose 16 px margin below takes in the credit's 8 px.
  if (items.length > 0 || (embed && !noList))
    h +=
      (embed ? css['space-3'] : css['space-4']) +
      items.reduce((sum, item) => sum + itemHeight(item, inner, lang, !embed), 0);
  if (!noList && view.items.length > shown) h += BUTTON_ROW + (embed ? 8 : 16);
  if (!embed) return Math.ceil(h + SAFETY);
  // The credit: the link in bold, then "· Updated <date>" on its last line if it fits.
  const link = wrapWords(`${ui.embed.fullStory(ui.siteName)} →`, inner, SMALL * BOLD);
  const updated = `· ${ui.timeline.updated} ${formatDate(view.updated, lang)}`;
  const fits = estimateTextWidth(`${link.at(-1)} ${updated}`, SMALL) <= inner;
  h += css['space-2'] + (link.length + (fits ? 0 : 1)) * SMALL_LINE + PAD.bottom;
  return Math.ceil(h + SAFETY);
}
