import { describe, expect, it } from 'vitest';
import { intlLocale, locales } from '../../../src/i18n/locales';
import { percentLabel } from '../../../src/lib/timeline/layout';
import { scaleLinear } from 'd3-scale';
import {
  axisTicks,
  countText,
  labelWidth,
  spanText,
  tickLabel,
  type TickFormat,
} from '../../../src/lib/timeline/ticks';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

const ticks = (lang: 'id' | 'en', domain: readonly [number, number], length: number, minSpacing = 64) => {
  const x = scaleLinear().domain(domain).range([0, length]);
  return axisTicks({ domain, position: x, min: 0, max: length, lang, extent: labelWidth(12), gap: 12, minSpacing });
};

describe('axisTicks (d3-time intervals, labels in the page’s language)', () => {
  it.each([
    [
      'id',
      [utc(2023, 9, 20), utc(2024, 5, 5)],
      1100,
      ['Okt 2023', 'Nov', 'Des', 'Jan 2024', 'Feb', 'Mar', 'Apr', 'Mei'],
    ],
    [
      'en',
      [utc(2023, 9, 20), utc(2024, 5, 5)],
      1100,
      ['Oct 2023', 'Nov', 'Dec', 'Jan 2024', 'Feb', 'Mar', 'Apr', 'May'],
    ],
    ['id', [utc(2023, 9, 20), utc(2024, 5, 5)], 300, ['Okt 2023', 'Jan 2024', 'Apr']],
    [
      'en',
      [utc(2024, 2, 2), utc(2024, 5, 4)],
      1220,
      [
        '4 Feb 2024',
        '11 Feb',
        '18 Feb',
        '25 Feb',
        '3 Mar',
        '10 Mar',
        '17 Mar',
        '24 Mar',
        '31 Mar',
        '7 Apr',
        '14 Apr',
        '21 Apr',
        '28 Apr',
      ],
    ],
    ['en', [utc(2024, 2, 20), utc(2024, 3, 10)], 500, ['25 Feb 2024', '3 Mar']],
    ['id', [utc(2024, 3, 1), Date.UTC(2024, 2, 4, 12)], 800, ['1 Mar 2024', '2 Mar', '3 Mar', '4 Mar']],
    ['en', [utc(2019, 6, 1), utc(2024, 6, 1)], 400, ['2020', '2021', '2022', '2023', '2024']],
  ] as const)('%s %j over %dpx', (lang, domain, length, labels) => {
    expect(ticks(lang, domain, length).map((t) => t.label)).toEqual(labels);
  });

  it('never places ticks closer than asked, nor lets two labels touch, at any length', () => {
    const domains = [
      [utc(2023, 9, 1), utc(2024, 5, 1)],
      [utc(2024, 2, 1), utc(2024, 2, 20)],
      [utc(2024, 4, 3), utc(2027, 6, 17)],
    ] as const;
    for (const lang of ['id', 'en'] as const)
      for (const domain of domains)
        for (let length = 120; length <= 1600; length += 37) {
          const found = ticks(lang, domain, length);
          expect(found.length, `${lang} ${length}px`).toBeGreaterThan(0);
          for (let i = 1; i < found.length; i++) {
            const [a, b] = [found[i - 1]!, found[i]!];
            expect(b.at - a.at).toBeGreaterThanOrEqual(64);
            const gap = b.labelAt - labelWidth(12)(b.label) / 2 - (a.labelAt + labelWidth(12)(a.label) / 2);
            expect(gap, `${a.label} and ${b.label} at ${length}px`).toBeGreaterThanOrEqual(12);
          }
          // Labels stay within the axis' ends.
          for (const t of found) {
            expect(t.labelAt - labelWidth(12)(t.label) / 2).toBeGreaterThanOrEqual(-0.01);
            expect(t.labelAt + labelWidth(12)(t.label) / 2).toBeLessThanOrEqual(length + 0.01);
          }
        }
  });

  it('shows the year on the first tick and where it changes, and never ticks finer than a day', () => {
    const found = ticks('en', [utc(2023, 11, 20), utc(2024, 2, 10)], 1600, 40);
    const withYear = found.filter((t) => /\d{4}/.test(t.label)).map((t) => new Date(t.time).getUTCFullYear());
    expect(withYear).toEqual([2023, 2024]);
    const hourly = ticks('en', [utc(2024, 3, 1), utc(2024, 3, 2)], 1600, 20);
    for (const t of hourly) expect(new Date(t.time).getUTCHours()).toBe(0);
  });
});

describe('the status line', () => {
  it('says what the span shows, in days, in the page’s language', () => {
    expect(spanText([utc(2024, 3, 4), utc(2024, 3, 28)], 'en')).toBe('4 Mar – 27 Mar 2024');
    expect(spanText([utc(2023, 12, 28), utc(2024, 1, 4)], 'id')).toBe('28 Des 2023 – 3 Jan 2024');
    expect(countText('{shown} of {total} · {span}', 6, 17, [utc(2024, 3, 4), utc(2024, 3, 28)], 'en')).toBe(
      '6 of 17 · 4 Mar – 27 Mar 2024',
    );
  });
});

describe('labels written without Intl (the browser skips loading its ICU data)', () => {
  const intlOptions: Record<TickFormat, Intl.DateTimeFormatOptions> = {
    day: { day: 'numeric', month: 'short' },
    'day-year': { day: 'numeric', month: 'short', year: 'numeric' },
    month: { month: 'short' },
    'month-year': { month: 'short', year: 'numeric' },
    year: { year: 'numeric' },
  };
  for (const lang of locales) {
    it(`${lang}: every tick format, every month, first and last days, equal Intl's`, () => {
      for (const [format, options] of Object.entries(intlOptions) as [TickFormat, Intl.DateTimeFormatOptions][]) {
        const intl = new Intl.DateTimeFormat(intlLocale[lang], { ...options, timeZone: 'UTC' });
        for (let month = 1; month <= 12; month++)
          for (const day of [1, 9, 28]) {
            const time = utc(2024, month, day);
            expect(tickLabel(time, format, lang), `${format} ${month}/${day}`).toBe(intl.format(time));
          }
      }
    });
    it(`${lang}: percentages equal Intl's`, () => {
      const intl = new Intl.NumberFormat(intlLocale[lang], { style: 'percent', maximumFractionDigits: 0 });
      for (const v of [0, 25, 50, 75, 87, 100]) expect(percentLabel(v)).toBe(intl.format(v / 100));
    });
  }
});
