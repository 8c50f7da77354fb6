import { describe, expect, it } from 'vitest';
import { clampSpan, isFullSpan, minimumSpan, panSpan, zoomSpan } from '../../../src/lib/timeline/domain';
import { DAY } from '../../../src/lib/time';

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
