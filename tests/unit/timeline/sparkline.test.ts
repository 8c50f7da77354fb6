import { describe, expect, it } from 'vitest';
import { chartData } from '../../../src/lib/timeline/model';
import { sparklineSvg } from '../../../src/lib/timeline/sparkline';
import { fixtureTimeline, AS_OF } from './helpers';

const data = chartData(fixtureTimeline().timeline, 'en', AS_OF);

describe('sparklineSvg', () => {
  const svg = sparklineSvg(data, {
    width: 320,
    height: 90,
    marked: ['progres-87-persen-4-maret'],
    label: 'A "small" <chart>',
  });

  it('draws every reported figure, the line reporter’s joined, within its box', () => {
    const dots = [...svg.matchAll(/<circle [^>]*cx="([\d.]+)" cy="([\d.]+)" r="(\d)"/g)];
    expect(dots).toHaveLength(
      data.milestones.flatMap((m) => (m.progress ? [m.progress, ...(m.reports ?? [])] : [])).length,
    );
    for (const [, cx, cy] of dots) {
      expect(Number(cx)).toBeGreaterThanOrEqual(0);
      expect(Number(cx)).toBeLessThanOrEqual(320);
      expect(Number(cy)).toBeLessThanOrEqual(90);
    }
    expect(svg).toMatch(/<path class="tl-progress" d="M[\d.,L]+"\/>/);
  });

  it('marks the milestones the story turns on, and names itself for screen readers, escaped', () => {
    expect(svg.match(/r="5"/g)).toHaveLength(1);
    expect(svg).toContain('aria-label="A &quot;small&quot; &lt;chart&gt;"');
    expect(svg).toContain('class="tl-band"');
  });
});
