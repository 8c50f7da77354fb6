// What the chart needs to know about a timeline, in one language, with dates as numbers. Built once
// from validated content at build time and shipped to the browser as JSON.
import type { Locale } from '../../i18n/locales';
import { endOf, midpointOf, startOf } from '../content/dates';
import type { MilestoneKind, Qualifier, Timeline } from '../content/schema';
import { DAY } from '../time';
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

export interface ChartMilestone {
  id: string;
  kind: MilestoneKind;
  /** Where the milestone sits on the time axis (middle of its day or month), UTC ms. */
  time: number;
  /** The day or month it covers, [start, end) in UTC ms: deadlines are drawn as this band. */
  span: Span;
  label: string;
  /** The milestone's own figure (progress milestones). */
  progress?: ChartFigure;
  /** Figures others reported about the same moment: drawn as points of their own, never joined. */
  reports?: ChartFigure[];
  /** A forecast made at this milestone ("done within 1.5 months"): drawn dashed, never as a report. */
  projection?: { time: number; value: number; label: string };
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

export function chartData(timeline: Pick<Timeline, 'milestones' | 'reporters'>, lang: Locale): ChartData {
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

/**
 * The whole span of a timeline: every milestone, report, projection and deadline, with a little
 * room at both ends, or exactly the given range.
 */
export function fullDomain(milestones: readonly ChartMilestone[], range: MonthRange | null = null): Span {
  if (range) return rangeSpan(range);
  if (!milestones.length) return [0, DAY];
  let lo = Infinity;
  let hi = -Infinity;
  for (const m of milestones) {
    lo = Math.min(lo, m.span[0]);
    hi = Math.max(hi, m.span[1], m.projection?.time ?? -Infinity);
    for (const f of figuresOf(m)) hi = Math.max(hi, f.time + DAY / 2);
  }
  const pad = Math.max((hi - lo) * 0.03, DAY);
  return [lo - pad, hi + pad];
}

/**
 * The span the chart frames first: the weeks with progress reports, through the deadline and any
 * forecast that follows them, with a few days of room, inside `full`. Without any progress report,
 * the whole span.
 */
export function focusDomain(milestones: readonly ChartMilestone[], full: Span): Span {
  const figures = milestones.flatMap(figuresOf);
  if (!figures.length) return full;
  let lo = Math.min(...figures.map((f) => f.time));
  let hi = Math.max(...figures.map((f) => f.time));
  for (const m of milestones) {
    if (m.projection && m.time >= lo) hi = Math.max(hi, m.projection.time);
    // The deadline the reports run up to, and anything that follows within its month.
    if (m.kind === 'deadline' && m.span[0] <= hi + 31 * DAY) hi = Math.max(hi, m.span[1]);
  }
  for (const m of milestones) if (m.time > hi && m.time - hi < 7 * DAY) hi = m.time;
  const pad = Math.max((hi - lo) * 0.04, 3 * DAY);
  return [Math.max(full[0], lo - pad), Math.min(full[1], hi + pad)];
}
