import { describe, expect, it } from 'vitest';
import { DAY } from '../../../src/lib/time';
import type { ChartData, ChartMilestone } from '../../../src/lib/timeline/model';
import { chartData } from '../../../src/lib/timeline/model';
import { storyFigures } from '../../../src/lib/timeline/story';
import { fixtureTimeline, AS_OF } from './helpers';

const day = (d: number) => Date.UTC(2024, 0, d) + DAY / 2;
const reporters = [
  { id: 'ministry', name: 'Ministry', line: true },
  { id: 'outlet', name: 'Outlet', line: false },
];
function report(
  id: string,
  d: number,
  value: number,
  reporter = 0,
  extra: Partial<ChartMilestone> = {},
): ChartMilestone {
  return {
    id,
    kind: 'progress',
    time: day(d),
    span: [day(d) - DAY / 2, day(d) + DAY / 2],
    label: id,
    progress: { time: day(d), value, estimate: false, reporter },
    ...extra,
  };
}
const summary = (data: ChartData) =>
  storyFigures(data).map(
    (f) => `${f.milestone}:${f.value}${f.complete ? ' complete' : ''}${f.disputed ? ' disputed' : ''}`,
  );

describe('storyFigures', () => {
  it('tells the fixture migration as about 75% → 87% → complete, with dates, and where sources disagree', () => {
    const figures = storyFigures(chartData(fixtureTimeline().timeline, 'en', AS_OF));
    expect(
      figures.map((f) => [
        f.milestone,
        f.value,
        f.qualifier,
        new Date(f.time).toISOString().slice(0, 10),
        f.complete,
        f.disputed,
      ]),
    ).toEqual([
      ['progres-75-persen', 75, 'about', '2024-02-13', false, true],
      ['progres-87-persen-4-maret', 87, undefined, '2024-03-04', false, true],
      ['migrasi-rampung', 100, undefined, '2024-03-27', true, true],
    ]);
  });

  it('takes the figures the line reporter gave more than once, the first and the last of them', () => {
    const data = {
      reporters,
      milestones: [
        report('a', 1, 50),
        report('b', 10, 60),
        report('c', 20, 60),
        report('d', 30, 70),
        report('e', 40, 80),
        report('f', 50, 80),
        report('g', 60, 90),
        report('h', 70, 90),
      ],
    };
    expect(summary(data)).toEqual(['b:60', 'g:90']);
  });

  it('without repeated figures, takes the first and last below 100%; an outlet’s figures are not the line', () => {
    const data = { reporters, milestones: [report('a', 1, 40), report('x', 5, 95, 1), report('b', 20, 70)] };
    expect(summary(data)).toEqual(['a:40', 'b:70']);
  });

  it('completion is the first 100% after which nothing lower was reported, and a contested claim marks it disputed', () => {
    const data = {
      reporters,
      milestones: [
        report('a', 1, 50),
        report('claim', 10, 100, 1),
        report('b', 12, 80),
        report('done', 30, 100),
        report('later', 40, 100, 1),
      ],
    };
    // The outlet's 100% and the ministry's 80% two days later disagree: both figures say so.
    expect(summary(data)).toEqual(['a:50', 'b:80 disputed', 'done:100 complete disputed']);
  });

  it('leaves out completion when the last report is below 100%, and an estimate of 100% does not count', () => {
    const estimate: ChartMilestone = {
      ...report('e', 20, 100),
      progress: { time: day(20), value: 100, estimate: true, reporter: 0 },
    };
    expect(summary({ reporters, milestones: [report('a', 1, 50), report('b', 10, 80), estimate] })).toEqual([
      'a:50',
      'b:80',
    ]);
    expect(summary({ reporters, milestones: [report('a', 1, 50), report('z', 9, 100), report('b', 10, 80)] })).toEqual([
      'a:50',
      'b:80 disputed',
    ]);
  });

  it('gives one figure for one report, and none for a timeline without figures', () => {
    expect(summary({ reporters, milestones: [report('a', 1, 50)] })).toEqual(['a:50']);
    const { progress: _, ...event } = report('a', 1, 50);
    expect(summary({ reporters, milestones: [{ ...event, kind: 'business' }] })).toEqual([]);
  });
});
