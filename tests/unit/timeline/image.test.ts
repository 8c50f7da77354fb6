import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t as t_ } from '../../../src/i18n';
import {
  chartImageStyle,
  chartImageSvg,
  IMAGE_WIDTH,
  NEWSLETTER_WIDTH,
  timelineImageSize,
  timelineImageSvg,
} from '../../../src/lib/timeline/image';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { fullDomain } from '../../../src/lib/timeline/model';
import { cluster, fixtureTimeline, generated, TODAY } from './helpers';

const { timeline } = fixtureTimeline();

/** Every class the renderer writes into a chart, over charts that use every kind of mark. */
function classesUsed(): Set<string> {
  const classes = new Set<string>();
  const svgs = [
    timelineImageSvg(timeline, 'en', 'https://example.org', TODAY),
    timelineImageSvg(timeline, 'id', undefined, TODAY, 'newsletter'),
    timelineImageSvg(fixtureTimeline('events-only').timeline, 'en', undefined, TODAY, 'newsletter'),
  ];
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
  const svg = timelineImageSvg(timeline, 'en', 'https://news.example.org', TODAY);

  it('is 1,600 px wide, titled and credited, on its own background', () => {
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${IMAGE_WIDTH}"`));
    expect(svg).toContain(`>${timeline.title.en.split(' ').slice(0, 3).join(' ')}`);
    expect(svg).toContain('news.example.org');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#fcfbf8"/>');
  });

  describe('for newsletters: drawn for 600 px, with its key and source line, no text under 12 px', () => {
    for (const id of ['migration', 'events-only'])
      for (const lang of ['id', 'en'] as const) {
        const t = fixtureTimeline(id).timeline;
        const picture = timelineImageSvg(t, lang, 'https://news.example.org', TODAY, 'newsletter');
        it(`${id}, ${lang}`, () => {
          // 600 CSS pixels, drawn at twice the pixels.
          expect(picture).toMatch(/^<svg [^>]*width="1200"/);
          expect(picture).toMatch(/viewBox="0 0 600 /);
          const size = timelineImageSize(t, lang, TODAY, 'newsletter');
          expect(size.width).toBe(NEWSLETTER_WIDTH);
          expect(picture).toContain(`viewBox="0 0 600 ${size.height}"`);
          // Every font size written into it, by attribute or by its style, is at least 12 px.
          const sizes = [...picture.matchAll(/font-size(?:=|: ?)"?(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
          expect(sizes.length).toBeGreaterThan(3);
          expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
          // The source line and the key: what the chart draws, and nothing else.
          expect(picture).toContain(lang === 'en' ? 'Source: ' : 'Sumber: ');
          expect(picture).toContain('news.example.org');
          const ui = t_(lang).timeline;
          if (id === 'events-only') {
            expect(picture).not.toContain(ui.legend.estimate);
            expect(picture).not.toContain(ui.legend.disagree);
            expect(picture).toContain(ui.kinds.enforcement);
          } else {
            expect(picture).toContain(ui.legend.disagree);
            expect(picture).toContain(ui.legend.forecast);
          }
        });
      }
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
            'tl-lines',
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
