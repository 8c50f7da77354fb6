import { describe, expect, it } from 'vitest';
import { midpointOf, startOf, endOf } from '../../../src/lib/content/dates';
import { boxesOverlap } from '../../../src/lib/timeline/labels';
import { forecasts, layoutTimeline, verticalBelow, type TimelineGeometry } from '../../../src/lib/timeline/layout';
import { chartMilestones, fullDomain, withinRange } from '../../../src/lib/timeline/model';
import { generated, realTimeline } from './helpers';

const { timeline } = realTimeline();
const layout = (
  width: number,
  lang: 'id' | 'en' = 'id',
  milestones = chartMilestones(timeline, lang),
  domain = fullDomain(milestones),
) => layoutTimeline(milestones, { width, domain, lang, targetLabel: 'Target' });

function overlaps(g: TimelineGeometry): string[] {
  const found: string[] = [];
  for (let i = 0; i < g.labels.length; i++)
    for (let j = i + 1; j < g.labels.length; j++)
      if (boxesOverlap(g.labels[i]!.box, g.labels[j]!.box)) found.push(`${g.labels[i]!.id} × ${g.labels[j]!.id}`);
  return found;
}

describe('the migration timeline data', () => {
  it('has every milestone of the facts sheet, in order, with the reported values as reported', () => {
    const reports = timeline.milestones
      .filter((m) => m.progress)
      .map((m) => [m.date, m.progress!.value, m.progress!.estimate]);
    expect(reports).toEqual([
      ['2024-02-21', 75, true],
      ['2024-02-23', 75, true],
      ['2024-03-01', 87, false],
      ['2024-03-04', 87, false],
      ['2024-03-14', 87, false],
      ['2024-03-18', 90, true],
      ['2024-03-27', 100, false],
    ]);
    expect(timeline.milestones.map((m) => m.date)).toEqual([
      '2023-09-25',
      '2023-09-27',
      '2023-10-04',
      '2023-12-11',
      '2023-12-12',
      '2024-01-31',
      '2024-02-21',
      '2024-02-23',
      '2024-02-28',
      '2024-03-01',
      '2024-03-04',
      '2024-03-14',
      '2024-03-18',
      '2024-03-27',
      '2024-04',
      '2024-04-25',
    ]);
  });
  it('shows the discrepancies on the milestones they concern', () => {
    const noted = timeline.milestones.filter((m) => m.note).map((m) => m.date);
    expect(noted).toEqual(expect.arrayContaining(['2024-03-01', '2024-03-04', '2024-03-14', '2024-03-27']));
    const completion = timeline.milestones.find((m) => m.date === '2024-03-27')!;
    expect(completion.note!.en).toMatch(/2023/);
  });
});

