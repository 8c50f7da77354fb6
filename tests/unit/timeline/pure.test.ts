import { describe, expect, it } from 'vitest';
import { clampSpan, isFullSpan, minimumSpan, panSpan, zoomSpan } from '../../../src/lib/timeline/domain';
import { boxesOverlap, placeInLanes, stackLabels } from '../../../src/lib/timeline/labels';
import { keyAction, nearestMark } from '../../../src/lib/timeline/navigation';
import { formatRange, parseRange, rangeSpan } from '../../../src/lib/timeline/range';
import { scaleLinear } from '../../../src/lib/timeline/scale';
import { estimateTextWidth, wrapWords } from '../../../src/lib/timeline/text';
import { tickLabel, timeTicks, type TickFormat } from '../../../src/lib/timeline/ticks';
import { percentLabel } from '../../../src/lib/timeline/layout';
import { intlLocale, locales } from '../../../src/i18n/locales';

const DAY = 86_400_000;
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('scaleLinear', () => {
  const x = scaleLinear([0, 100], [10, 210]);
  it.each([
    [0, 10],
    [50, 110],
    [100, 210],
    [-10, -10],
  ])('maps %d → %d and back', (value, position) => {
    expect(x(value)).toBe(position);
    expect(x.invert(position)).toBeCloseTo(value);
  });
  it('maps a reversed range (progress goes up)', () => {
    const y = scaleLinear([0, 100], [200, 0]);
    expect(y(75)).toBe(50);
  });
  it('does not divide by zero on an empty domain', () => {
    const s = scaleLinear([5, 5], [0, 100]);
    expect(s(5)).toBe(0);
    expect(s.invert(40)).toBe(5);
  });
});

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
      const x = scaleLinear(domain, [0, length]);
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

describe('text', () => {
  it('estimates wider for longer and wider text', () => {
    expect(estimateTextWidth('mmmm', 12)).toBeGreaterThan(estimateTextWidth('iiii', 12));
    expect(estimateTextWidth('abc', 24)).toBeGreaterThan(estimateTextWidth('abc', 12));
  });
  it.each([
    ['Kemendag: migrasi sudah sesuai aturan', 130, 3],
    ['Kemendag: migrasi sudah sesuai aturan', 400, 1],
    ['short', 120, 1],
  ])('wraps %j at %dpx into %d lines, each within the width, losing no word', (text, width, count) => {
    const lines = wrapWords(text, width, 12);
    expect(lines).toHaveLength(count);
    for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(width);
    expect(lines.join(' ')).toBe(text);
  });
  it('keeps a word longer than the width on a line of its own', () => {
    expect(wrapWords('Supercalifragilistic word', 40, 12)).toEqual(['Supercalifragilistic', 'word']);
  });
});

describe('range', () => {
  it.each([
    ['2024-02..2024-04', { from: '2024-02', to: '2024-04' }],
    ['2024-04..2024-04', { from: '2024-04', to: '2024-04' }],
    ['2024-04..2024-02', null],
    ['2024-13..2024-14', null],
    ['2024-02-01..2024-04', null],
    ['<script>', null],
    ['javascript:alert(1)', null],
    ['2024-02..2024-04'.repeat(50), null],
    [42, null],
  ])('parseRange(%j)', (input, expected) => {
    expect(parseRange(input)).toEqual(expected);
  });
  it('spans whole months, the last one included', () => {
    expect(rangeSpan({ from: '2024-02', to: '2024-04' })).toEqual([utc(2024, 2), utc(2024, 5)]);
    expect(formatRange({ from: '2024-02', to: '2024-04' })).toBe('2024-02..2024-04');
  });
});

describe('zoom and pan', () => {
  const full = [0, 100 * DAY] as const;
  it.each([
    ['zoom in 2× at the centre', zoomSpan(full, 2, 50 * DAY, full), [25 * DAY, 75 * DAY]],
    ['zoom in 2× at the start keeps the start', zoomSpan(full, 2, 0, full), [0, 50 * DAY]],
    ['zoom out beyond the full span stops at it', zoomSpan([25 * DAY, 75 * DAY], 0.25, 50 * DAY, full), [0, 100 * DAY]],
    ['zoom in never goes below two weeks', zoomSpan(full, 1000, 50 * DAY, full), [43 * DAY, 57 * DAY]],
    ['pan stops at the end', panSpan([50 * DAY, 80 * DAY], 40 * DAY, full), [70 * DAY, 100 * DAY]],
    ['pan stops at the start', panSpan([10 * DAY, 40 * DAY], -40 * DAY, full), [0, 30 * DAY]],
    ['clamp trims a span longer than the full one', clampSpan([-50 * DAY, 150 * DAY], full), [0, 100 * DAY]],
  ])('%s', (_name, actual, expected) => {
    expect(actual[0]).toBeCloseTo(expected[0]!);
    expect(actual[1]).toBeCloseTo(expected[1]!);
  });
  it('knows the full span', () => {
    expect(isFullSpan(full, full)).toBe(true);
    expect(isFullSpan([DAY, 50 * DAY], full)).toBe(false);
    expect(minimumSpan([0, 3 * DAY])).toBe(3 * DAY);
  });
});

