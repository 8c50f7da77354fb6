// "Updated <date>" and "as of": one rule for every place that says when a timeline last changed
// (the embed's credit, the chart's pictures, the home page) and for where its axis ends.
import type { Timeline } from '../content/schema';

type Dated = Pick<Timeline, 'updated' | 'milestones'> & { asOf?: string | undefined };

/**
 * Today in UTC, YYYY-MM-DD: the day of the build, or the day of SOURCE_DATE_EPOCH when it is set
 * (reproducible builds). Build-time only.
 */
export function buildDay(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now()).toISOString().slice(0, 10);
}

/** The day the timeline's facts hold: its `asOf`, never later than `today`. */
export function asOfDay(timeline: Pick<Dated, 'asOf'>, today: string): string {
  return timeline.asOf && timeline.asOf < today ? timeline.asOf : today;
}

/**
 * When the timeline last changed: its `updated` date, or its newest milestone that has happened
 * when that is later (a milestone cannot have been added before it happened), never later than
 * its `asOf` and today. A milestone still to come (a deadline, the end of a monitoring period)
 * is no update. `YYYY-MM-DD` or, for a month, `YYYY-MM`.
 */
export function lastChanged(timeline: Dated, today: string): string {
  const cap = asOfDay(timeline, today);
  // "2024-04" sorts before "2024-04-01": a month counts from its first day.
  const happened = timeline.milestones.map((m) => m.date).filter((d) => d <= cap);
  const newest = happened.reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
  const latest =
    [timeline.updated, newest]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? cap;
  return latest < cap ? latest : cap;
}
