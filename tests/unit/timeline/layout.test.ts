import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  figureText,
  layoutTimeline,
  MARGIN,
  verticalBelow,
  type LayoutOptions,
  type TimelineGeometry,
} from '../../../src/lib/timeline/layout';
import { chartData, focusDomain, fullDomain, type ChartData } from '../../../src/lib/timeline/model';
import type { Span } from '../../../src/lib/timeline/range';
import { estimateTextWidth } from '../../../src/lib/timeline/text';
import { openingChart, openingOptions } from '../../../src/lib/timeline/opening';
import { zoomSpan } from '../../../src/lib/timeline/zoom';
import { AS_OF, cluster, fixtureTimeline, generated, openingFixture, ruleBreaks, TODAY, unaccounted } from './helpers';

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
/** A fixture timeline as it opens, at a width: the page's layout options. */
const opening = (id: string, width: number, lang: 'id' | 'en' = 'en', extra: Partial<LayoutOptions> = {}) => {
  const o = openingFixture(id, lang);
  return layoutTimeline(o.chart, { ...openingOptions(o, lang), width, ...extra });
};

const WIDTHS = [320, 375, 414, 559, 560, 640, 768, 1024, 1280, 1440];
const datasets: [string, (lang: 'id' | 'en') => ChartData][] = [
  ['the real-shaped timeline (events and progress)', (lang) => openingFixture('migration', lang).chart],
  ['events only, one date far ahead', (lang) => openingFixture('events-only', lang).chart],
  ['progress only', (lang) => openingFixture('progress-only', lang).chart],
  ['a cluster of 8 events in 3 weeks', (lang) => openingFixture('cluster', lang).chart],
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
        }, 120_000);
      }
    });
});

/** Each milestone label's distance from its mark, and whether a leader joins them. */
function labelReach(g: TimelineGeometry) {
  const marks = new Map(g.marks.map((m) => [m.id, m]));
  return g.labels
    .filter((l) => l.role === 'milestone')
    .map((l) => {
      const m = marks.get(l.for)!;
      const centre = g.orientation === 'vertical' ? l.box.y + l.box.height / 2 - m.y : l.box.x + l.box.width / 2 - m.x;
      const toBox = (x: number, y: number) =>
        Math.hypot(
          Math.max(l.box.x - x, 0, x - (l.box.x + l.box.width)),
          Math.max(l.box.y - y, 0, y - (l.box.y + l.box.height)),
        );
      // A leader from the mark's edge to the label's box.
      const joined = g.leaders.some(
        (s) =>
          s.for === l.for &&
          ((Math.hypot(s.x1 - m.x, s.y1 - m.y) <= 12 && toBox(s.x2, s.y2) <= 4) ||
            (Math.hypot(s.x2 - m.x, s.y2 - m.y) <= 12 && toBox(s.x1, s.y1) <= 4)),
      );
      const gapToBox = Math.hypot(
        Math.max(l.box.x - m.x, 0, m.x - (l.box.x + l.box.width)),
        Math.max(l.box.y - m.y, 0, m.y - (l.box.y + l.box.height)),
      );
      return { id: l.for, centre: Math.abs(centre), joined, gapToBox };
    });
}

