// Zoom and pan are d3-zoom's: the reducer's spans come from d3-zoom's own behaviour run on a
// detached holder, limited by scaleExtent and translateExtent (src/lib/timeline/zoom.ts).
import { describe, expect, it } from 'vitest';
import { DAY } from '../../../src/lib/time';
import {
  clampSpan,
  isFullSpan,
  minimumSpan,
  panSpan,
  positionOf,
  spanOf,
  transformFor,
  zoomBehavior,
  zoomSpan,
  type ZoomFrame,
} from '../../../src/lib/timeline/zoom';

const full = [0, 100 * DAY] as const;
const frames: ZoomFrame[] = [
  { full, range: [44, 1264], axis: 'x' },
  { full, range: [80, 520], axis: 'y' },
];

describe('spans and d3-zoom transforms', () => {
  it.each(frames)('a span becomes a transform and back, exactly ($axis)', (frame) => {
    for (const span of [full, [10 * DAY, 30 * DAY], [86 * DAY, 100 * DAY], [3 * DAY + 17, 40 * DAY - 5]] as const) {
      const t = transformFor(span, frame);
      expect(spanOf(t, frame)).toEqual(span);
      // The span's ends land on the range's ends.
      expect(positionOf(span[0], t, frame)).toBeCloseTo(frame.range[0], 6);
      expect(positionOf(span[1], t, frame)).toBeCloseTo(frame.range[1], 6);
    }
  });

  it('the whole span is zoom 1; two weeks is the deepest zoom d3-zoom allows', () => {
    const frame = frames[0]!;
    expect(transformFor(full, frame).k).toBe(1);
    expect(zoomBehavior(frame).scaleExtent()).toEqual([1, (100 * DAY) / (14 * DAY)]);
    expect(zoomBehavior(frame).translateExtent()[0][0]).toBe(44);
    expect(zoomBehavior(frame).translateExtent()[1][0]).toBe(1264);
  });
});

describe('the reducer’s zoom and pan, through d3-zoom', () => {
  it('zooms in by a factor around an anchor that keeps its place', () => {
    const span = [20 * DAY, 60 * DAY] as const;
    const zoomed = zoomSpan(span, 2, 30 * DAY, full);
    expect(zoomed[1] - zoomed[0]).toBe(20 * DAY);
    // The anchor sat a quarter into the view, and still does.
    expect((30 * DAY - zoomed[0]) / (zoomed[1] - zoomed[0])).toBeCloseTo(0.25, 6);
  });

  it('never zooms in past two weeks, nor out past the whole span', () => {
    const deep = zoomSpan([40 * DAY, 60 * DAY], 1000, 50 * DAY, full);
    expect(deep[1] - deep[0]).toBe(minimumSpan(full));
    expect(zoomSpan([40 * DAY, 60 * DAY], 1 / 1000, 50 * DAY, full)).toEqual(full);
  });

  it('pans by milliseconds and stops at either end', () => {
    expect(panSpan([20 * DAY, 40 * DAY], 10 * DAY, full)).toEqual([30 * DAY, 50 * DAY]);
    expect(panSpan([20 * DAY, 40 * DAY], 500 * DAY, full)).toEqual([80 * DAY, 100 * DAY]);
    expect(panSpan([20 * DAY, 40 * DAY], -500 * DAY, full)).toEqual([0, 20 * DAY]);
  });

  it('keeps any span within the timeline, at least two weeks long', () => {
    expect(clampSpan([-30 * DAY, 10 * DAY], full)).toEqual([0, 40 * DAY]);
    expect(clampSpan([-30 * DAY, 300 * DAY], full)).toEqual(full);
    const short = clampSpan([50 * DAY, 51 * DAY], full);
    expect(short[1] - short[0]).toBe(14 * DAY);
    expect(short[0]).toBeLessThanOrEqual(50 * DAY);
    expect(clampSpan([5, 5], full)[1] - clampSpan([5, 5], full)[0]).toBe(14 * DAY);
  });

  it('a timeline shorter than two weeks does not zoom at all', () => {
    const short = [0, 5 * DAY] as const;
    expect(zoomSpan(short, 4, DAY, short)).toEqual(short);
    expect(isFullSpan(short, short)).toBe(true);
    expect(isFullSpan([0, 4 * DAY], short)).toBe(false);
  });
});
