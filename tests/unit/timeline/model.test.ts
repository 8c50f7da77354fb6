import { describe, expect, it } from 'vitest';
import { endOf, midpointOf, startOf } from '../../../src/lib/content/dates';
import {
  chartData,
  figuresOf,
  focusDomain,
  fullDomain,
  OPENING_MOST,
  withinRange,
} from '../../../src/lib/timeline/model';
import { parseRange } from '../../../src/lib/timeline/range';
import { fixtureTimeline, generated, AS_OF } from './helpers';

const { timeline } = fixtureTimeline();

describe('chartData', () => {
  const data = chartData(timeline, 'en', AS_OF);

  it('keeps every milestone in time order, in the page language', () => {
    expect(data.milestones.map((m) => m.id).sort()).toEqual(timeline.milestones.map((m) => m.id).sort());
    expect(data.milestones.map((m) => m.time)).toEqual([...data.milestones.map((m) => m.time)].sort((a, b) => a - b));
    expect(data.milestones[0]!.label).toBe(timeline.milestones[0]!.label.en);
  });

  it('gives each figure its reporter, and reports the date they were made', () => {
    const source = timeline.milestones.find((m) => m.reports?.some((r) => r.date))!;
    const m = data.milestones.find((x) => x.id === source.id)!;
    const report = source.reports!.find((r) => r.date)!;
    expect(m.reports![0]).toMatchObject({ time: midpointOf(report.date!), value: report.value });
    expect(data.reporters[m.reports![0]!.reporter]!.id).toBe(report.by);
    expect(data.reporters[m.progress!.reporter]!.id).toBe(source.progress!.by);
    expect(figuresOf(m)).toHaveLength(1 + source.reports!.length);
  });

  it('places a month-precise deadline in the middle of its month and spans the month', () => {
    const deadline = data.milestones.find((m) => m.kind === 'deadline')!;
    const date = timeline.milestones.find((m) => m.id === deadline.id)!.date;
    expect(deadline.span).toEqual([startOf(date), endOf(date)]);
  });
});

describe('domains', () => {
  const { milestones } = chartData(timeline, 'id', AS_OF);
  const full = fullDomain(milestones);

  it('the whole span holds every milestone, figure and forecast', () => {
    for (const m of milestones) {
      expect(m.span[0]).toBeGreaterThanOrEqual(full[0]);
      for (const f of figuresOf(m)) expect(f.time).toBeLessThan(full[1]);
      if (m.projection) expect(m.projection.time).toBeLessThan(full[1]);
    }
  });

  it.each([
    ['the real-shaped timeline', milestones],
    ['60 generated milestones', generated(OPENING_MOST).milestones],
  ])('the focus view of %s holds every reported figure, inside the whole span', (_name, ms) => {
    const all = fullDomain(ms);
    const focus = focusDomain(ms, all);
    for (const f of ms.flatMap(figuresOf)) {
      expect(f.time).toBeGreaterThanOrEqual(focus[0]);
      expect(f.time).toBeLessThan(focus[1]);
    }
    expect(focus[0]).toBeGreaterThanOrEqual(all[0]);
    expect(focus[1]).toBeLessThanOrEqual(all[1]);
  });

  it.each([100, 1000])(
    `%d generated milestones open on the latest ${OPENING_MOST} of them, the latest report in view`,
    (n) => {
      const ms = generated(n).milestones;
      const all = fullDomain(ms);
      const focus = focusDomain(ms, all);
      const inView = ms.filter((m) => m.time >= focus[0] && m.time <= focus[1]);
      expect(inView).toHaveLength(OPENING_MOST);
      expect(inView.map((m) => m.id)).toEqual(ms.slice(-OPENING_MOST).map((m) => m.id));
      const lastFigure = Math.max(...ms.flatMap(figuresOf).map((f) => f.time));
      expect(lastFigure).toBeLessThan(focus[1]);
      // It ends near its last milestone, not where the whole span's room (months, for years) does.
      const lastEnd = Math.max(...inView.map((m) => Math.max(m.span[1], m.projection?.time ?? -Infinity)));
      expect(focus[1] - lastEnd).toBeLessThanOrEqual(0.05 * (focus[1] - focus[0]));
      expect(all[1] - lastEnd).toBeGreaterThan(focus[1] - lastEnd);
      expect(focus[0]).toBeGreaterThanOrEqual(all[0]);
      expect(focus[1]).toBeLessThanOrEqual(all[1]);
    },
  );

  it('frames the weeks with progress reports, not the whole story', () => {
    const focus = focusDomain(milestones, full);
    expect(focus[1] - focus[0]).toBeLessThan((full[1] - full[0]) / 2);
  });

  it('without any figure, the focus frames the densest stretch of events (the whole span if short)', () => {
    const events = milestones.filter((m) => !m.progress && !m.reports);
    const focus = focusDomain(events, full);
    expect(events.filter((m) => m.time >= focus[0] && m.time < focus[1]).length).toBeGreaterThanOrEqual(3);
    expect(focus[1] - focus[0]).toBeLessThan((full[1] - full[0]) / 2);
    const short = events.filter((m) => m.time > Date.UTC(2023, 11, 1) && m.time < Date.UTC(2024, 0, 1));
    expect(focusDomain(short, fullDomain(short))).toEqual(fullDomain(short));
  });

  it('leaves milestones dated after asOf off the axis: they are drawn at its end', () => {
    const late = chartData(timeline, 'en', { asOf: '2024-03-01', until: 'until {date}' });
    const later = late.milestones.filter((m) => m.later);
    expect(later.length).toBeGreaterThan(0);
    for (const m of later) expect(m.span[0]).toBeGreaterThanOrEqual(Date.UTC(2024, 2, 2));
    expect(later.find((m) => m.kind === 'deadline')!.later).toBe('until Apr 2024');
    const axis = fullDomain(late.milestones);
    expect(axis[1]).toBeLessThan(Date.UTC(2024, 2, 10));
  });

  it('a range is exactly its months', () => {
    const range = parseRange('2024-02..2024-03')!;
    expect(fullDomain(milestones, range)).toEqual([startOf('2024-02'), endOf('2024-03')]);
    expect(withinRange(milestones, range).every((m) => m.time >= startOf('2024-02') && m.time < endOf('2024-03'))).toBe(
      true,
    );
  });
});
