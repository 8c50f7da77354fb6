// What the chart needs to know about each milestone, in one language, with dates as numbers.
// Built once from validated content at build time and shipped to the browser as JSON.
import type { Locale } from '../../i18n/locales';
import { endOf, midpointOf, startOf } from '../content/dates';
import type { MilestoneKind, Timeline } from '../content/schema';
import { rangeSpan, type MonthRange } from './range';

export interface ChartMilestone {
  id: string;
  kind: MilestoneKind;
  /** Where the milestone sits on the time axis (middle of its day or month), UTC ms. */
  time: number;
  /** The day or month it covers, [start, end) in UTC ms: deadlines are drawn as this band. */
  span: [number, number];
  label: string;
  progress?: { value: number; estimate: boolean };
  projection?: { time: number; value: number; label: string };
}

export function chartMilestones(timeline: Pick<Timeline, 'milestones'>, lang: Locale): ChartMilestone[] {
  return timeline.milestones
    .map((m) => ({
      id: m.id,
      kind: m.kind,
      time: midpointOf(m.date),
      span: [startOf(m.date), endOf(m.date)] as [number, number],
      label: m.label[lang],
      ...(m.progress ? { progress: { ...m.progress } } : {}),
      ...(m.projection
        ? {
            projection: {
              time: midpointOf(m.projection.date),
              value: m.projection.value,
              label: m.projection.label[lang],
            },
          }
        : {}),
    }))
    .sort((a, b) => a.time - b.time);
}

/** The milestones that fall in a month range (by their position on the axis). */
export function withinRange<T extends { time: number }>(milestones: readonly T[], range: MonthRange | null): T[] {
  if (!range) return [...milestones];
  const [start, end] = rangeSpan(range);
  return milestones.filter((m) => m.time >= start && m.time < end);
}

const DAY = 86_400_000;

/**
 * The time span the chart shows when not zoomed: every milestone, projection and deadline, with a
 * little room at both ends, or exactly the given range.
 */
export function fullDomain(milestones: readonly ChartMilestone[], range: MonthRange | null = null): [number, number] {
  if (range) return rangeSpan(range);
  if (!milestones.length) return [0, DAY];
  let lo = Infinity;
  let hi = -Infinity;
  for (const m of milestones) {
    lo = Math.min(lo, m.span[0]);
    hi = Math.max(hi, m.span[1], m.projection?.time ?? -Infinity);
  }
  const pad = Math.max((hi - lo) * 0.03, DAY);
  return [lo - pad, hi + pad];
}
