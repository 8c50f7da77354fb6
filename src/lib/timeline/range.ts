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

/** The range as a half-open span of UTC milliseconds [start, end). */
export function rangeSpan(range: MonthRange): Span {
  return [startOf(range.from), endOf(range.to)];
}
