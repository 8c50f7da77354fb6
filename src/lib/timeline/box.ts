// The chart's box: one height per range of container widths, the same for the drawing readers
// without JavaScript see (one of three, picked by timeline.css's container queries) and for the
// chart the script draws in its place at the real width, so nothing on the page moves when it
// does. Each height is the tallest any layout in its range can be: the live chart is stretched to
// fill it (layoutTimeline's minHeight), never taller.
import { horizontalHeightBound, layoutTimeline, verticalBelow, type LayoutOptions } from './layout';
import type { ChartData } from './model';

/** The width each drawing for readers without JavaScript is made at. */
export const staticWidths = { narrow: 360, medium: 720, wide: 1100 } as const;
export type ChartVariant = keyof typeof staticWidths;

/** Container widths from which each drawing is shown (timeline.css's container queries). */
export const variantFrom: Record<ChartVariant, number> = { narrow: 0, medium: verticalBelow, wide: 900 };

/**
 * The narrowest chart the narrow box is sized for: a 320 px phone less the page's margins. A
 * narrower chart (an embed in a very small frame) may be taller than its box.
 */
export const narrowestChart = 288;

export function variantFor(width: number): ChartVariant {
  return width >= variantFrom.wide ? 'wide' : width >= variantFrom.medium ? 'medium' : 'narrow';
}

/**
 * Where the chart turns vertical: at `verticalBelow` (560 px), or, for a timeline whose opening
 * view crowds a horizontal chart that narrow (an event's label left out for lack of room), up to
 * the wide drawing's width (900 px), where its events all find a lane, unless the vertical chart
 * would then be a scroll of its own. Labels stay next to their marks at every width.
 */
export function verticalUntil(data: ChartData, options: Omit<LayoutOptions, 'width' | 'minHeight' | 'verticalBelow'>) {
  const g = layoutTimeline(data, { ...options, width: variantFrom.medium, verticalBelow });
  const events = new Set(g.marks.filter((m) => m.band === 'events').map((m) => m.id));
  const crowded = g.more.some((m) => m.ids.some((id) => events.has(id)));
  if (!crowded) return verticalBelow;
  // Not where the vertical chart would be a scroll of its own (hundreds of milestones in view).
  const vertical = layoutTimeline(data, { ...options, width: variantFrom.medium, verticalBelow: variantFrom.wide });
  return vertical.height <= Math.max(900, 2 * g.height) ? variantFrom.wide : verticalBelow;
}

/** The height of the chart's box at each variant's widths, for the layout options the chart starts with. */
export function chartBoxes(
  data: ChartData,
  options: Omit<LayoutOptions, 'width' | 'minHeight'>,
): Record<ChartVariant, number> {
  // The vertical chart grows as it narrows (labels wrap onto more lines): its narrowest is its tallest.
  const narrow = layoutTimeline(data, { ...options, width: narrowestChart }).height;
  const horizontal = horizontalHeightBound(data, options);
  const medium =
    (options.verticalBelow ?? verticalBelow) > variantFrom.medium
      ? layoutTimeline(data, { ...options, width: variantFrom.medium }).height
      : horizontal;
  return { narrow, medium, wide: horizontal };
}