describe('keyboard', () => {
  it.each([
    ['ArrowRight', 2, 5, { type: 'move', to: 3 }],
    ['ArrowRight', 4, 5, { type: 'move', to: 4 }],
    ['ArrowDown', -1, 5, { type: 'move', to: 0 }],
    ['ArrowLeft', 0, 5, { type: 'move', to: 0 }],
    ['ArrowUp', 3, 5, { type: 'move', to: 2 }],
    ['Home', 3, 5, { type: 'move', to: 0 }],
    ['End', 0, 5, { type: 'move', to: 4 }],
    ['Enter', 1, 5, { type: 'open' }],
    [' ', 1, 5, { type: 'open' }],
    ['Escape', 1, 5, { type: 'close' }],
    ['+', 1, 5, { type: 'zoom', direction: 'in' }],
    ['-', 1, 5, { type: 'zoom', direction: 'out' }],
    ['0', 1, 5, { type: 'zoom', direction: 'reset' }],
    ['Tab', 1, 5, null],
    ['a', 1, 5, null],
    ['ArrowRight', -1, 0, null],
  ] as const)('%j at %d of %d', (key, active, count, action) => {
    expect(keyAction(key, active, count)).toEqual(action);
  });
});

describe('nearestMark', () => {
  const positions = [10, 50, 52, 200];
  it.each([
    [0, 0],
    [29, 0],
    [31, 1],
    [52, 2],
    [120, -1],
    [190, 3],
  ])('at %d → %d', (at, index) => {
    expect(nearestMark(positions, at, 24)).toBe(index);
  });
  it('finds nothing among no marks', () => expect(nearestMark([], 5, 24)).toBe(-1));
});

describe('placeInLanes', () => {
  it('puts colliding labels in different lanes, never overlapping', () => {
    const items = [0, 10, 20, 30, 40].map((anchor, i) => ({
      id: `l${i}`,
      anchor: 200 + anchor,
      width: 80,
      priority: 1,
    }));
    const placed = placeInLanes(items, { min: 0, max: 600, lanes: 6, gap: 8, nudge: 6 });
    expect(placed.size).toBe(5);
    const boxes = [...placed.values()].map((p) => ({ x: p.x0, y: p.lane * 20, width: p.x1 - p.x0, height: 15 }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
  });
  it('leaves out what does not fit, keeping the highest priority', () => {
    const items = [
      { id: 'low', anchor: 100, width: 150, priority: 1 },
      { id: 'high', anchor: 110, width: 150, priority: 4 },
    ];
    const placed = placeInLanes(items, { min: 0, max: 300, lanes: 1, gap: 8, nudge: 6 });
    expect([...placed.keys()]).toEqual(['high']);
  });
  it('keeps labels inside the bounds', () => {
    const placed = placeInLanes([{ id: 'edge', anchor: 295, width: 100, priority: 1 }], {
      min: 4,
      max: 296,
      lanes: 1,
      gap: 8,
      nudge: 6,
    });
    expect(placed.get('edge')).toMatchObject({ x0: 196, x1: 296 });
  });
});

describe('stackLabels', () => {
  it('leaves labels where they want to be when they do not collide', () => {
    const tops = stackLabels(
      [
        { id: 'a', desired: 100, height: 20 },
        { id: 'b', desired: 200, height: 20 },
      ],
      { min: 0, gap: 6 },
    );
    expect(Object.fromEntries(tops)).toEqual({ a: 90, b: 190 });
  });
  it('spreads a cluster evenly around its marks, never overlapping', () => {
    const tops = stackLabels(
      [
        { id: 'a', desired: 100, height: 20 },
        { id: 'b', desired: 101, height: 20 },
        { id: 'c', desired: 102, height: 20 },
      ],
      { min: 0, gap: 6 },
    );
    expect(Object.fromEntries(tops)).toEqual({ a: 65, b: 91, c: 117 });
  });
  it('never goes above the top', () => {
    const tops = stackLabels(
      [
        { id: 'a', desired: 0, height: 20 },
        { id: 'b', desired: 1, height: 20 },
      ],
      { min: 0, gap: 6 },
    );
    expect(Object.fromEntries(tops)).toEqual({ a: 0, b: 26 });
  });
});
