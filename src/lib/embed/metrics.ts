// The sizes a compact timeline's height estimate (./height.ts) counts, in CSS px at the browser's
// 16 px root: each is a custom property the page's stylesheets declare (src/styles/global.css,
// src/components/timeline/timeline.css, src/layouts/EmbedLayout.astro) and the rules it models use by
// name. tests/unit/embed/metrics.test.ts reads the stylesheets and holds them to this module, as
// tests/unit/palette.test.ts does the colours, so the estimate cannot drift from the CSS unseen.

/** A custom property's name (without `--`) and its value in px (line heights: a factor). */
export const sizes = {
  // The site's scale (global.css).
  'space-1': 4,
  'space-2': 8,
  'space-3': 16,
  'space-4': 24,
  /** The smallest control, and so the controls' row, "Show all" and the key's summary. */
  target: 44,
  /** Notes and meta: the list's dates, its sources and reports, the credit. */
  'step--1': 14.4,
  leading: 1.6,
  'leading-tight': 1.25,
  // The timeline (timeline.css).
  /** An inline timeline's own title. */
  'tl-title': 18.4,
  /** The status line under the chart. */
  'tl-status': 14,
  /** A list item's text starts after the list's line and dots. */
  'tl-item-indent': 34,
  /** An event's title in a compact list. */
  'tl-item-title': 16.8,
  'tl-note': 15.2,
  // The embed's page (EmbedLayout.astro).
  'embed-text': 16,
  'embed-title': 20,
  /** The embed's title below 560 px, so the chart starts higher. */
  'embed-title-phone': 16,
} as const;

export type Size = keyof typeof sizes;
