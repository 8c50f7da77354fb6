// A time range written `YYYY-MM..YYYY-MM` (months, inclusive), as used by `<Timeline range>` and
// the embed's `?range=`. Anything else is not a range: callers ignore it or report it.
import { endOf, isRealMonth, startOf } from '../content/dates';
import type { Span } from './span';

export { inSpan, type Span } from './span';

export interface MonthRange {
  /** First month, YYYY-MM. */
  from: string;
  /** Last month, YYYY-MM (inclusive). */
  to: string;
}

const RANGE = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/;

export function parseRange(value: unknown): MonthRange | null {
  if (typeof value !== 'string' || value.length > 17) return null;
  const m = RANGE.exec(value);
  if (!m) return null;
  const [from, to] = [m[1] ?? '', m[2] ?? ''];
  if (!isRealMonth(from) || !isRealMonth(to) || startOf(from) > startOf(to)) return null;
  return { from, to };
}

export function formatRange(range: MonthRange): string {
  return `${range.from}..${range.to}`;
}

/** `YYYY-MM` moved by `months` (negative: earlier), kept within the years 0000–9999. */
export function addMonths(month: string, months: number): string {
  const moved = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months;
  const index = Math.min(Math.max(moved, 0), 9999 * 12 + 11);
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** The months a range over these dates may name: the first to the last, with a month either side. */
export function rangeBounds(dates: readonly string[]): MonthRange | null {
  const months = dates.map((d) => d.slice(0, 7)).filter(isRealMonth);
  if (months.length === 0) return null;
  months.sort();
  return { from: addMonths(months[0]!, -1), to: addMonths(months.at(-1)!, 1) };
}

/**
 * A range from a URL kept to a timeline's own months (see rangeBounds): `0000-01..9999-12` becomes
 * the whole timeline, and a range that misses it entirely is no range at all (null).
 */
export function clampRange(range: MonthRange | null, bounds: MonthRange | null): MonthRange | null {
  if (!range || !bounds) return null;
  const from = range.from > bounds.from ? range.from : bounds.from;
  const to = range.to < bounds.to ? range.to : bounds.to;
  return from <= to ? { from, to } : null;
}

/** The range as a half-open span of UTC milliseconds [start, end). */
export function rangeSpan(range: MonthRange): Span {
  return [startOf(range.from), endOf(range.to)];
}
