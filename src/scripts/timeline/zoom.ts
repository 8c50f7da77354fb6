// The reader's gestures on the chart, through d3-zoom (d3-selection binds it): a trackpad pinch
// (ctrl+wheel) or ctrl/⌘+wheel zooms around the pointer, a drag pans, a double-click zooms in
// (shift: out), two fingers pinch and pan. A plain wheel scrolls the page, as it does everywhere
// else on it; a sideways wheel or swipe (or shift+wheel) pans a horizontal chart. On a vertical
// chart, where time runs the way the page scrolls, one finger scrolls the page and two zoom.
// The behaviour's limits are the reducer's (src/lib/timeline/zoom.ts): the view never leaves the
// timeline and stops at two weeks. Each gesture's view goes to the controller as a span; the
// controller hands back the span it shows, which the behaviour takes without a new event.
import { select, type Selection } from 'd3-selection';
import { zoom, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { Span } from '../../lib/timeline/span';
import { limitZoom, spanOf, transformFor, type ZoomFrame } from '../../lib/timeline/zoom';

export interface ChartZoomOptions {
  /** A gesture moved the view. */
  onSpan(span: Span): void;
  /** Elements inside the chart that keep their own pointer behaviour (the card, the overview). */
  ignore(target: Element): boolean;
}

export class ChartZoom {
  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private readonly selection: Selection<HTMLElement, unknown, null, undefined>;
  private frame: ZoomFrame | null = null;
  private syncing = false;

  constructor(el: HTMLElement, options: ChartZoomOptions) {
    this.selection = select(el);
    this.behavior = zoom<HTMLElement, unknown>()
      // A double-click zooms at once: the chart is drawn again for every view anyway, and a
      // transition would be interrupted by the view the controller hands back.
      .duration(0)
      .filter((event: Event) => {
        const target = event.target as Element;
        if (options.ignore(target)) return false;
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type.startsWith('touch'))
          return this.frame?.axis === 'x' || (event as TouchEvent).touches.length >= 2;
        const mouse = event as MouseEvent;
        return !mouse.ctrlKey && !mouse.button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (this.syncing || !this.frame) return;
        options.onSpan(spanOf(event.transform, this.frame));
      });
    this.selection.call(this.behavior);
    // Sideways scrolling pans a horizontal chart; vertical scrolling is the page's.
    el.addEventListener(
      'wheel',
      (event) => {
        if (!this.frame || this.frame.axis !== 'x' || event.ctrlKey || event.metaKey) return;
        const dx = event.shiftKey
          ? event.deltaY || event.deltaX
          : Math.abs(event.deltaX) > Math.abs(event.deltaY)
            ? event.deltaX
            : 0;
        if (!dx || options.ignore(event.target as Element)) return;
        event.preventDefault();
        const k = this.selection.property('__zoom').k as number;
        this.behavior.translateBy(this.selection, (-dx * (event.deltaMode === 1 ? 16 : 1)) / k, 0);
      },
      { passive: false },
    );
  }

  /** Takes the frame of the chart as drawn and the span it shows, without emitting a gesture. */
  sync(frame: ZoomFrame, span: Span) {
    this.frame = frame;
    limitZoom(this.behavior, frame);
    this.syncing = true;
    try {
      this.behavior.transform(this.selection, transformFor(span, frame));
    } finally {
      this.syncing = false;
    }
  }
}
