import { describe, expect, it } from 'vitest';
import { DAY } from '../../../src/lib/time';
import { disagreements, forecasts, seriesFigures } from '../../../src/lib/timeline/forecast';
import type { ChartData, ChartMilestone } from '../../../src/lib/timeline/model';

const d = (n: number) => n * DAY;
const figure = (
  id: string,
  day: number,
  value: number,
  reporter: number,
  extra: Partial<ChartMilestone> = {},
): ChartMilestone => ({
  id,
  kind: 'progress',
  time: d(day),
  span: [d(day) - DAY / 2, d(day) + DAY / 2],
  label: id,
  progress: { time: d(day), value, estimate: false, reporter },
  ...extra,
});
const event = (
  id: string,
  day: number,
  kind: ChartMilestone['kind'],
  extra: Partial<ChartMilestone> = {},
): ChartMilestone => ({
  id,
  kind,
  time: d(day),
  span: kind === 'deadline' ? [d(day - 15), d(day + 15)] : [d(day) - DAY / 2, d(day) + DAY / 2],
  label: id,
  ...extra,
});
const reporters = [
  { id: 'ministry', name: 'Ministry', line: true },
  { id: 'minister', name: 'Minister', line: false },
];

describe('seriesFigures', () => {
  it("joins only the line reporter's own figures, never reports", () => {
    const data: ChartData = {
      reporters,
      milestones: [
        figure('a', 1, 70, 0),
        figure('b', 5, 100, 1),
        figure('c', 9, 87, 0, { reports: [{ time: d(9), value: 80, estimate: false, reporter: 0 }] }),
      ],
    };
    expect(seriesFigures(data).map((f) => f.value)).toEqual([70, 87]);
  });
  it('joins every milestone figure when no reporter has the line', () => {
    const data: ChartData = { reporters: [], milestones: [figure('a', 1, 70, -1), figure('b', 5, 80, -1)] };
    expect(seriesFigures(data).map((f) => f.value)).toEqual([70, 80]);
  });
});

describe('forecasts', () => {
  it('draws a projection from the last line figure before it', () => {
    const data: ChartData = {
      reporters,
      milestones: [
        figure('a', 1, 75, 0),
        figure('b', 3, 60, 1),
        event('goto', 4, 'business', { projection: { time: d(40), value: 100, label: 'By mid-April' } }),
      ],
    };
    expect(forecasts(data, 'Target')).toEqual([
      {
        key: 'projection:goto',
        for: 'goto',
        kind: 'projection',
        from: { time: d(1), value: 75 },
        to: { time: d(40), value: 100 },
        label: 'By mid-April',
      },
    ]);
  });
  it('draws the deadline target only when the last figure falls short of 100%', () => {
    const short: ChartData = { reporters, milestones: [figure('a', 1, 90, 0), event('deadline', 60, 'deadline')] };
    expect(forecasts(short, 'Target')).toEqual([
      {
        key: 'target:deadline',
        for: 'deadline',
        kind: 'target',
        from: { time: d(1), value: 90 },
        to: { time: d(75), value: 100 },
        label: 'Target',
      },
    ]);
    const done: ChartData = {
      reporters,
      milestones: [figure('a', 1, 90, 0), figure('b', 20, 100, 1), event('deadline', 60, 'deadline')],
    };
    expect(forecasts(done, 'Target')).toEqual([]);
  });
});

describe('disagreements', () => {
  it('finds figures within three days that differ, and only those', () => {
    const found = disagreements([
      figure('a', 1, 75, 0),
      figure('b', 3, 75, 0, { reports: [{ time: d(4), value: 70, estimate: true, reporter: 1 }] }),
      figure('c', 20, 100, 1),
      figure('d', 22, 87, 0, { reports: [{ time: d(22), value: 80, estimate: false, reporter: 1 }] }),
      figure('e', 26, 90, 0),
      figure('f', 40, 95, 0),
      figure('g', 42, 95, 1),
    ]);
    expect(found).toEqual([
      { ids: ['a', 'b'], from: d(1), to: d(4), low: 70, high: 75 },
      { ids: ['c', 'd'], from: d(20), to: d(22), low: 80, high: 100 },
    ]);
  });
});
