import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { chartMilestones, fullDomain } from '../../../src/lib/timeline/model';
import { renderTimelineSvg } from '../../../src/lib/timeline/svg';
import { realTimeline } from './helpers';

const { timeline } = realTimeline();

/** Snapshots compare shape, not float noise: numbers to whole pixels, one element per line. */
function normalise(svg: string): string {
  return svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n)))).replace(/></g, '>\n<');
}

describe('timeline SVG', () => {
  it.each([
    [375, 'id'],
    [768, 'en'],
    [1280, 'id'],
  ] as const)('at %dpx in %s matches its snapshot', async (width, lang) => {
    const milestones = chartMilestones(timeline, lang);
    const g = layoutTimeline(milestones, {
      width,
      domain: fullDomain(milestones),
      lang,
      targetLabel: 'Target',
      highlight: 'progres-87-persen-4-maret',
    });
    const svg = renderTimelineSvg(g, {
      uid: 'tl-x',
      title: timeline.title[lang],
      description: timeline.summary[lang],
      highlight: 'progres-87-persen-4-maret',
    });
    await expect(normalise(svg)).toMatchFileSnapshot(`__snapshots__/timeline-${width}-${lang}.svg`);
  });

  it('is an accessible image with a title and description', () => {
    const milestones = chartMilestones(timeline, 'en');
    const svg = renderTimelineSvg(
      layoutTimeline(milestones, { width: 800, domain: fullDomain(milestones), lang: 'en', targetLabel: 'T' }),
      {
        uid: 'u',
        title: 'The title',
        description: 'The description',
      },
    );
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="u-title u-desc"/);
    expect(svg).toContain('<title id="u-title">The title</title><desc id="u-desc">The description</desc>');
  });

  it('escapes every text and attribute value', () => {
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
    const milestones = [
      {
        id: 'x"><b',
        kind: 'business' as const,
        time: 1e12,
        span: [1e12 - 1, 1e12 + 1] as [number, number],
        label: hostile,
      },
    ];
    const svg = renderTimelineSvg(
      layoutTimeline(milestones, { width: 800, domain: fullDomain(milestones), lang: 'en', targetLabel: 'T' }),
      {
        uid: 'u',
        title: hostile,
        description: hostile,
      },
    );
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('"><b');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;"&gt;&lt;img src=x onerror=alert(1)&gt;</title>');
    expect(svg).toContain('data-id="x&quot;&gt;&lt;b"');
  });
});