describe('a chart that fits its data', () => {
  it('draws no percent panel for a timeline of events only, and no events axis for one of progress only', () => {
    for (const width of [320, 375, 768, 1280]) {
      const events = opening('events-only', width);
      expect(events.panel, `${width}px`).toBeNull();
      expect(events.progressGrid).toEqual([]);
      expect(events.series).toBeNull();
      expect(events.labels.some((l) => /%/.test(l.lines.join(' ')))).toBe(false);
      const progress = opening('progress-only', width);
      expect(progress.eventsAxis, `${width}px`).toBeNull();
      expect(progress.panel).not.toBeNull();
      const both = opening('migration', width);
      expect(both.panel).not.toBeNull();
      expect(both.eventsAxis).not.toBeNull();
    }
  });

  it('a chart without a panel is shorter than one with it', () => {
    expect(opening('events-only', 1280).height).toBeLessThan(opening('migration', 1280).height - 100);
  });

  it('ends the axis at the last event up to asOf; a date after it sits at the edge as "until <date>"', () => {
    const o = openingFixture('events-only');
    const later = o.chart.milestones.find((m) => m.later)!;
    expect(later.id).toBe('e11');
    expect(later.later).toBe('until 17 Jun 2027');
    // The axis ends a few days after the last event up to asOf (29 September 2025), not in 2027.
    expect(o.full[1]).toBeLessThan(Date.UTC(2025, 10, 1));
    expect(o.full[1]).toBeGreaterThan(Date.UTC(2025, 8, 29));
    for (const width of [375, 1280]) {
      const g = layoutTimeline(o.chart, { width, domain: o.full, full: o.full, lang: 'en', ...o.labels });
      const mark = g.marks.find((m) => m.id === 'e11')!;
      expect(mark.later).toBe(true);
      const end = g.scales.time.range()[1]!;
      expect(Math.abs((g.orientation === 'horizontal' ? mark.x : mark.y) - end)).toBeLessThan(1);
      const label = g.labels.find((l) => l.for === 'e11' && l.role === 'milestone');
      const counted = g.more.some((m) => m.ids.includes('e11'));
      expect(label?.lines.join(' ') ?? (counted ? 'until 17 Jun 2027' : '')).toContain('until 17 Jun 2027');
      expect(g.drawn.later).toBe(true);
    }
    // Zoomed in away from the end, it is not drawn.
    const g = layoutTimeline(o.chart, { width: 1280, domain: o.focus, full: o.full, lang: 'en', ...o.labels });
    expect(g.marks.some((m) => m.id === 'e11')).toBe(false);
    expect(g.drawn.later).toBe(false);
  });

  it('an asOf later than the day the site is built is today', () => {
    const { timeline: t } = fixtureTimeline('events-only');
    const data = openingChart({ ...t, asOf: '2030-01-01' }, 'en', { today: TODAY }).chart;
    expect(data.milestones.filter((m) => m.later).map((m) => m.id)).toEqual(['e11']);
    // An earlier asOf leaves more at the axis' end.
    const earlier = openingChart({ ...t, asOf: '2025-06-01' }, 'en', { today: TODAY }).chart;
    expect(earlier.milestones.filter((m) => m.later).map((m) => m.id)).toEqual([
      'e06',
      'e07',
      'e08',
      'e09',
      'e10',
      'e11',
    ]);
  });

  it('the key lists only what the chart draws', () => {
    const events = opening('events-only', 1280).drawn;
    expect(events).toMatchObject({ estimate: false, forecast: false, disagreement: false, reporters: [] });
    const both = opening('migration', 1280).drawn;
    expect(both).toMatchObject({ estimate: true, forecast: true, disagreement: true, deadline: true });
    expect(both.reporters.length).toBeGreaterThan(1);
    expect(opening('progress-only', 1280).drawn.kinds).toEqual([]);
  });

  it('overview ticks never overlap and stay on the strip, at every width', () => {
    for (const id of ['migration', 'events-only', 'cluster'])
      for (let width = 320; width <= 1440; width += 16) {
        const g = opening(id, width);
        const o = g.overview;
        if (!o) continue;
        const boxes = o.ticks.map((t) => {
          const w = estimateTextWidth(t.text, 12);
          return [t.x - w / 2, t.x + w / 2] as const;
        });
        for (let i = 1; i < boxes.length; i++)
          expect(
            boxes[i]![0] - boxes[i - 1]![1],
            `${id} ${width}px: ${o.ticks[i - 1]!.text} / ${o.ticks[i]!.text}`,
          ).toBeGreaterThan(0);
        for (const [a, b] of boxes) {
          expect(a).toBeGreaterThanOrEqual(o.box.x - 0.5);
          expect(b).toBeLessThanOrEqual(o.box.x + o.box.width + 0.5);
        }
      }
  }, 60_000);

  it('labels stay next to their marks at every width: within 24 px, or joined by a leader', () => {
    for (const id of ['migration', 'events-only', 'cluster'])
      for (const lang of ['id', 'en'] as const)
        for (let width = 320; width <= 1440; width += 40) {
          const g = opening(id, width, lang);
          for (const r of labelReach(g)) {
            const near = g.orientation === 'vertical' ? r.centre <= 24 : r.gapToBox <= 24;
            expect(near || r.joined, `${id} ${lang} ${width}px: ${r.id} ${JSON.stringify(r)}`).toBe(true);
          }
          // And never far along the time axis: a phone's label sits within 130 px of its mark.
          if (g.orientation === 'vertical')
            for (const r of labelReach(g)) expect(r.centre, `${id} ${width}px ${r.id}`).toBeLessThanOrEqual(130);
        }
  }, 60_000);

  it('a cluster of 8 events within 3 weeks opens on the cluster, every event labelled', () => {
    const o = openingFixture('cluster');
    const clustered = o.chart.milestones.filter((m) => m.id.startsWith('c'));
    expect(clustered).toHaveLength(8);
    for (const m of clustered) {
      expect(m.time).toBeGreaterThanOrEqual(o.focus[0]);
      expect(m.time).toBeLessThan(o.focus[1]);
    }
    expect(o.focus[1] - o.focus[0]).toBeLessThan((o.full[1] - o.full[0]) / 4);
    for (const lang of ['id', 'en'] as const)
      for (const width of [320, 375, 414, 768, 1024, 1280, 1440]) {
        const g = opening('cluster', width, lang);
        const labelled = new Set(g.labels.filter((l) => l.role === 'milestone').map((l) => l.for));
        expect(
          clustered.filter((m) => !labelled.has(m.id)).map((m) => m.id),
          `${lang} ${width}px`,
        ).toEqual([]);
      }
  });

  it('draws the story’s beats (annotations from content) at every width, in both languages', () => {
    const { timeline: t } = fixtureTimeline();
    const annotated = t.milestones.filter((m) => m.annotation).map((m) => m.id);
    expect(annotated).toHaveLength(3);
    for (const lang of ['id', 'en'] as const)
      for (let width = 320; width <= 1440; width += 40) {
        const g = opening('migration', width, lang);
        const drawn = g.labels.filter((l) => l.role === 'annotation');
        expect(drawn.map((l) => l.for).sort(), `${lang} ${width}px`).toEqual([...annotated].sort());
        for (const l of drawn) {
          const text = t.milestones.find((m) => m.id === l.for)!.annotation![lang];
          expect(l.lines.join(' ')).toBe(text);
        }
      }
  }, 30_000);
});

