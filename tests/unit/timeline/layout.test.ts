import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zoomSpan } from '../../../src/lib/timeline/domain';
import {
  figureText,
  layoutTimeline,
  MARGIN,
  verticalBelow,
  type LayoutOptions,
} from '../../../src/lib/timeline/layout';
import { chartData, focusDomain, fullDomain, type ChartData } from '../../../src/lib/timeline/model';
import type { Span } from '../../../src/lib/timeline/range';
import { cluster, fixtureTimeline, generated, ruleBreaks, unaccounted } from './helpers';

const { timeline } = fixtureTimeline();
const labels = { targetLabel: 'Target', disagreeLabel: 'Sources disagree' };
const layout = (
  data: ChartData,
  width: number,
  lang: 'id' | 'en' = 'id',
  domain?: Span,
  extra: Partial<LayoutOptions> = {},
) => {
  const full = fullDomain(data.milestones);
  return layoutTimeline(data, {
    width,
    domain: domain ?? focusDomain(data.milestones, full),
    full,
    lang,
    ...labels,
    ...extra,
  });
};

const WIDTHS = [320, 375, 414, 559, 560, 640, 768, 1024, 1280, 1440];
const datasets: [string, (lang: 'id' | 'en') => ChartData][] = [
  ['the real-shaped timeline', (lang) => chartData(timeline, lang)],
  ['10 milestones', () => generated(10, { spacing: 4 })],
  ['100 milestones', () => generated(100)],
  ['1,000 milestones', () => generated(1000)],
  ['8 events within 3 days among reports', () => cluster()],
  ['labels of 40 characters', () => generated(40, { spacing: 2, labelLength: 40 })],
];

describe('the drawing rules, at every width, in both languages, at every zoom step', () => {
  for (const [name, make] of datasets)
    describe(name, () => {
      for (const lang of ['id', 'en'] as const) {
        const data = make(lang);
        const full = fullDomain(data.milestones);
        const focus = focusDomain(data.milestones, full);
        const middle = (focus[0] + focus[1]) / 2;
        const steps: [string, Span][] = [
          ['focus', focus],
          ['zoomed in 2×', zoomSpan(focus, 2, middle, full)],
          ['zoomed in 8×', zoomSpan(focus, 8, middle, full)],
          ['everything', full],
        ];
        it(`${lang}: no label overlaps a label or mark, no line crosses a label not its own, every milestone labelled or counted`, () => {
          for (const width of WIDTHS)
            for (const [step, domain] of steps) {
              const g = layout(data, width, lang, domain);
              expect(ruleBreaks(g), `${width}px, ${step}`).toEqual([]);
              expect(unaccounted(g), `${width}px, ${step}`).toEqual([]);
            }
        }, 60_000);
      }
    });
});

