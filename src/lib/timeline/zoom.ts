// Zooming and panning are d3-zoom's: one behaviour per chart, limited to the timeline's extent
// (`scaleExtent`: from the whole span down to two weeks; `translateExtent`: never past either end).
// The same behaviour, with the same limits, answers the reader's gestures in the browser (wheel,
// trackpad and touch pinch, drag, double-click, src/scripts/timeline/zoom.ts) and computes the next
// span for the reducer's actions (keys and buttons, src/lib/timeline/state.ts), where it runs on a
// detached holder instead of an element: d3-zoom needs no DOM for that, so the rules run in Node
// and unit tests reach them.
//
// A visible span ⇄ a zoom transform: the whole span is drawn along `range` at scale 1, and the
// transform that maps the whole span's scale onto the visible span is d3-zoom's `rescaleX`/`rescaleY`.
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { DAY } from '../time';
import type { Span } from './span';

export type { Span };

/** The narrowest view allowed: two weeks, or the whole span when that is shorter. */
export function minimumSpan(full: Span): number {
  return Math.min(14 * DAY, full[1] - full[0]);
}

/** Where the whole span lies on the page: along x (horizontal charts) or y (vertical ones). */
export interface ZoomFrame {
  full: Span;
  range: readonly [number, number];
  axis: 'x' | 'y';
}

/** The frame the reducer computes in: any range gives the same spans (zoom is scale-free). */
const abstractFrame = (full: Span): ZoomFrame => ({ full, range: [0, 1000], axis: 'x' });

/** The whole span's scale: time → pixels at zoom 1. */
export const frameScale = (frame: ZoomFrame) => scaleLinear().domain(frame.full).range(frame.range);

/** A d3-zoom behaviour limited to the timeline: from all of it down to two weeks, never past its ends. */
export function zoomBehavior<E extends Element>(frame: ZoomFrame): ZoomBehavior<E, unknown> {
  return limitZoom(zoom<E, unknown>(), frame);
}

/** Sets a behaviour's limits for the frame (the browser's, again after each re-layout). */
export function limitZoom<E extends Element>(behavior: ZoomBehavior<E, unknown>, frame: ZoomFrame) {
  const [r0, r1] = frame.range;
  const most = Math.max(1, (frame.full[1] - frame.full[0]) / Math.max(minimumSpan(frame.full), 1));
  behavior.scaleExtent([1, most]);
  return frame.axis === 'x'
    ? behavior
        .extent([
          [r0, 0],
          [r1, 0],
        ])
        .translateExtent([
          [r0, -Infinity],
          [r1, Infinity],
        ])
    : behavior
        .extent([
          [0, r0],
          [0, r1],
        ])
        .translateExtent([
          [-Infinity, r0],
          [Infinity, r1],
        ]);
}

/** The transform that shows `span`. */
export function transformFor(span: Span, frame: ZoomFrame): ZoomTransform {
  const scale = frameScale(frame);
  const k = (frame.full[1] - frame.full[0]) / Math.max(span[1] - span[0], 1);
  const offset = frame.range[0] - k * scale(span[0]);
  return frame.axis === 'x' ? zoomIdentity.translate(offset, 0).scale(k) : zoomIdentity.translate(0, offset).scale(k);
}

/** The span a transform shows, in whole milliseconds (round trips through pixels stay exact). */
export function spanOf(transform: ZoomTransform, frame: ZoomFrame): Span {
  const scale = frameScale(frame);
  const [t0, t1] = (frame.axis === 'x' ? transform.rescaleX(scale) : transform.rescaleY(scale)).domain() as [
    number,
    number,
  ];
  return [Math.round(t0), Math.round(t1)];
}

/** The position of `time` on the page under the transform. */
export function positionOf(time: number, transform: ZoomTransform, frame: ZoomFrame): number {
  const p = frameScale(frame)(time);
  return frame.axis === 'x' ? transform.applyX(p) : transform.applyY(p);
}

type Holder = Element & { __zoom?: ZoomTransform };

/** Runs d3-zoom's own scaleBy/translateBy/scaleTo on a detached holder that shows `span`. */
function withBehavior(
  span: Span,
  full: Span,
  act: (
    behavior: ZoomBehavior<Holder, unknown>,
    holder: ReturnType<typeof select<Holder, unknown>>,
    frame: ZoomFrame,
  ) => void,
): Span {
  const frame = abstractFrame(full);
  const node = { __zoom: transformFor(span, frame) } as unknown as Holder;
  act(zoomBehavior<Holder>(frame), select(node), frame);
  return spanOf(zoomTransform(node), frame);
}

/** `span` kept within d3-zoom's limits: at least two weeks, no longer than and inside `full`. */
export function clampSpan(span: Span, full: Span): Span {
  if (!(span[1] > span[0])) return [full[0], full[0] + minimumSpan(full)];
  return withBehavior(span, full, (behavior, holder) => behavior.scaleBy(holder, 1));
}

/** Zooms by `factor` (> 1 zooms in) around `anchor`, which keeps its place on screen. */
export function zoomSpan(span: Span, factor: number, anchor: number, full: Span): Span {
  return withBehavior(span, full, (behavior, holder, frame) => {
    const at = positionOf(anchor, transformFor(span, frame), frame);
    behavior.scaleBy(holder, factor, [at, 0]);
  });
}

/** Moves the span by `delta` milliseconds (negative: earlier). */
export function panSpan(span: Span, delta: number, full: Span): Span {
  return withBehavior(span, full, (behavior, holder, frame) => {
    const t = transformFor(span, frame);
    const pixels = positionOf(span[0] + delta, t, frame) - positionOf(span[0], t, frame);
    behavior.translateBy(holder, -pixels / t.k, 0);
  });
}

export function isFullSpan(span: Span, full: Span): boolean {
  return span[0] <= full[0] + 1 && span[1] >= full[1] - 1;
}