describe('layoutTimeline', () => {
  it.each([320, 375, 559])('is vertical below %dpx', (width) => expect(layout(width).orientation).toBe('vertical'));
  it.each([560, 768, 1280])('is horizontal from %dpx', (width) => expect(layout(width).orientation).toBe('horizontal'));
  it('switches at about 560px', () => expect(verticalBelow).toBe(560));

  describe.each([320, 375, 768, 1280])('at %dpx', (width) => {
    for (const lang of ['id', 'en'] as const) {
      const g = layout(width, lang);
      it(`${lang}: no two label boxes overlap`, () => expect(overlaps(g)).toEqual([]));
      it(`${lang}: every label lies inside the chart`, () => {
        for (const l of g.labels) {
          expect(l.box.x, l.id).toBeGreaterThanOrEqual(0);
          expect(l.box.x + l.box.width, l.id).toBeLessThanOrEqual(width);
          expect(l.box.y, l.id).toBeGreaterThanOrEqual(0);
          expect(l.box.y + l.box.height, l.id).toBeLessThanOrEqual(g.height);
        }
      });
      it(`${lang}: draws a mark for every milestone`, () =>
        expect(g.marks.map((m) => m.id)).toEqual(timeline.milestones.map((m) => m.id)));
    }
  });

  it('labels every milestone when there is room (1280px), and the vertical timeline always', () => {
    expect(layout(1280).labels.filter((l) => !l.forecast)).toHaveLength(16);
    expect(layout(375).labels.filter((l) => !l.forecast)).toHaveLength(16);
  });

  it('keeps the highlighted milestone labelled even in a crowded narrow chart', () => {
    const milestones = generated(60);
    const domain = fullDomain(milestones);
    const g = layoutTimeline(milestones, { width: 600, domain, lang: 'en', highlight: 'm37', targetLabel: 'Target' });
    expect(g.labels.some((l) => l.id === 'm37')).toBe(true);
    expect(g.labels.length).toBeLessThan(60);
    expect(overlaps(g)).toEqual([]);
  });

  it('plots reported progress in date order, as reported (a repeated 87% stays flat)', () => {
    const g = layout(1280);
    const ys = g.marks.filter((m) => m.hasProgress).map((m) => m.y);
    expect(ys[2]).toBe(ys[3]);
    expect(ys[3]).toBe(ys[4]);
    expect(g.progressPath?.match(/L/g)).toHaveLength(6);
    const xs = g.marks.filter((m) => m.hasProgress).map((m) => m.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('marks estimates apart from reported values', () => {
    const g = layout(1280);
    expect(g.marks.filter((m) => m.estimate).map((m) => m.id)).toEqual(
      timeline.milestones.filter((m) => m.progress?.estimate).map((m) => m.id),
    );
  });

  it("draws GoTo's forecast dashed from the last report before it to 100% in mid-April", () => {
    const milestones = chartMilestones(timeline, 'en');
    const lines = forecasts(milestones, 'Target');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      from: { time: midpointOf('2024-02-23'), value: 75 },
      to: { time: midpointOf('2024-04-13'), value: 100 },
    });
    expect(layout(1280).projections).toHaveLength(1);
  });

  it('draws a target line to the deadline when the last report is short of 100%', () => {
    const cut = withinRange(chartMilestones(timeline, 'en'), null).filter(
      (m) => m.time < midpointOf('2024-03-20') || m.kind === 'deadline',
    );
    const lines = forecasts(cut, 'Target');
    expect(lines.map((l) => l.id)).toContain(`${cut.find((m) => m.kind === 'deadline')!.id}--target`);
    const target = lines.find((l) => l.id.endsWith('--target'))!;
    expect(target).toMatchObject({ from: { value: 90 }, to: { value: 100, time: endOf('2024-04') } });
  });

  it('draws the April deadline as a band over the whole month', () => {
    const g = layout(1280);
    const milestones = chartMilestones(timeline, 'id');
    const domain = fullDomain(milestones);
    const x = (t: number) => 44 + ((t - domain[0]) / (domain[1] - domain[0])) * (1280 - 44 - 20);
    expect(g.bands).toHaveLength(1);
    expect(g.bands[0]!.x).toBeCloseTo(x(startOf('2024-04')), 0);
    expect(g.bands[0]!.x + g.bands[0]!.width).toBeCloseTo(x(endOf('2024-04')), 0);
  });

  it('shows only what lies in a zoomed span, and re-lays labels without overlaps', () => {
    const milestones = chartMilestones(timeline, 'id');
    const domain = [startOf('2024-02-15'), startOf('2024-03-20')] as const;
    for (const width of [375, 768, 1280]) {
      const g = layoutTimeline(milestones, { width, domain, lang: 'id', targetLabel: 'Target' });
      expect(g.marks.map((m) => m.id)).toEqual(
        milestones.filter((m) => m.time >= domain[0] && m.time <= domain[1]).map((m) => m.id),
      );
      expect(overlaps(g)).toEqual([]);
    }
  });

  it.each([10, 100, 1000])('never overlaps labels with %d milestones', (n) => {
    const milestones = generated(n);
    for (const width of [320, 768, 1280])
      expect(
        overlaps(layoutTimeline(milestones, { width, domain: fullDomain(milestones), lang: 'en', targetLabel: 'T' })),
      ).toEqual([]);
  });

  it('copes with no milestones at all', () => {
    const g = layoutTimeline([], { width: 800, domain: fullDomain([]), lang: 'en', targetLabel: 'T' });
    expect(g.marks).toEqual([]);
    expect(g.progressPath).toBeNull();
  });
});
