// The chart's box (src/lib/timeline/box.ts): at every width, the live chart is exactly as tall as
// the box the drawing for readers without JavaScript had, so nothing moves when it takes over.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartBoxes, narrowestChart, staticWidths, variantFor, variantFrom } from '../../../src/lib/timeline/box';
import { layoutTimeline, verticalBelow } from '../../../src/lib/timeline/layout';
import { chartData, focusDomain, fullDomain, type ChartData } from '../../../src/lib/timeline/model';
import { renderTimelineSvg } from '../../../src/lib/timeline/svg';
import { cluster, fixtureTimeline, generated, AS_OF } from './helpers';

const sets: [string, ChartData][] = [
  ['1 milestone', generated(1)],
  ['4 short labels', generated(4, { labelLength: 12 })],
  ['16 long labels', generated(16, { labelLength: 60 })],
  ['40 milestones 3 days apart', generated(40, { spacing: 3, labelLength: 30 })],
  ['a cluster of events', cluster()],
  ['the fixture timeline', chartData(fixtureTimeline().timeline, 'id', AS_OF)],
];
// Every 3rd width of the vertical chart (where labels wrap), every 8th of the horizontal one, and
// the edges of each range.
const widths = [
  ...Array.from({ length: Math.ceil((verticalBelow - narrowestChart) / 3) }, (_, i) => narrowestChart + 3 * i),
  verticalBelow - 1,
  ...Array.from({ length: 130 }, (_, i) => verticalBelow + 8 * i),
  variantFrom.wide - 1,
  variantFrom.wide,
];

/** The options the page starts the chart with: its focus, and the whole span for the overview. */
function startOptions(data: ChartData) {
  const full = fullDomain(data.milestones);
  const domain = focusDomain(data.milestones, full);
  return { domain, full, lang: 'en' as const, targetLabel: 'Target', disagreeLabel: 'Sources disagree' };
}

describe('chart boxes', () => {
  for (const [name, data] of sets) {
    const options = startOptions(data);
    const boxes = chartBoxes(data, options);

    it(
      `${name}: from ${narrowestChart} to 1600 px wide the live chart fills its box exactly`,
      { timeout: 120_000 },
      () => {
        const wrong: string[] = [];
        for (const width of widths) {
          const box = boxes[variantFor(width)];
          const natural = layoutTimeline(data, { ...options, width }).height;
          const filled = layoutTimeline(data, { ...options, width, minHeight: box }).height;
          if (natural > box || filled !== box)
            wrong.push(`${width}px: natural ${natural}, filled ${filled}, box ${box}`);
        }
        expect(wrong).toEqual([]);
      },
    );

    it(`${name}: each drawing for readers without JavaScript has its box's height`, () => {
      for (const [variant, width] of Object.entries(staticWidths) as [keyof typeof staticWidths, number][]) {
        const g = layoutTimeline(data, { ...options, width, minHeight: boxes[variant] });
        const svg = renderTimelineSvg(g, { uid: 'u', title: 't', description: 'd' });
        expect(svg).toContain(`height="${boxes[variant]}"`);
        expect(svg).toContain(`viewBox="0 0 ${width} ${boxes[variant]}"`);
      }
    });
  }

  it('stretching only lengthens the plot: labels and marks keep their order', () => {
    const data = generated(16, { labelLength: 60 });
    const options = startOptions(data);
    for (const width of [320, 720]) {
      const natural = layoutTimeline(data, { ...options, width });
      const tall = layoutTimeline(data, { ...options, width, minHeight: natural.height + 100 });
      expect(tall.height).toBe(natural.height + 100);
      expect(tall.frame.height).toBe(natural.frame.height + 100);
      expect(tall.labels.map((l) => l.key)).toEqual(natural.labels.map((l) => l.key));
      expect(tall.marks.map((m) => m.id)).toEqual(natural.marks.map((m) => m.id));
    }
  });

  it("the widths where the drawings change are timeline.css's container queries", () => {
    const css = readFileSync('src/components/timeline/timeline.css', 'utf8');
    const queries = [...css.matchAll(/@container \(min-width: (\d+)px\)/g)].map((m) => Number(m[1]));
    expect(queries).toEqual([variantFrom.medium, variantFrom.wide]);
    expect(variantFrom.medium).toBe(verticalBelow);
    expect([variantFor(variantFrom.medium - 1), variantFor(variantFrom.medium), variantFor(variantFrom.wide)]).toEqual([
      'narrow',
      'medium',
      'wide',
    ]);
  });
});
