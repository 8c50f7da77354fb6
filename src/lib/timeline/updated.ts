// When a timeline last changed, for "Updated <date>" under embeds and on the chart's picture.
import type { Timeline } from '../content/schema';

/**
 * Its `updated` date, or its newest milestone's date when that is later or `updated` is missing
 * (a milestone cannot have been added before it happened). `YYYY-MM-DD` or, for a month, `YYYY-MM`.
 */
export function lastChanged(timeline: Pick<Timeline, 'updated' | 'milestones'>): string {
  const newest = timeline.milestones.map((m) => m.date).reduce((a, b) => (b > a ? b : a));
  return timeline.updated && timeline.updated >= newest ? timeline.updated : newest;
}
