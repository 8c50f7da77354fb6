// Pointer gestures on the chart: hover, tap, drag to pan along the time axis, drag on the overview
// strip to move the view, pinch to zoom. Coordinates are in the chart's own pixels (the live SVG is
// drawn at the container's width).
import type { TimelineGeometry } from '../../lib/timeline/layout';
import { onOverview } from '../../lib/timeline/navigation';
import type { Span } from '../../lib/timeline/span';

export interface PointerHandlers {
  geometry(): TimelineGeometry | null;
  span(): Span;
  hover(x: number, y: number): void;
  leave(to: Node | null): void;
  tap(x: number, y: number): void;
  /** A drag on the chart, `pixels` along its time axis: the view follows the content. */
  pan(start: Span, pixels: number): void;
  /** A drag on the overview strip, `pixels` across it: the view's window follows the pointer. */
  brush(start: Span, pixels: number): void;
  pinch(start: Span, factor: number, at: { x: number; y: number }): void;
}

const DRAG_THRESHOLD = 6;

export function trackPointers(target: HTMLElement, surface: HTMLElement, on: PointerHandlers) {
  const down = new Map<number, { x: number; y: number }>();
  let gesture: { span: Span; x: number; y: number; distance: number; dragged: boolean; brush: boolean } | null = null;
  let frame = 0;

  const local = (e: PointerEvent) => {
    const box = surface.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };
  const distance = () => {
    const [a, b] = [...down.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  /** Runs at most once per frame: pointer events can outpace drawing. */
  const schedule = (fn: () => void) => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(fn);
  };

  target.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || (e.target as Element).closest('.tl-card')) return;
    const p = local(e);
    down.set(e.pointerId, p);
    const g = on.geometry();
    const brush = !!g && onOverview(g, p.x, p.y);
    gesture = { span: on.span(), x: p.x, y: p.y, distance: distance(), dragged: down.size > 1, brush };
    if (target.hasPointerCapture?.(e.pointerId) === false) target.setPointerCapture(e.pointerId);
  });

  target.addEventListener('pointermove', (e) => {
    // Over the card the reader is reading it (WCAG 1.4.13: hover content stays while hovered).
    if (!down.size && (e.target as Element).closest('.tl-card')) return;
    const p = local(e);
    if (!down.has(e.pointerId) || !gesture) {
      if (e.pointerType !== 'touch') schedule(() => on.hover(p.x, p.y));
      return;
    }
    down.set(e.pointerId, p);
    const g = gesture;
    if (down.size === 2 && g.distance > 0) {
      g.dragged = true;
      const [a, b] = [...down.values()];
      const at = { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 };
      const factor = distance() / g.distance;
      schedule(() => on.pinch(g.span, factor, at));
      return;
    }
    if (down.size === 2) {
      g.distance = distance();
      g.span = on.span();
      return;
    }
    const vertical = on.geometry()?.orientation === 'vertical';
    const moved = g.brush || !vertical ? p.x - g.x : p.y - g.y;
    if (!g.dragged && Math.abs(moved) < DRAG_THRESHOLD) return;
    g.dragged = true;
    schedule(() => (g.brush ? on.brush(g.span, moved) : on.pan(g.span, moved)));
  });

  const end = (e: PointerEvent) => {
    if (!down.has(e.pointerId)) return;
    down.delete(e.pointerId);
    if (gesture && !gesture.dragged && e.type === 'pointerup' && down.size === 0) {
      const p = local(e);
      on.tap(p.x, p.y);
    }
    if (down.size === 0) gesture = null;
    else gesture = { ...gesture!, span: on.span(), distance: 0, dragged: true };
  };
  target.addEventListener('pointerup', end);
  target.addEventListener('pointercancel', end);
  target.addEventListener('pointerleave', (e) => {
    if (!down.size) on.leave(e.relatedTarget as Node | null);
  });
}
