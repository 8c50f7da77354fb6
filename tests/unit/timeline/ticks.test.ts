import { describe, expect, it } from 'vitest';
import { intlLocale, locales } from '../../../src/i18n/locales';
import { percentLabel } from '../../../src/lib/timeline/layout';
import { linearScale } from '../../../src/lib/timeline/scale';
import { tickLabel, timeTicks, type TickFormat } from '../../../src/lib/timeline/ticks';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('timeTicks', () => {
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
    ['id', [utc(2023, 9, 20), utc(2024, 5, 5)], 300, ['Nov 2023', 'Jan 2024', 'Mar', 'Mei']],
    [
      'en',
      [utc(2024, 2, 20), utc(2024, 3, 10)],
      1000,
      ['21 Feb 2024', '23 Feb', '25 Feb', '27 Feb', '29 Feb', '1 Mar', '3 Mar', '5 Mar', '7 Mar', '9 Mar'],
    ],
    ['en', [utc(2024, 2, 20), utc(2024, 3, 10)], 500, ['22 Feb 2024', '1 Mar', '8 Mar']],
    ['id', [utc(2024, 3, 1), Date.UTC(2024, 2, 4, 12)], 800, ['1 Mar 2024', '2 Mar', '3 Mar', '4 Mar']],
    ['en', [utc(2019, 6, 1), utc(2024, 6, 1)], 400, ['2020', '2021', '2022', '2023', '2024']],
  ] as const)('%s %j over %dpx', (lang, domain, length, labels) => {
    expect(timeTicks(domain, length, lang, 64).map((t) => t.label)).toEqual(labels);
  });

  it('never places ticks closer than asked', () => {
    for (const length of [200, 375, 768, 1280]) {
      const domain = [utc(2023, 9, 1), utc(2024, 5, 1)] as const;
      const ticks = timeTicks(domain, length, 'en', 64);
      const x = linearScale(domain, [0, length]);
      for (let i = 1; i < ticks.length; i++)
        expect(x(ticks[i]!.time) - x(ticks[i - 1]!.time)).toBeGreaterThanOrEqual(60);
    }
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
