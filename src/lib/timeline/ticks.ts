// Ticks for the time axis: the coarsest calendar step (days, weeks, months, quarters, years) that
// keeps tick labels apart, labelled in the page's language ("Okt", "Des 2023", "1 Mar").
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../template';
import { DAY } from '../time';
import type { Span } from './span';

export interface Tick {
  /** UTC milliseconds. */
  time: number;
  label: string;
}

type Step = { unit: 'day' | 'month'; every: number };
const steps: Step[] = [
  { unit: 'day', every: 1 },
  { unit: 'day', every: 2 },
  { unit: 'day', every: 7 },
  { unit: 'month', every: 1 },
  { unit: 'month', every: 2 },
  { unit: 'month', every: 3 },
  { unit: 'month', every: 6 },
  { unit: 'month', every: 12 },
];
const AVERAGE_MONTH = 30.44 * DAY;

function stepLength(step: Step): number {
  return step.unit === 'day' ? step.every * DAY : step.every * AVERAGE_MONTH;
}

function tickTimes([t0, t1]: readonly [number, number], step: Step): number[] {
  const start = new Date(t0);
  const times: number[] = [];
  if (step.unit === 'day') {
    // Weekly ticks fall on the 1st, 8th, 15th, 22nd of each month: stable under panning.
    let t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
    for (; t <= t1; t += DAY) {
      const d = new Date(t).getUTCDate();
      const on = step.every === 7 ? d <= 28 && (d - 1) % 7 === 0 : (d - 1) % step.every === 0;
      if (t >= t0 && on) times.push(t);
    }
    return times;
  }
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  m -= m % step.every;
  for (let t = Date.UTC(y, m, 1); t <= t1; t = Date.UTC(y, m, 1)) {
    if (t >= t0) times.push(t);
    m += step.every;
    if (m > 11) {
      y += Math.floor(m / 12);
      m %= 12;
    }
  }
  return times;
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

/** The line over the chart, from its template: "Showing 12 of 16 events · 1 Feb 2024 – 31 Mar 2024". */
export function countText(template: string, shown: number, total: number, span: Span, lang: Locale): string {
  return fillTemplate(template, {
    shown,
    total,
    from: tickLabel(span[0], 'day-year', lang),
    to: tickLabel(span[1] - 1, 'day-year', lang),
  });
}

/**
 * Ticks for `domain` drawn along `length` pixels, at least `minSpacing` pixels apart. The year is
 * shown on the first tick and wherever it changes.
 */
export function timeTicks(domain: readonly [number, number], length: number, lang: Locale, minSpacing: number): Tick[] {
  const span = Math.max(domain[1] - domain[0], 1);
  const step = steps.find((s) => (stepLength(s) / span) * length >= minSpacing) ?? steps[steps.length - 1]!;
  let lastYear = -1;
  return tickTimes(domain, step).map((time) => {
    const year = new Date(time).getUTCFullYear();
    const withYear = year !== lastYear;
    lastYear = year;
    const unit = step.unit === 'day' ? 'day' : step.every === 12 ? 'year' : 'month';
    const format: TickFormat = unit === 'year' || !withYear ? unit : `${unit}-year`;
    return { time, label: tickLabel(time, format, lang) };
  });
}
