import { describe, expect, it } from 'vitest';
import { linearScale } from '../../../src/lib/timeline/scale';

describe('linearScale', () => {
  const x = linearScale([0, 100], [10, 210]);
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
    const y = linearScale([0, 100], [200, 0]);
    expect(y(75)).toBe(50);
  });
  it('does not divide by zero on an empty domain', () => {
    const s = linearScale([5, 5], [0, 100]);
    expect(s(5)).toBe(0);
    expect(s.invert(40)).toBe(5);
  });
});
