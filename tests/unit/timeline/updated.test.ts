import { describe, expect, it } from 'vitest';
import { lastChanged } from '../../../src/lib/timeline/updated';

const milestones = (...dates: string[]) => dates.map((date) => ({ date })) as never;

describe('when a timeline last changed', () => {
  it.each([
    ['its updated date, when after every milestone', '2026-12-01', ['2024-04-25', '2023-09'], '2026-12-01'],
    ['its newest milestone, without an updated date', undefined, ['2024-04-25', '2023-09'], '2024-04-25'],
    ['its newest milestone, when after the updated date', '2024-01-01', ['2024-04', '2023-09-25'], '2024-04'],
    ['the updated date on the newest milestone’s day', '2024-04-25', ['2024-04-25'], '2024-04-25'],
  ])('%s', (_, updated, dates, expected) => {
    expect(lastChanged({ updated, milestones: milestones(...dates) })).toBe(expected);
  });
});
