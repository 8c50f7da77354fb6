import { describe, expect, it } from 'vitest';
import {
  addMonths,
  clampRange,
  formatRange,
  inSpan,
  parseRange,
  rangeBounds,
  rangeSpan,
} from '../../../src/lib/timeline/range';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

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

describe('inSpan: every span is half-open', () => {
  it.each([
    [0, true],
    [5, true],
    [10, false],
    [-1, false],
  ])('%d in [0, 10) → %s', (t, expected) => expect(inSpan(t, [0, 10])).toBe(expected));
});

describe('a range from a URL is kept to the timeline it is about', () => {
  const bounds = rangeBounds(['2024-03-01', '2023-09-25', '2024-04', '2024-02-21'])!;

  it('may name the months of the timeline, and one either side', () => {
    expect(bounds).toEqual({ from: '2023-08', to: '2024-05' });
    expect(rangeBounds([])).toBeNull();
  });

  it.each([
    ['2024-02..2024-03', { from: '2024-02', to: '2024-03' }],
    // Too wide: the whole timeline, not 8,112 years of ticks.
    ['0000-01..9999-12', { from: '2023-08', to: '2024-05' }],
    ['2023-01..2024-02', { from: '2023-08', to: '2024-02' }],
    ['2024-05..2030-12', { from: '2024-05', to: '2024-05' }],
    // Entirely outside the timeline: no range at all.
    ['0001-01..0099-12', null],
    ['2024-06..2024-08', null],
    ['2023-01..2023-07', null],
  ])('%s → %j', (value, expected) => {
    expect(clampRange(parseRange(value), bounds)).toEqual(expected);
  });

  it('ignores a range that does not parse, or a timeline without dates', () => {
    expect(clampRange(parseRange('2024-02..2024-99'), bounds)).toBeNull();
    expect(clampRange({ from: '2024-02', to: '2024-03' }, null)).toBeNull();
  });

  it.each([
    ['2024-01', -1, '2023-12'],
    ['2024-12', 1, '2025-01'],
    ['0000-01', -1, '0000-01'],
    ['9999-12', 1, '9999-12'],
    ['0001-01', 13, '0002-02'],
    ['2024-03', 0, '2024-03'],
  ])('addMonths(%s, %d) → %s', (month, n, expected) => expect(addMonths(month, n)).toBe(expected));
});