describe('layoutTimeline', () => {
  const data = chartData(timeline, 'en', AS_OF);

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
      const axis = g.eventsAxis!;
      for (const m of events)
        if (g.orientation === 'horizontal') expect(m.y).toBe(axis.y1);
        else expect(m.x).toBe(axis.x1);
      // The events axis lies outside the percent panel.
      if (g.orientation === 'horizontal') expect(axis.y1).toBeLessThan(g.panel!.y);
      else expect(axis.x1).toBeGreaterThan(g.panel!.x + g.panel!.width);
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

  it('uses d3 scales that invert: time ↔ pixels and percent ↔ pixels', () => {
    for (const width of [375, 1280]) {
      const g = layout(data, width);
      const [t0, t1] = g.scales.time.domain() as [number, number];
      for (const t of [t0, (t0 + t1) / 2, t1]) expect(g.scales.time.invert(g.scales.time(t))).toBeCloseTo(t, -1);
      expect(g.scales.value.invert(g.scales.value(42))).toBeCloseTo(42);
      // Marks are placed to a tenth of a pixel: inverted, they land within a tenth of a pixel's time.
      const [r0, r1] = g.scales.time.range() as [number, number];
      const tenth = ((t1 - t0) / Math.abs(r1 - r0)) * 0.1;
      for (const m of g.marks.filter((k) => k.band === 'events' && !k.later)) {
        const time = data.milestones.find((x) => x.id === m.id)!.time;
        const back = g.scales.time.invert(g.orientation === 'horizontal' ? m.x : m.y);
        expect(Math.abs(back - time)).toBeLessThanOrEqual(tenth);
      }
    }
    expect(layout(data, 1280).scales.time.range()).toEqual([MARGIN.left, 1280 - MARGIN.right]);
  });

  it('shows the whole span in the overview strip and the view as its window', () => {
    const g = layout(data, 1280);
    const o = g.overview!;
    const full = fullDomain(data.milestones);
    expect(o.scale.domain()).toEqual(full);
    expect(o.window.x).toBeGreaterThan(o.box.x);
    expect(o.window.x + o.window.width).toBeLessThanOrEqual(o.box.x + o.box.width + 0.1);
    expect(layout(data, 1280, 'id', full).overview!.window.width).toBeCloseTo(o.box.width, 0);
  });

  it('leaves the overview strip out of a compact chart, which is shorter, at any width', () => {
    const page = layout(data, 343);
    const compact = layout(data, 343, 'id', undefined, { compact: true });
    expect(page.overview).not.toBeNull();
    expect(compact.overview).toBeNull();
    expect(compact.height).toBeLessThan(page.height);
    expect(layout(data, 768).overview).not.toBeNull();
    expect(layout(data, 768, 'id', undefined, { compact: true }).overview).toBeNull();
  });

  it('gives the progress band room to read on phones: from a little under the lowest figure to 100%', () => {
    for (const width of [320, 375]) {
      const g = layout(data, width);
      expect(g.panel!.width).toBeGreaterThanOrEqual(72);
      // The lowest figure (70%) sits inside the band, 100% at its right edge.
      expect(g.scales.value.domain()).toEqual([60, 100]);
      expect(g.scales.value(100)).toBe(g.panel!.x + g.panel!.width);
      expect(layout(data, width, 'id', undefined, { compact: true }).panel!.width).toBeGreaterThanOrEqual(64);
    }
    expect(layout(data, 1280).scales.value.domain()).toEqual([0, 100]);
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
