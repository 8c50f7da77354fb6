// Ticks for the time axis: d3-time picks the calendar interval (days, weeks, months, quarters,
// years, in UTC) for as many ticks as the length holds; the labels are written in the page's
// language ("Okt", "Des 2023", "1 Mar") and kept apart: fewer ticks are asked for until no two
// labels touch, within the axis' ends.
import { utcDay, utcMonth, utcTickInterval, utcYear, type CountableTimeInterval } from 'd3-time';
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../template';
import { DAY } from '../time';
import type { Span } from './span';
import { estimateTextWidth } from './text';

export interface Tick {
  /** UTC milliseconds. */
  time: number;
  label: string;
}

/** A tick placed on an axis: where its label's centre (or, vertical, its baseline) goes. */
export interface PlacedTick extends Tick {
  /** The tick's own position along the axis. */
  at: number;
  /** Where its label is centred along the axis (moved inward near the ends). */
  labelAt: number;
}

/**
 * Short month names as Intl gives them for `id-ID` and `en-GB` (CLDR), written out so that the
 * browser draws ticks without Intl: its first use on a page costs 30–45 ms (ICU data), a tenth of
 * the timeline's start. A unit test holds every label equal to Intl's.
 */
const SHORT_MONTHS: Record<Locale, readonly string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};

export type TickFormat = 'day' | 'day-year' | 'month' | 'month-year' | 'year';

/** "1 Mar", "1 Mar 2024", "Okt", "Okt 2023", "2024": the same in both languages but for names. */
export function tickLabel(time: number, format: TickFormat, lang: Locale): string {
  const date = new Date(time);
  const year = String(date.getUTCFullYear());
  if (format === 'year') return year;
  const month = SHORT_MONTHS[lang][date.getUTCMonth()]!;
  const dayMonth = format.startsWith('day') ? `${date.getUTCDate()} ${month}` : month;
  return format.endsWith('year') ? `${dayMonth} ${year}` : dayMonth;
}

/** A span as a reader says it: "4 Mar – 27 Mar 2024", "28 Des 2023 – 3 Jan 2024" (days, inclusive). */
export function spanText([start, end]: Span, lang: Locale): string {
  const first = utcDay.floor(new Date(start)).getTime();
  const last = utcDay.floor(new Date(Math.max(start, end - 1))).getTime();
  const sameYear = new Date(first).getUTCFullYear() === new Date(last).getUTCFullYear();
  return `${tickLabel(first, sameYear ? 'day' : 'day-year', lang)} – ${tickLabel(last, 'day-year', lang)}`;
}

/** The status line from its template: "Showing 6 of 17 events · 4 Mar – 27 Mar 2024". */
export function countText(template: string, shown: number, total: number, span: Span, lang: Locale): string {
  return fillTemplate(template, { shown, total, span: spanText(span, lang) });
}

/** The label format for ticks of this interval: days, months or years, the year where it changes. */
function formatFor(times: readonly Date[]): 'day' | 'month' | 'year' {
  if (times.every((d) => +utcYear.floor(d) === +d)) return 'year';
  if (times.every((d) => +utcMonth.floor(d) === +d)) return 'month';
  return 'day';
}

function labelled(times: readonly Date[], lang: Locale, yearApart: boolean): Tick[] {
  const unit = formatFor(times);
  let lastYear = yearApart && times[0] ? times[0].getUTCFullYear() : -1;
  return times.map((date) => {
    const year = date.getUTCFullYear();
    const withYear = year !== lastYear;
    lastYear = year;
    const format: TickFormat = unit === 'year' || !withYear ? unit : `${unit}-year`;
    return { time: date.getTime(), label: tickLabel(date.getTime(), format, lang) };
  });
}

export interface AxisOptions {
  domain: Span;
  /** Time → position along the axis. */
  position: (time: number) => number;
  /** The axis' ends: labels stay within them. */
  min: number;
  max: number;
  lang: Locale;
  /** Along the axis, the room a label takes: its width (horizontal) or its height (vertical). */
  extent: (label: string) => number;
  /** Room kept between two labels, and between two ticks at least. */
  gap: number;
  /** Ticks at least this far apart. */
  minSpacing: number;
  /** The first year is written apart (over the axis), not on the first tick: narrower labels. */
  yearApart?: boolean;
}

/**
 * Ticks for an axis: the most d3-time gives whose labels, centred on their tick and moved inward
 * at the ends, keep `gap` apart and whose ticks keep `minSpacing` apart. At least the first tick
 * of the coarsest interval that has one.
 */
export function axisTicks(o: AxisOptions): PlacedTick[] {
  const [t0, t1] = o.domain;
  if (!(t1 > t0)) return [];
  const length = Math.abs(o.max - o.min);
  // Fewer ticks are asked for until they fit, a fifth fewer each time: d3-time's intervals are at
  // least twice apart, so each is still asked for (a tall vertical axis starts at a thousand).
  for (let count = Math.max(1, Math.floor(length / o.minSpacing)); count >= 1;) {
    let interval = utcTickInterval(new Date(t0), new Date(t1), count) as CountableTimeInterval | null;
    // Never finer than a day (a day interval has two ticks in two days): dates here are days or months.
    if (!interval || interval.range(new Date(t0), new Date(t0 + 2 * DAY)).length > 2) interval = utcDay;
    const ticks = placed(labelled(interval.range(new Date(t0), new Date(t1)), o.lang, !!o.yearApart), o);
    if (ticks) return ticks;
    count = Math.floor(count * 0.8);
  }
  return [];
}

/** The ticks placed, or null when two of them (or their labels) come too close. */
function placed(ticks: Tick[], o: AxisOptions): PlacedTick[] | null {
  const out: PlacedTick[] = [];
  const lo = Math.min(o.min, o.max);
  const hi = Math.max(o.min, o.max);
  let previousEnd = -Infinity;
  let previousAt = -Infinity;
  for (const t of ticks) {
    const at = o.position(t.time);
    const half = o.extent(t.label) / 2;
    const labelAt = Math.min(hi - half, Math.max(lo + half, at));
    if (at - previousAt < o.minSpacing || labelAt - half < previousEnd + o.gap) return null;
    out.push({ ...t, at, labelAt });
    previousEnd = labelAt + half;
    previousAt = at;
  }
  return out;
}

/** A label's width on a horizontal axis at the chart's font size. */
export const labelWidth = (fontSize: number) => (label: string) => estimateTextWidth(label, fontSize);
