// Dates in content are calendar dates, never instants: "2024-03-01" or, for month precision, "2024-03".
// They are kept as ISO strings and turned into UTC timestamps only for geometry and formatting,
// so a reader's time zone can never move a milestone to another day.

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

export type Precision = 'day' | 'month';

/**
 * UTC milliseconds of a calendar day, for any year from 0 to 9999. `Date.UTC` reads years 0–99 as
 * 1900–1999, so the year is set on its own; months and days out of range roll over as in Date.UTC.
 */
export function utcTime(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** True when `text` is YYYY-MM-DD and names a day that exists (no 30 February). */
export function isRealDay(text: string): boolean {
  const m = DAY_PATTERN.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(utcTime(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True when `text` is YYYY-MM with a month from 01 to 12. */
export function isRealMonth(text: string): boolean {
  const m = MONTH.exec(text);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function precisionOf(text: string): Precision {
  return MONTH.test(text) ? 'month' : 'day';
}

/** Start of the day (or month) in UTC milliseconds. */
export function startOf(text: string): number {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number?];
  return utcTime(y, m - 1, d ?? 1);
}

/** End of the day (or month), exclusive, in UTC milliseconds. */
export function endOf(text: string): number {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number?];
  return d === undefined ? utcTime(y, m, 1) : utcTime(y, m - 1, d + 1);
}

/** Where a date sits on a time axis: the middle of its day or month. */
export function midpointOf(text: string): number {
  return (startOf(text) + endOf(text)) / 2;
}

/** A Date (as YAML parsers produce) or a string, as a YYYY-MM-DD string in UTC. */
export function toIsoDay(value: Date | string): string {
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}
