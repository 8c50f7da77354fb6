import { describe, expect, it } from 'vitest';
import { asOfDay, buildDay, lastChanged } from '../../../src/lib/timeline/updated';

const milestones = (...dates: string[]) => dates.map((date) => ({ date })) as never;
const today = '2026-12-06';

describe('when a timeline last changed: one rule for every "Updated"', () => {
  it.each([
    ['its updated date, when after every milestone', '2026-12-01', undefined, ['2024-04-25', '2023-09'], '2026-12-01'],
    ['its newest milestone, without an updated date', undefined, undefined, ['2024-04-25', '2023-09'], '2024-04-25'],
    [
      'its newest milestone, when after the updated date',
      '2024-01-01',
      undefined,
      ['2024-04', '2023-09-25'],
      '2024-04',
    ],
    ['the updated date on the newest milestone’s day', '2024-04-25', undefined, ['2024-04-25'], '2024-04-25'],
    // A milestone still to come (the end of a monitoring period) is no update.
    ['never a milestone still to come', '2026-12-01', undefined, ['2025-09-29', '2027-06-17'], '2026-12-01'],
    [
      'never a milestone to come, without an updated date',
      undefined,
      undefined,
      ['2025-09-29', '2027-06-17'],
      '2025-09-29',
    ],
    ['never later than today', '2027-01-01', undefined, ['2025-09-29'], today],
    ['never later than the timeline’s asOf', '2026-12-01', '2026-06-30', ['2025-09-29', '2026-08-01'], '2026-06-30'],
  ])('%s', (_, updated, asOf, dates, expected) => {
    expect(lastChanged({ updated, asOf, milestones: milestones(...dates) }, today)).toBe(expected);
  });

  it('asOf is the timeline’s, never after today', () => {
    expect(asOfDay({ asOf: '2025-01-01' }, today)).toBe('2025-01-01');
    expect(asOfDay({ asOf: '2030-01-01' }, today)).toBe(today);
    expect(asOfDay({}, today)).toBe(today);
  });

  it('today is the build’s day, or SOURCE_DATE_EPOCH’s', () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    try {
      process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2025, 4, 17, 12) / 1000);
      expect(buildDay()).toBe('2025-05-17');
      delete process.env.SOURCE_DATE_EPOCH;
      expect(buildDay()).toBe(new Date().toISOString().slice(0, 10));
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });
});
