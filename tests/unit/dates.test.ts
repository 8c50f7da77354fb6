import { describe, expect, it } from 'vitest';
import { endOf, isRealDay, isRealMonth, startOf, utcTime } from '../../src/lib/content/dates';

describe('calendar dates in UTC', () => {
  // Date.UTC reads the years 0–99 as 1900–1999: "0001-01" must not become January 1901.
  it.each([
    ['0001-01', 1],
    ['0099-12', 99],
    ['0000-01', 0],
    ['1999-07', 1999],
    ['2024-02', 2024],
    ['9999-12', 9999],
  ])('startOf(%s) lies in the year %d', (month, year) => {
    expect(new Date(startOf(month)).getUTCFullYear()).toBe(year);
    expect(new Date(startOf(month)).getUTCMonth()).toBe(Number(month.slice(5)) - 1);
  });

  it('ends a month where the next one starts, across years, for small years too', () => {
    expect(endOf('0099-12')).toBe(startOf('0100-01'));
    expect(endOf('0001-01')).toBe(startOf('0001-02'));
    expect(endOf('2024-02-29')).toBe(startOf('2024-03-01'));
  });

  it('keeps utcTime equal to Date.UTC from the year 100 on', () => {
    for (const [y, m, d] of [
      [100, 0, 1],
      [1970, 0, 1],
      [2024, 1, 29],
      [2024, 12, 1],
      [9999, 11, 31],
    ] as const)
      expect(utcTime(y, m, d)).toBe(Date.UTC(y, m, d));
    expect(utcTime(50, 0, 1)).not.toBe(Date.UTC(50, 0, 1));
    expect(new Date(utcTime(50, 0, 1)).toISOString()).toBe('0050-01-01T00:00:00.000Z');
  });

  it.each([
    ['0004-02-29', true],
    ['0100-02-29', false],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-04-31', false],
  ])('isRealDay(%s) → %s', (day, real) => expect(isRealDay(day)).toBe(real));

  it.each([
    ['0001-01', true],
    ['2024-00', false],
    ['2024-13', false],
    ['2024-1', false],
  ])('isRealMonth(%s) → %s', (month, real) => expect(isRealMonth(month)).toBe(real));
});
