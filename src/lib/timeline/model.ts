// What the chart needs to know about a timeline, in one language, with dates as numbers. Built once
// from validated content at build time and shipped to the browser as JSON.
import { bisectRight, extent, max } from 'd3-array';
import type { Locale } from '../../i18n/locales';
import { endOf, midpointOf, precisionOf, startOf } from '../content/dates';
import type { MilestoneKind, Qualifier, Timeline } from '../content/schema';
import { fillTemplate } from '../template';
import { DAY } from '../time';
import { tickLabel } from './ticks';
import { rangeSpan, type MonthRange, type Span } from './range';

/** A reported figure: who (an index into the chart's reporters), what and when. */
export interface ChartFigure {
  time: number;
  value: number;
  estimate: boolean;
  qualifier?: Qualifier;
  /** Index into ChartData.reporters, or -1 when the milestone names nobody. */
  reporter: number;
}

/**
 * The word a figure is hedged with: its own qualifier, or "about" for an estimate that names none.
 * The chart's short label ("~75%") and the list's sentence ("about 75%") both read it.
 */
export function hedgeOf(f: { estimate: boolean; qualifier?: Qualifier | undefined }): Qualifier | undefined {
  return f.qualifier ?? (f.estimate ? 'about' : undefined);
}

export interface ChartMilestone {
  id: string;
  kind: MilestoneKind;
  /** Where the milestone sits on the time axis (middle of its day or month), UTC ms. */
  time: number;
  /** The day or month it covers, [start, end) in UTC ms: deadlines are drawn as this band. */
  span: Span;
  label: string;
  /**
   * Dated after the timeline's `asOf` (a deadline to come, the end of a monitoring period): the axis
   * does not reach it; it is drawn at the axis' end, labelled "until <date>" (this text).
   */
  later?: string;
  /** A sentence drawn on the chart beside the mark: the story's beats, from content. */
  annotation?: string;
  /** The milestone's own figure (progress milestones). */
  progress?: ChartFigure;
  /** Figures others reported about the same moment: drawn as points of their own, never joined. */
  reports?: ChartFigure[];
  /** A forecast made at this milestone ("done within 1.5 months"): drawn dashed, never as a report. */
  projection?: { time: number; value: number; label: string; later?: true };
}

export interface ChartReporter {
  id: string;
  name: string;
  /** This reporter's own figures are joined by a line (at most one reporter). */
  line: boolean;
}

export interface ChartData {
  milestones: ChartMilestone[];
  reporters: ChartReporter[];
}

export interface ChartDataOptions {
  /** YYYY-MM-DD: milestones dated after this day are drawn at the axis' end (see `later`). */
  asOf: string;
  /** "until {date}", in the page's language. */
  until: string;
}

export function chartData(
  timeline: Pick<Timeline, 'milestones' | 'reporters'>,
  lang: Locale,
  { asOf, until }: ChartDataOptions,
): ChartData {
  const asOfEnd = endOf(asOf);
  const reporters = timeline.reporters.map((r) => ({ id: r.id, name: r.name[lang], line: r.line }));
  const indexOf = new Map(reporters.map((r, i) => [r.id, i]));
  const reporter = (by: string | undefined) => (by === undefined ? -1 : (indexOf.get(by) ?? -1));
  const milestones = timeline.milestones
    .map((m): ChartMilestone => {
      const time = midpointOf(m.date);
      return {
        id: m.id,
        kind: m.kind,
        time,
        span: [startOf(m.date), endOf(m.date)],
        label: m.label[lang],
        ...(startOf(m.date) >= asOfEnd
          ? {
              later: fillTemplate(until, {
                date: tickLabel(startOf(m.date), precisionOf(m.date) === 'month' ? 'month-year' : 'day-year', lang),
              }),
            }
          : {}),
        ...(m.annotation ? { annotation: m.annotation[lang] } : {}),
        ...(m.progress
          ? {
              progress: {
                time,
                value: m.progress.value,
                estimate: m.progress.estimate,
                ...(m.progress.qualifier ? { qualifier: m.progress.qualifier } : {}),
                reporter: reporter(m.progress.by),
              },
            }
          : {}),
        ...(m.reports?.length
          ? {
              reports: m.reports.map((r) => ({
                time: r.date ? midpointOf(r.date) : time,
                value: r.value,
                estimate: r.estimate,
                ...(r.qualifier ? { qualifier: r.qualifier } : {}),
                reporter: reporter(r.by),
              })),
            }
          : {}),
        ...(m.projection
          ? {
              projection: {
                time: midpointOf(m.projection.date),
                value: m.projection.value,
                label: m.projection.label[lang],
                // A forecast for a day after asOf does not stretch the axis either (its line is cut at the end).
                ...(startOf(m.projection.date) >= asOfEnd ? { later: true as const } : {}),
              },
            }
          : {}),
      };
    })
    .sort((a, b) => a.time - b.time);
  return { milestones, reporters };
}

/** Every figure of a milestone: its own first, then the reports. */
export function figuresOf(m: ChartMilestone): ChartFigure[] {
  return m.progress ? [m.progress, ...(m.reports ?? [])] : (m.reports ?? []);
}

/** The milestones that fall in a month range (by their position on the axis, half-open). */
export function withinRange<T extends { time: number }>(milestones: readonly T[], range: MonthRange | null): T[] {
  if (!range) return [...milestones];
  const [start, end] = rangeSpan(range);
  return milestones.filter((m) => m.time >= start && m.time < end);
}

