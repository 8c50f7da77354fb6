import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { chartData, focusDomain, fullDomain } from '../../../src/lib/timeline/model';
import { symbol, symbolSquare, symbolTriangle } from 'd3-shape';
import {
  DENSE_MARKS,
  renderTimelineSvg,
  reporterShape,
  symbolsPath,
  timelineLayers,
} from '../../../src/lib/timeline/svg';
import { cluster, fixtureTimeline, generated, AS_OF } from './helpers';

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

  describe('many marks', () => {
    const geometry = (n: number) => {
      const data = generated(n);
      const full = fullDomain(data.milestones);
      return layoutTimeline(data, {
        width: 1100,
        domain: full,
        full,
        lang: 'en',
        targetLabel: 'Target',
        disagreeLabel: 'Sources disagree',
      });
    };
    const marksOf = (g: ReturnType<typeof geometry>, highlight?: string, emphasis: string[] = []) =>
      timelineLayers(g, highlight, emphasis).find((l) => l.name === 'tl-marks')!.nodes;

    it('d3 symbols moved to their points, one path for many (a turned triangle points down)', () => {
      expect(symbolsPath([{ x: 0, y: 0, shape: 'square' }])).toBe(symbol(symbolSquare, 100).digits(1)());
      expect(symbolsPath([{ x: 0, y: 0, shape: 'up' }])).toBe(symbol(symbolTriangle, 80).digits(1)());
      expect(
        symbolsPath([
          { x: 100, y: 50, shape: 'square' },
          { x: 10, y: 20, shape: 'square' },
        ]),
      ).toBe('M95,45h10v10h-10ZM5,15h10v10h-10Z');
      const up = symbolsPath([{ x: 0, y: 0, shape: 'up' }]);
      const down = symbolsPath([{ x: 0, y: 0, shape: 'down' }]);
      const ys = (d: string) => [...d.matchAll(/[ML]-?[\d.]+,(-?[\d.]+)/g)].map((m) => Number(m[1]));
      expect(ys(down)).toEqual(ys(up).map((y) => -y));
    });

    it(`up to ${DENSE_MARKS} marks: each its own element`, () => {
      const nodes = marksOf(geometry(DENSE_MARKS));
      expect(nodes).toHaveLength(DENSE_MARKS);
      expect(nodes.every((n) => n.tag === 'g' && n.attrs['data-id'])).toBe(true);
    });

    it('more: one path per look, every mark counted once; the highlighted, active and opened apart', () => {
      const g = geometry(400);
      expect(g.marks.length).toBeGreaterThan(DENSE_MARKS);
      const nodes = marksOf(g, 'm3', ['m7', null as unknown as string, 'm12']);
      const sets = nodes.filter((n) => n.tag === 'path');
      const own = nodes.filter((n) => n.tag === 'g').map((n) => n.attrs['data-id']);
      expect(own).toEqual(['m3', 'm7', 'm12']);
      expect(sets.reduce((sum, n) => sum + Number(n.attrs['data-count']), 0) + own.length).toBe(g.marks.length);
      // One path per class: the classes differ, and each path's class is that of the marks it draws.
      const classes = sets.map((n) => String(n.attrs.class));
      expect(new Set(classes).size).toBe(sets.length);
      expect(classes.every((c) => /^tl-mark tl-kind-\w+/.test(c))).toBe(true);
      // Each set draws one subpath per mark (every shape starts with a move).
      for (const n of sets)
        expect(String(n.attrs.d).match(/M/g)!.length).toBeGreaterThanOrEqual(Number(n.attrs['data-count']));
      expect(nodes.find((n) => n.attrs['data-id'] === 'm3')!.attrs.class).toContain('is-highlight');
    });
  });
});