describe('layoutTimeline', () => {
  const data = chartData(timeline, 'en');

  it.each([320, 375, 559])('is vertical below %dpx', (width) =>
    expect(layout(data, width).orientation).toBe('vertical'),
  );
  it.each([560, 768, 1280])('is horizontal from %dpx', (width) =>
    expect(layout(data, width).orientation).toBe('horizontal'),
  );
  it('turns vertical where the embed switches to its phone styles', () => {
    // timeline.css's container queries are held to box.ts's widths in box.test.ts.
    const css = readFileSync('src/layouts/EmbedLayout.astro', 'utf8');
    const below = [...css.matchAll(/@media \(max-width: ([\d.]+)px\)/g)].map((m) => Number(m[1]));
    expect(below).toEqual([verticalBelow - 0.02]);
  });

  it('draws nothing but reported figures against the percent axis', () => {
    for (const width of [375, 1280]) {
      const g = layout(data, width);
      for (const m of g.marks)
        expect(m.band, m.id).toBe(data.milestones.find((x) => x.id === m.id)!.progress ? 'progress' : 'events');
      const events = g.marks.filter((m) => m.band === 'events');
      const axis = g.eventsAxis;
      for (const m of events)
        if (g.orientation === 'horizontal') expect(m.y).toBe(axis.y1);
        else expect(m.x).toBe(axis.x1);
      // The events axis lies outside the percent panel.
      if (g.orientation === 'horizontal') expect(axis.y1).toBeLessThan(g.frame.y);
      else expect(axis.x1).toBeGreaterThan(g.frame.x + g.frame.width);
    }
  });

  it('plots each figure at its value, by its reporter, and joins only the line reporter’s', () => {
    const g = layout(data, 1280);
    const line = data.reporters.findIndex((r) => r.line);
    for (const m of g.marks.filter((k) => k.band === 'progress')) {
      const source = data.milestones.find((x) => x.id === m.id)!.progress!;
      expect(g.scales.value.invert(m.y)).toBeCloseTo(source.value, 0);
      expect(m.reporter).toBe(source.reporter);
    }
    const joined = data.milestones.filter((m) => m.progress?.reporter === line).length;
    expect(g.series!.match(/L/g)).toHaveLength(joined - 1);
    expect(g.points.length).toBe(data.milestones.flatMap((m) => m.reports ?? []).length);
  });

  it('marks the stretches where sources disagree, the 12–14 March one among them', () => {
    const g = layout(data, 1280);
    const ids = g.disagreements.map((d) => d.ids);
    expect(ids).toContainEqual(expect.arrayContaining(['klaim-rampung-media', 'progres-87-persen-rincian']));
    const d = g.disagreements.find((x) => x.ids.includes('klaim-rampung-media'))!;
    expect(g.scales.value.invert(d.y + 8)).toBeCloseTo(100, 0);
  });

  it('draws forecasts dashed and labels them as forecasts, never as figures', () => {
    const g = layout(data, 1280);
    expect(g.projections.map((p) => p.kind)).toEqual(['projection']);
    expect(g.labels.filter((l) => l.role === 'projection').map((l) => l.for)).toEqual(['public-expose-goto']);
  });

  it('exposes scales that invert: time ↔ pixels and percent ↔ pixels', () => {
    for (const width of [375, 1280]) {
      const g = layout(data, width);
      const t = (g.scales.time.domain[0] + g.scales.time.domain[1]) / 2;
      expect(g.scales.time.invert(g.scales.time(t))).toBeCloseTo(t, -1);
      expect(g.scales.value.invert(g.scales.value(42))).toBeCloseTo(42);
    }
    expect(layout(data, 1280).scales.time.range).toEqual([MARGIN.left, 1280 - MARGIN.right]);
  });

  it('shows the whole span in the overview strip and the view as its window', () => {
    const g = layout(data, 1280);
    const o = g.overview!;
    const full = fullDomain(data.milestones);
    expect(o.scale.domain).toEqual(full);
    expect(o.window.x).toBeGreaterThan(o.box.x);
    expect(o.window.x + o.window.width).toBeLessThanOrEqual(o.box.x + o.box.width + 0.1);
    expect(layout(data, 1280, 'id', full).overview!.window.width).toBeCloseTo(o.box.width, 0);
  });

  it('gives the progress band room to read on phones', () => {
    expect(layout(data, 320).frame.width).toBeGreaterThanOrEqual(100);
    expect(layout(data, 375).frame.width).toBeGreaterThanOrEqual(120);
  });

  it('keeps the highlighted milestone labelled even in a crowded chart', () => {
    const crowded = generated(60);
    const g = layout(crowded, 600, 'en', fullDomain(crowded.milestones), { highlight: 'm37' });
    expect(g.labels.some((l) => l.for === 'm37' && l.role === 'milestone')).toBe(true);
    expect(g.more.length).toBeGreaterThan(0);
  });

  it('writes short figures as reported: "87%", "~75%", ">70%", "<90%"', () => {
    expect(figureText({ value: 87, estimate: false })).toBe('87%');
    expect(figureText({ value: 75, estimate: true })).toBe('~75%');
    expect(figureText({ value: 70, estimate: true, qualifier: 'over' })).toBe('>70%');
    expect(figureText({ value: 90, estimate: true, qualifier: 'almost' })).toBe('<90%');
  });

  it('copes with no milestones at all', () => {
    const empty = { milestones: [], reporters: [] };
    const g = layout(empty, 800, 'en', fullDomain([]));
    expect(g.marks).toEqual([]);
    expect(g.series).toBeNull();
  });
});
