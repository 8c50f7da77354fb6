import { describe, expect, it } from 'vitest';
import { formatRange, inSpan, parseRange, rangeSpan } from '../../../src/lib/timeline/range';

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
