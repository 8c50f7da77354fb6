// Ticks for the time axis: the coarsest calendar step (days, weeks, months, quarters, years) that
// keeps tick labels apart, labelled in the page's language ("Okt", "Des 2023", "1 Mar").
import { intlLocale, type Locale } from '../../i18n/locales';

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
const DAY = 86_400_000;
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

const formats = new Map<string, Intl.DateTimeFormat>();
function format(lang: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(intlLocale[lang], { ...options, timeZone: 'UTC' })));
  return f;
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
    const options: Intl.DateTimeFormatOptions =
      step.unit === 'day'
        ? { day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) }
        : step.every === 12
          ? { year: 'numeric' }
          : { month: 'short', ...(withYear ? { year: 'numeric' } : {}) };
    return { time, label: format(lang, options).format(time) };
  });
}
