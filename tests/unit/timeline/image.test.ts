import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartImageStyle, chartImageSvg, IMAGE_WIDTH, timelineImageSvg } from '../../../src/lib/timeline/image';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { fullDomain } from '../../../src/lib/timeline/model';
import { cluster, fixtureTimeline, generated } from './helpers';

const { timeline } = fixtureTimeline();

/** Every class the renderer writes into a chart, over charts that use every kind of mark. */
function classesUsed(): Set<string> {
  const classes = new Set<string>();
  const svgs = [timelineImageSvg(timeline, 'en', 'https://example.org'), timelineImageSvg(timeline, 'id', undefined)];
  for (const data of [cluster(), generated(120)]) {
    const full = fullDomain(data.milestones);
    svgs.push(
      chartImageSvg(
        layoutTimeline(data, { width: 640, domain: full, full, lang: 'en', targetLabel: 'T', disagreeLabel: 'D' }),
        {
          title: 't',
          description: 'd',
          credit: '',
        },
      ),
    );
  }
  for (const svg of svgs)
    for (const m of svg.matchAll(/class="([^"]+)"/g)) for (const c of m[1]!.split(' ')) classes.add(c);
  return classes;
}

describe('the chart as an image', () => {
  const svg = timelineImageSvg(timeline, 'en', 'https://news.example.org');

  it('is 1,600 px wide, titled and credited, on its own background', () => {
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${IMAGE_WIDTH}"`));
    expect(svg).toContain(`>${timeline.title.en.split(' ').slice(0, 3).join(' ')}`);
    expect(svg).toContain('news.example.org');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#fcfbf8"/>');
  });

  it('styles every class the renderer uses, here and in the page stylesheet', () => {
    const css = readFileSync('src/components/timeline/timeline.css', 'utf8');
    const style = chartImageStyle();
    const unstyled = [...classesUsed()]
      .filter(
        (c) =>
          ![
            'tl-svg',
            'tl-horizontal',
            'tl-vertical',
            'tl-axis-line',
            'chart-image',
            'tl-grid',
            'tl-axis',
            'tl-bands',
            'tl-labels',
            'tl-marks',
            'tl-points',
            'tl-mores',
            'tl-leaders',
            'tl-overview',
            'tl-label',
            'tl-point',
          ].includes(c),
      )
      .filter((c) => !c.startsWith('tl-kind-') || ['tl-kind-deadline'].includes(c));
    for (const c of unstyled) {
      expect(style, `image style for .${c}`).toContain(`.${c}`);
      expect(css, `timeline.css for .${c}`).toContain(`.${c}`);
    }
  });
});
