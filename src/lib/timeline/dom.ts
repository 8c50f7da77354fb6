// The contract between the timeline's markup (src/components/timeline/*.astro, written at build
// time) and its browser code (src/scripts/timeline/, src/scripts/embed/): every data attribute and
// class one side writes and the other reads, named once.
export const dom = {
  /** The section of one timeline; its value is the timeline's uid. */
  root: 'data-timeline',
  /** The chart: one keyboard stop, the pointer's surface. */
  chart: 'data-chart',
  /** JSON the script starts from (ClientData), inside a <script type="application/json">. */
  data: 'data-timeline-data',
  card: 'data-card',
  /** The polite live region that announces what the keyboard reached. */
  live: 'data-live',
  /** "Showing {shown} of {total} events · {span}": its template. */
  count: 'data-count',
  /** Buttons: data-zoom="in|out|all|focus", data-pan="-1|1". */
  zoom: 'data-zoom',
  pan: 'data-pan',
  /** In embeds: list items folded away until "Show all", and the paragraph holding that control
   *  (its value: how many events stay unfolded). */
  folded: 'data-folded',
  more: 'data-more',
  /** In the SVG: a milestone's mark carries data-id; labels, leaders, points and bands data-for. */
  markId: 'data-id',
  for: 'data-for',
} as const;

/** Element ids of a timeline's section (its uid) and of its milestone list, by the timeline's id. */
export const timelineIds = (id: string) => ({ uid: `tl-${id}`, list: `tl-${id}-list` });

export const selector = (attribute: string, value?: string) =>
  value === undefined ? `[${attribute}]` : `[${attribute}="${value.replace(/["\\]/g, '\\$&')}"]`;

/** Classes the script toggles and the stylesheet styles. */
export const classes = {
  item: 'tl-item',
  itemTitle: 'tl-item-title',
  mark: 'tl-mark',
  label: 'tl-label',
  active: 'is-active',
  selected: 'is-selected',
  highlight: 'is-highlight',
  live: 'tl-live',
  static: 'tl-static',
} as const;

/**
 * What the embed's own script finds in the timeline's markup, as plain strings: importing `dom`
 * or `classes` there would keep both objects whole in the script the timeline page shares with it.
 */
export const embedHooks = {
  root: selector(dom.root),
  item: `.${classes.item}`,
  folded: dom.folded,
  more: dom.more,
} as const;
