// The interactive timeline: one controller per <section data-timeline>. It turns keyboard, pointer,
// button and URL events into actions on the chart's state (src/lib/timeline/state.ts, where every
// rule lives; zoom and pan are d3-zoom's, there and here) and draws the state with the same pure
// layout the build uses, joined onto the live SVG with d3-selection (./render.ts).
import type { MilestoneKind } from '../../lib/content/schema';
import { variantFor } from '../../lib/timeline/box';
import { classes, dom, selector } from '../../lib/timeline/dom';
import { layoutTimeline, type TimelineGeometry } from '../../lib/timeline/layout';
import type { ChartMilestone } from '../../lib/timeline/model';
import { hitTest, keyAction, onOverview } from '../../lib/timeline/navigation';
import { inSpan, type Span } from '../../lib/timeline/span';
import {
  initialState,
  inViewMilestones,
  reduce,
  shownMilestones,
  type ChartAction,
  type ChartContext,
  type ChartState,
} from '../../lib/timeline/state';
import { countText } from '../../lib/timeline/ticks';
import type { ClientData } from '../../lib/timeline/view';
import { isFullSpan } from '../../lib/timeline/zoom';
import { Card } from './card';
import { LiveSvg } from './render';
import { ChartZoom } from './zoom';

const ZOOM_STEP = 2;
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The milestone id in a URL fragment, or null: a malformed fragment is ignored, never thrown. */
export function fragmentId(hash: string): string | null {
  try {
    return decodeURIComponent(hash.replace(/^#/, '')) || null;
  } catch {
    return null;
  }
}

export interface ChartOptions {
  highlight?: string | null;
  /** Narrow the milestones to a span (embed option); the build-time range is already applied. */
  span?: Span | null;
  /** Called after every redraw, once the list shows the milestones the chart shows. */
  onRender?: () => void;
  /** Fill the chart's box when it is taller than the chart (an embed in a fixed frame). */
  fill?: boolean;
  /** An item for a milestone this page does not list (a long timeline's, ./elsewhere.ts). */
  elsewhere?: ((m: ChartMilestone | undefined) => HTMLElement | undefined) | undefined;
}

export class TimelineChart {
  private readonly data: ClientData;
  private readonly chart: HTMLElement;
  private readonly items = new Map<string, HTMLElement>();
  private readonly card: Card;
  private readonly live: HTMLElement;
  private readonly svg: LiveSvg;
  private readonly zoomer: ChartZoom;
  private readonly ctx: ChartContext<ChartMilestone>;
  private state: ChartState;
  private geometry: TimelineGeometry | null = null;
  private width = 0;
  private readonly highlight: string | null;
  private readonly options: ChartOptions;
  private leaving: ReturnType<typeof setTimeout> | undefined;
  /** A gesture's newest span, drawn on the next frame. */
  private pending: Span | null = null;

  constructor(
    private readonly root: HTMLElement,
    options: ChartOptions = {},
  ) {
    this.options = options;
    this.data = JSON.parse(root.querySelector(selector(dom.data))!.textContent!) as ClientData;
    this.chart = root.querySelector<HTMLElement>(selector(dom.chart))!;
    this.highlight = options.highlight ?? this.data.highlight;
    let { milestones } = this.data.chart;
    let { full, focus } = this.data;
    if (options.span) {
      milestones = milestones.filter((m) => inSpan(m.time, options.span!));
      this.data.chart = { ...this.data.chart, milestones };
      full = focus = options.span;
    }
    this.ctx = { milestones, full, focus };
    this.state = initialState(this.ctx);
    for (const li of root.querySelectorAll<HTMLElement>(`.${classes.item}`)) this.items.set(li.id, li);
    if (this.highlight) this.items.get(this.highlight)?.classList.add(classes.highlight);

    // The static drawings are replaced by one drawn at the container's real width.
    this.live = document.createElement('div');
    this.live.className = classes.live;
    for (const el of this.chart.querySelectorAll(`.${classes.static}`)) el.remove();
    this.chart.prepend(this.live);
    this.svg = new LiveSvg(this.live, `${this.data.uid}-live`, this.data.title, this.data.description);
    this.card = new Card(this.chart.querySelector<HTMLElement>(selector(dom.card))!, root, () =>
      this.dispatch({ type: 'close' }),
    );
    this.card.onEnter(() => clearTimeout(this.leaving));
    this.zoomer = new ChartZoom(this.chart, {
      onSpan: (span) => this.gesture(span),
      ignore: (target) => !!target.closest('.tl-card, .tl-overview'),
    });

    this.enhanceChrome();
    this.width = Math.round(this.chart.clientWidth);
    this.render();
    this.observeResize();
    this.bindKeys();
    this.bindPointer();
    addEventListener('hashchange', () => this.openFromHash(false));
    this.openFromHash(true);
  }

  /** Applies an action and draws what changed. */
  dispatch(action: ChartAction, { announce = false } = {}) {
    const before = this.state;
    this.state = reduce(before, action, this.ctx);
    const s = this.state;
    if (s.span !== before.span || s.hidden !== before.hidden || s.progressOnly !== before.progressOnly) this.render();
    else this.paintState();
    if (s.opened !== before.opened && s.opened) history.replaceState(null, '', `#${s.opened}`);
    if (announce && s.active && s.active !== before.active) this.announce(s.active);
  }

  /** A gesture's span (pointer events can outpace drawing): drawn once per frame. */
  private gesture(span: Span) {
    if (!this.pending) requestAnimationFrame(() => this.applyGesture());
    this.pending = span;
  }

  private applyGesture() {
    const span = this.pending;
    this.pending = null;
    if (!span) return;
    performance.mark('tl-zoom-start');
    this.state = reduce(this.state, { type: 'span', span }, this.ctx);
    this.render();
    performance.measure('tl-zoom', 'tl-zoom-start');
  }

  /** Makes the chart one keyboard stop and wires the buttons, the menu and the filters. */
  private enhanceChrome() {
    const { root, chart, data } = this;
    const help = root.querySelector<HTMLElement>('.tl-help')!;
    chart.tabIndex = 0;
    chart.setAttribute('role', 'application');
    chart.setAttribute('aria-label', root.dataset.chartLabel ?? data.title);
    chart.setAttribute('aria-describedby', help.id);

    const controls = root.querySelector('.tl-controls')!;
    const menu = root.querySelector<HTMLDetailsElement>('.tl-menu');
    controls.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button');
      if (!button) return;
      const zoom = button.getAttribute(dom.zoom);
      const pan = button.getAttribute(dom.pan);
      if (zoom === 'in' || zoom === 'out') this.zoom(zoom);
      else if (zoom === 'all') this.dispatch({ type: 'all' });
      else if (zoom === 'focus') this.dispatch({ type: 'focus' });
      else if (pan) this.dispatch({ type: 'pan', by: Number(pan) });
      if (zoom === 'all' || zoom === 'focus') menu?.removeAttribute('open');
    });
    controls.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type === 'radio') this.dispatch({ type: 'progressOnly', on: input.value === 'progress' });
      else this.dispatch({ type: 'kind', kind: input.value as MilestoneKind, shown: input.checked });
      for (const box of root.querySelectorAll<HTMLInputElement>('.tl-kinds input'))
        box.disabled = this.state.progressOnly;
    });
    // The menu opens over the chart: Escape or a tap elsewhere closes it.
    if (menu) {
      document.addEventListener('pointerdown', (event) => {
        if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
      });
      menu.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape' || !menu.open) return;
        menu.open = false;
        menu.querySelector('summary')?.focus();
        event.stopPropagation();
      });
    }
  }

  private observeResize() {
    new ResizeObserver(() => {
      const width = Math.round(this.chart.clientWidth);
      if (width && (width !== this.width || this.options.fill)) {
        this.width = width;
        this.render();
      }
    }).observe(this.chart);
  }

  /** The height the chart takes: its box, or (filling a fixed frame) all the room it is given. */
  private minHeight() {
    const box = this.data.boxes[variantFor(this.width)];
    return this.options.fill ? Math.max(box, Math.floor(this.chart.clientHeight)) : box;
  }

  /** Lays out and draws the chart for the current width, span and filters. */
  render() {
    if (!this.width) return;
    const { data, state } = this;
    const shown = shownMilestones(state, this.ctx.milestones);
    const ids = new Set(shown.map((m) => m.id));
    for (const [id, li] of this.items) li.hidden = !ids.has(id);
    const minHeight = this.minHeight();
    this.geometry = layoutTimeline(
      { ...data.chart, milestones: shown },
      {
        width: this.width,
        domain: state.span,
        full: this.ctx.full,
        lang: data.lang,
        highlight: this.highlight ?? undefined,
        compact: data.compact,
        verticalBelow: data.verticalBelow,
        ...data.labels,
        // The box the drawing had before the script ran: the page does not move when this replaces it.
        minHeight,
      },
    );
    const g = this.geometry;
    // d3-zoom takes the chart's frame and the span shown (a key, a button or a gesture moved it).
    const [r0, r1] = g.scales.time.range() as [number, number];
    const axis = g.orientation === 'horizontal' ? 'x' : 'y';
    this.zoomer.sync({ full: this.ctx.full, range: [r0, r1], axis }, state.span);
    const count = this.root.querySelector<HTMLElement>(selector(dom.count))!;
    count.textContent = countText(
      count.dataset.template ?? '',
      inViewMilestones(state, this.ctx).length,
      this.ctx.milestones.length,
      state.span,
      data.lang,
    );
    for (const [name, disabled] of [
      ['all', isFullSpan(state.span, this.ctx.full)],
      ['focus', state.span[0] === this.ctx.focus[0] && state.span[1] === this.ctx.focus[1]],
    ] as const) {
      const button = this.root.querySelector<HTMLButtonElement>(selector(dom.zoom, name));
      if (button) button.disabled = disabled;
    }
    this.root.querySelector<HTMLButtonElement>(selector(dom.pan, '-1'))!.disabled =
      state.span[0] <= this.ctx.full[0] + 1;
    this.root.querySelector<HTMLButtonElement>(selector(dom.pan, '1'))!.disabled =
      state.span[1] >= this.ctx.full[1] - 1;
    this.options.onRender?.();
    this.paintState();
  }

  /** Marks the active and opened milestones in the chart and list, and places the card. */
  private paintState() {
    const { active, opened } = this.state;
    // Drawn here, as the reader moves: the marks the reader is on are drawn apart (svg.ts's DENSE_MARKS).
    if (this.geometry) this.svg.update(this.geometry, this.highlight ?? undefined, [active, opened]);
    for (const mark of this.live.querySelectorAll<SVGGElement>(`.${classes.mark}`)) {
      mark.classList.toggle(classes.active, mark.getAttribute(dom.markId) === active);
      mark.classList.toggle(classes.selected, mark.getAttribute(dom.markId) === opened);
    }
    for (const label of this.live.querySelectorAll<SVGTextElement>(`.${classes.label}`))
      label.classList.toggle(classes.active, label.getAttribute(dom.for) === active);
    for (const [id, li] of this.items) li.classList.toggle(classes.selected, id === opened);
    const shownId = opened ?? active;
    const mark = this.geometry?.marks.find((m) => m.id === shownId);
    const li = shownId ? this.itemOf(shownId) : undefined;
    if (mark && li && this.geometry) this.card.show(li, mark, this.geometry, shownId === opened);
    else this.card.hide();
  }

  /** A milestone's item in the list, or (not listed on this page) ChartOptions.elsewhere's. */
  private itemOf(id: string) {
    return this.items.get(id) ?? this.options.elsewhere?.(this.ctx.milestones.find((k) => k.id === id));
  }

  private announce(id: string) {
    const li = this.itemOf(id);
    if (!li) return;
    const headline = li.querySelector(`.${classes.itemTitle}`)?.textContent ?? '';
    const date = li.querySelector('time')?.textContent ?? '';
    this.root.querySelector(selector(dom.live))!.textContent = `${headline} — ${date}`;
  }

  zoom(direction: 'in' | 'out' | 'focus') {
    performance.mark('tl-zoom-start');
    if (direction === 'focus') this.dispatch({ type: 'focus' });
    else this.dispatch({ type: 'zoom', factor: direction === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP });
    performance.measure('tl-zoom', 'tl-zoom-start');
  }

  private openFromHash(initial: boolean) {
    const id = fragmentId(location.hash);
    if (!id || !this.items.has(id)) return;
    this.state = reduce(this.state, { type: 'open', id }, this.ctx);
    this.render();
    this.announce(id);
    // The browser scrolls to the list item by itself; after a filter it may have been hidden.
    if (initial) this.items.get(id)!.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  private bindKeys() {
    const { chart } = this;
    chart.addEventListener('focus', () => {
      const s = this.state;
      if (!s.active) {
        const first = inViewMilestones(s, this.ctx)[0];
        this.dispatch({ type: 'activate', id: s.opened ?? this.highlight ?? first?.id ?? null }, { announce: true });
      } else this.paintState();
    });
    chart.addEventListener('blur', (event) => {
      if (this.state.opened || this.card.contains(event.relatedTarget as Node | null)) return;
      this.card.hide();
    });
    chart.addEventListener('keydown', (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const shown = shownMilestones(this.state, this.ctx.milestones);
      const index = shown.findIndex((m) => m.id === this.state.active);
      const action = keyAction(event.key, index, shown.length);
      if (!action) return;
      event.preventDefault();
      performance.mark('tl-key-start');
      if (action.type === 'move') this.dispatch({ type: 'activate', id: shown[action.to]!.id }, { announce: true });
      else if (action.type === 'open' && this.state.active) this.dispatch({ type: 'open', id: this.state.active });
      else if (action.type === 'close') this.dispatch({ type: 'close' });
      else if (action.type === 'zoom') this.zoom(action.direction);
      else if (action.type === 'pan') this.dispatch({ type: 'pan', by: action.by });
      performance.measure('tl-key', 'tl-key-start');
    });
    // Escape closes an open card wherever focus is; a tap or click outside the chart closes it too.
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.state.opened && !this.root.contains(document.activeElement))
        this.dispatch({ type: 'close' });
    });
    document.addEventListener('pointerdown', (event) => {
      if (this.state.opened && !this.chart.contains(event.target as Node)) this.dispatch({ type: 'close' });
    });
  }

  /** A point of the chart in its own pixels (the live SVG is drawn at the container's width). */
  private local(event: MouseEvent) {
    const box = this.live.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  private bindPointer() {
    const { chart } = this;
    // Hover shows a card; a click or tap opens it (d3-zoom swallows the click that ends a drag).
    chart.addEventListener('pointermove', (event) => {
      if (event.buttons || event.pointerType === 'touch' || (event.target as Element).closest('.tl-card')) return;
      const g = this.geometry;
      const { x, y } = this.local(event);
      const id = g && hitTest(g, x, y);
      if (id) {
        clearTimeout(this.leaving);
        if (id !== this.state.active) this.dispatch({ type: 'activate', id });
      } else if (this.state.active && !this.state.opened) {
        // A moment's grace, so the pointer can cross to the card without it going (WCAG 1.4.13).
        clearTimeout(this.leaving);
        this.leaving = setTimeout(() => this.dispatch({ type: 'activate', id: null }), 400);
      }
    });
    chart.addEventListener('pointerleave', (event) => {
      const to = event.relatedTarget as Node | null;
      if (!this.state.opened && !this.card.contains(to) && document.activeElement !== chart)
        this.dispatch({ type: 'activate', id: null });
    });
    chart.addEventListener('click', (event) => {
      const g = this.geometry;
      if (!g || (event.target as Element).closest('.tl-card')) return;
      const { x, y } = this.local(event);
      if (onOverview(g, x, y)) return;
      const id = hitTest(g, x, y);
      if (id) this.dispatch({ type: 'open', id });
      else if (this.state.opened) this.dispatch({ type: 'close' });
    });
    // The overview strip is a scrubber: pressing or dragging on it centres the view there.
    let scrubbing = false;
    const scrub = (event: PointerEvent) => {
      const o = this.geometry?.overview;
      if (!o) return;
      const half = (this.state.span[1] - this.state.span[0]) / 2;
      const time = o.scale.invert(this.local(event).x);
      this.gesture([time - half, time + half]);
    };
    chart.addEventListener('pointerdown', (event) => {
      const g = this.geometry;
      if (!g || event.button !== 0) return;
      const { x, y } = this.local(event);
      if (!onOverview(g, x, y)) return;
      scrubbing = true;
      chart.setPointerCapture?.(event.pointerId);
      scrub(event);
    });
    chart.addEventListener('pointermove', (event) => {
      if (scrubbing) scrub(event);
    });
    const stop = () => (scrubbing = false);
    chart.addEventListener('pointerup', stop);
    chart.addEventListener('pointercancel', stop);
  }
}