/** Where a milestone is drawn on the time axis: its time, or the axis' end when dated after it. */
export const axisTime = (m: { time: number; later?: string | undefined }, full: Span) =>
  m.later === undefined ? m.time : full[1] - 1;

/** The milestones the time axis reaches: all but the ones dated after `asOf`. */
export const onAxis = <T extends { later?: string | undefined }>(milestones: readonly T[]): T[] =>
  milestones.filter((m) => m.later === undefined);

/**
 * The whole span of a timeline: every milestone up to its `asOf`, with its reports, forecasts and
 * deadline, and a little room at both ends; or exactly the given range. Milestones after `asOf`
 * do not stretch it: they are drawn at its end.
 */
export function fullDomain(milestones: readonly ChartMilestone[], range: MonthRange | null = null): Span {
  if (range) return rangeSpan(range);
  const dated = onAxis(milestones);
  if (!dated.length) {
    const at = milestones[0]?.span[0] ?? 0;
    return [at - 15 * DAY, at + 15 * DAY];
  }
  const [lo] = extent(dated, (m) => m.span[0]) as [number, number];
  const hi = max(dated, (m) =>
    Math.max(
      m.span[1],
      m.projection && !m.projection.later ? m.projection.time : -Infinity,
      ...figuresOf(m).map((f) => f.time + DAY / 2),
    ),
  )!;
  const pad = Math.max((hi - lo) * 0.03, DAY);
  return [lo - pad, hi + pad];
}

/** How far apart a stretch's events may lie for the chart to open on them, at most. */
const DENSE_WINDOW = 60 * DAY;

/**
 * The stretch the chart frames first, inside `full`:
 * - with progress reports, the weeks with reports, through the deadline and any forecast that
 *   follows them, with a few days of room;
 * - without them, the densest stretch of events: the most events within DENSE_WINDOW (the latest
 *   such stretch on a tie), so a cluster of events within a few weeks opens readable; the whole
 *   span when it is short or no stretch holds more than two events;
 * - of a stretch with more than OPENING_MOST milestones, its latest OPENING_MOST.
 */
export function focusDomain(milestones: readonly ChartMilestone[], full: Span): Span {
  const dated = onAxis(milestones);
  return atMostOpening(dated, storyStretch(dated, full));
}

/**
 * The most milestones the chart opens on. A stretch with more (years of a long timeline) opens on
 * its latest OPENING_MOST: labelled and readable at a glance, the overview strip showing the rest,
 * zooming out one step away.
 */
export const OPENING_MOST = 60;

function atMostOpening(dated: readonly ChartMilestone[], [lo, hi]: Span): Span {
  const inside = dated.filter((m) => m.time >= lo && m.time <= hi).sort((a, b) => a.time - b.time);
  if (inside.length <= OPENING_MOST) return [lo, hi];
  const opening = inside.slice(-OPENING_MOST);
  const first = opening[0]!.time;
  const before = inside[inside.length - OPENING_MOST - 1]!.time;
  // To the last of them and the forecasts they make (the whole span's room at its end is in
  // proportion to years: months of empty axis here), with a little room at both ends: before the
  // first, up to halfway to the one before it (which stays out of view).
  const last = Math.max(
    ...opening.map((m) => Math.max(m.span[1], m.projection && !m.projection.later ? m.projection.time : -Infinity)),
  );
  const pad = Math.max((last - first) * 0.03, DAY);
  return [Math.max(lo, first - Math.min(pad, (first - before) / 2)), Math.min(hi, last + pad)];
}

function storyStretch(dated: readonly ChartMilestone[], full: Span): Span {
  const figures = dated.flatMap(figuresOf);
  if (!figures.length) return densestStretch(dated, full);
  let [lo, hi] = extent(figures, (f) => f.time) as [number, number];
  for (const m of dated) {
    if (m.projection && m.time >= lo) hi = Math.max(hi, m.projection.time);
    // The deadline the reports run up to, and anything that follows within its month.
    if (m.kind === 'deadline' && m.span[0] <= hi + 31 * DAY) hi = Math.max(hi, m.span[1]);
  }
  for (const m of dated) if (m.time > hi && m.time - hi < 7 * DAY) hi = m.time;
  const pad = Math.max((hi - lo) * 0.04, 3 * DAY);
  return [Math.max(full[0], lo - pad), Math.min(full[1], hi + pad)];
}

function densestStretch(events: readonly ChartMilestone[], full: Span): Span {
  if (full[1] - full[0] <= 2 * DENSE_WINDOW || events.length < 3) return full;
  const times = events.map((m) => m.time).sort((a, b) => a - b);
  let best: [number, number] = [0, 0];
  for (let i = 0; i < times.length; i++) {
    // The last event within the window that starts at event i.
    const j = bisectRight(times, times[i]! + DENSE_WINDOW) - 1;
    if (j - i >= best[1] - best[0]) best = [i, j];
  }
  if (best[1] - best[0] < 2) return full;
  const [lo, hi] = [times[best[0]]!, times[best[1]]!];
  // Room at both ends, so the labels of the first and last events are not pushed off the edge.
  const pad = Math.max((hi - lo) * 0.05, 2 * DAY);
  return [Math.max(full[0], lo - pad), Math.min(full[1], hi + pad)];
}
