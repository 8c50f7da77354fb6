import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { fullDomain } from '../../../src/lib/timeline/model';
import { hitTest, keyAction, onOverview, REACH } from '../../../src/lib/timeline/navigation';
import { zoomSpan } from '../../../src/lib/timeline/zoom';
import { generated } from './helpers';

describe('keyAction', () => {
  it.each([
    ['ArrowRight', 2, 5, { type: 'move', to: 3 }],
    ['ArrowRight', 4, 5, { type: 'move', to: 4 }],
    ['ArrowDown', -1, 5, { type: 'move', to: 0 }],
    ['ArrowLeft', 0, 5, { type: 'move', to: 0 }],
    ['ArrowUp', 3, 5, { type: 'move', to: 2 }],
    ['Home', 3, 5, { type: 'move', to: 0 }],
    ['End', 0, 5, { type: 'move', to: 4 }],
    ['Enter', 1, 5, { type: 'open' }],
    [' ', 1, 5, { type: 'open' }],
    ['Escape', 1, 5, { type: 'close' }],
    ['+', 1, 5, { type: 'zoom', direction: 'in' }],
    ['-', 1, 5, { type: 'zoom', direction: 'out' }],
    ['0', 1, 5, { type: 'zoom', direction: 'focus' }],
    ['PageUp', 1, 5, { type: 'pan', by: -0.5 }],
    ['PageDown', 1, 5, { type: 'pan', by: 0.5 }],
    ['PageDown', -1, 0, { type: 'pan', by: 0.5 }],
    ['Tab', 1, 5, null],
    ['a', 1, 5, null],
    ['ArrowRight', -1, 0, null],
  ] as const)('%j at %d of %d', (key, active, count, action) => {
    expect(keyAction(key, active, count)).toEqual(action);
  });
});

describe('hitTest', () => {
  const data = generated(40, { spacing: 2 });
  const full = fullDomain(data.milestones);
  const g = layoutTimeline(data, { width: 1000, domain: full, full, lang: 'en', targetLabel: 'T', disagreeLabel: 'D' });

  it('finds the milestone of a mark, a reported figure and a label', () => {
    for (const m of g.marks) expect(hitTest(g, m.x + 3, m.y - 2), m.id).toBe(m.id);
    for (const p of g.points) expect(hitTest(g, p.x, p.y)).toBe(p.for);
    for (const l of g.labels.filter((l) => l.role === 'milestone'))
      expect(hitTest(g, l.box.x + l.box.width / 2, l.box.y + l.box.height / 2)).toBe(l.for);
  });

  it('finds nothing far from any mark or label', () => {
    expect(hitTest(g, 5, g.height - 2)).toBeNull();
  });

  it('knows the overview strip', () => {
    const o = g.overview!.box;
    expect(onOverview(g, o.x + 5, o.y + 5)).toBe(true);
    expect(onOverview(g, o.x + 5, o.y - 30)).toBe(false);
  });

  it('reaches every milestone of a thousand by tap, once zoomed in to two weeks', () => {
    const big = generated(1000);
    const all = fullDomain(big.milestones);
    for (const m of big.milestones.filter((_, i) => i % 37 === 0)) {
      const domain = zoomSpan(all, 1e6, m.time, all);
      const z = layoutTimeline(big, {
        width: 768,
        domain,
        full: all,
        lang: 'en',
        targetLabel: 'T',
        disagreeLabel: 'D',
      });
      const mark = z.marks.find((k) => k.id === m.id)!;
      expect(hitTest(z, mark.x, mark.y), m.id).toBe(m.id);
    }
    expect(REACH).toBeGreaterThanOrEqual(12);
  });
});
