import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { chartData, focusDomain, fullDomain } from '../../../src/lib/timeline/model';
import { renderTimelineSvg, reporterShape } from '../../../src/lib/timeline/svg';
import { cluster, fixtureTimeline, AS_OF } from './helpers';

const { timeline } = fixtureTimeline();

/** Snapshots compare shape, not float noise: numbers to whole pixels, one element per line. */
function normalise(svg: string): string {
  return svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n)))).replace(/></g, '>\n<');
}

const draw = (data: ReturnType<typeof chartData>, width: number, lang: 'id' | 'en', highlight?: string) => {
  const full = fullDomain(data.milestones);
  return renderTimelineSvg(
    layoutTimeline(data, {
      width,
      domain: focusDomain(data.milestones, full),
      full,
      lang,
      targetLabel: 'Target',
      disagreeLabel: 'Sources disagree',
      highlight,
    }),
    { uid: 'tl-x', title: 'Title', description: 'Description', highlight },
  );
};

describe('timeline SVG', () => {
  it.each([
    ['real-shaped', 375, 'id'],
    ['real-shaped', 768, 'en'],
    ['real-shaped', 1280, 'id'],
  ] as const)('%s at %dpx in %s matches its snapshot', async (name, width, lang) => {
    const svg = draw(chartData(timeline, lang, AS_OF), width, lang, 'progres-87-persen-4-maret');
    await expect(normalise(svg)).toMatchFileSnapshot(`__snapshots__/${name}-${width}-${lang}.svg`);
  });

  it('a crowded cluster matches its snapshot', async () => {
    await expect(normalise(draw(cluster(), 768, 'en'))).toMatchFileSnapshot('__snapshots__/cluster-768-en.svg');
  });

  it('is an accessible image with a title and description', () => {
    const svg = draw(chartData(timeline, 'en', AS_OF), 800, 'en');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="tl-x-title tl-x-desc"/);
    expect(svg).toContain('<title id="tl-x-title">Title</title><desc id="tl-x-desc">Description</desc>');
  });

  it('draws each reporter in a shape of its own', () => {
    expect(new Set([0, 1, 2, 3, 4, 5].map(reporterShape)).size).toBe(6);
  });

  it('escapes every text and attribute value', () => {
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
    const t = 1e12;
    const data = {
      reporters: [{ id: 'r', name: hostile, line: true }],
      milestones: [
        { id: 'x"><b', kind: 'business' as const, time: t, span: [t - 1, t + 1] as [number, number], label: hostile },
      ],
    };
    const full = fullDomain(data.milestones);
    const svg = renderTimelineSvg(
      layoutTimeline(data, {
        width: 800,
        domain: full,
        full,
        lang: 'en',
        targetLabel: hostile,
        disagreeLabel: hostile,
      }),
      { uid: 'u', title: hostile, description: hostile },
    );
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('"><b');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;"&gt;&lt;img src=x onerror=alert(1)&gt;</title>');
    expect(svg).toContain('data-id="x&quot;&gt;&lt;b"');
  });
});
