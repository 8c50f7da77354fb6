// The interactive timeline: one controller per <section data-timeline>. It turns keyboard, pointer,
// button and URL events into actions on the chart's state (src/lib/timeline/state.ts, where every
// rule lives) and draws the state with the same pure layout and SVG renderer the build uses.
import type { MilestoneKind } from '../../lib/content/schema';
import { variantFor } from '../../lib/timeline/box';
import { classes, dom, selector } from '../../lib/timeline/dom';
import { layoutTimeline, type TimelineGeometry } from '../../lib/timeline/layout';
import { hitTest, keyAction, onOverview } from '../../lib/timeline/navigation';
import { inSpan, type Span } from '../../lib/timeline/span';
import {
  initialState,
  reduce,
  shownMilestones,
  type ChartAction,
  type ChartContext,
  type ChartState,
} from '../../lib/timeline/state';
import { renderTimelineSvg } from '../../lib/timeline/svg';
import { countText } from '../../lib/timeline/ticks';
import type { ChartMilestone } from '../../lib/timeline/model';
import type { ClientData } from '../../lib/timeline/view';
import { Card } from './card';
import { trackPointers } from './pointer';

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
}

export class TimelineChart {
  private readonly data: ClientData;
  private readonly chart: HTMLElement;
  private readonly live: HTMLElement;
  private readonly items = new Map<string, HTMLElement>();
  private readonly card: Card;
  private readonly ctx: ChartContext<ChartMilestone>;
  private state: ChartState;
  private geometry: TimelineGeometry | null = null;
  private width = 0;
  private readonly highlight: string | null;
  private readonly onRender: (() => void) | undefined;
  private leaving: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly root: HTMLElement,
    options: ChartOptions = {},
  ) {
    this.data = JSON.parse(root.querySelector(selector(dom.data))!.textContent!) as ClientData;
    this.chart = root.querySelector<HTMLElement>(selector(dom.chart))!;
    this.highlight = options.highlight ?? this.data.highlight;
    this.onRender = options.onRender;
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
    this.card = new Card(this.chart.querySelector<HTMLElement>(selector(dom.card))!, root, () =>
      this.dispatch({ type: 'close' }),
    );
    this.card.onEnter(() => clearTimeout(this.leaving));

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

  /** Makes the chart one keyboard stop and wires the buttons and filters (shown from the first paint: .js-only). */
  private enhanceChrome() {
    const { root, chart, data } = this;
    const help = root.querySelector<HTMLElement>('.tl-help')!;
    chart.tabIndex = 0;
    chart.setAttribute('role', 'application');
    chart.setAttribute('aria-label', root.dataset.chartLabel ?? data.title);
    chart.setAttribute('aria-describedby', help.id);

    root.querySelector('.tl-controls')!.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button');
      if (!button) return;
      const zoom = button.getAttribute(dom.zoom);
      const pan = button.getAttribute(dom.pan);
      if (zoom === 'in' || zoom === 'out') this.zoom(zoom);
      else if (zoom === 'all') this.dispatch({ type: 'all' });
      else if (zoom === 'focus') this.dispatch({ type: 'focus' });
      else if (pan) this.dispatch({ type: 'pan', by: Number(pan) });
    });
    root.querySelector('.tl-controls')!.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type === 'radio') this.dispatch({ type: 'progressOnly', on: input.value === 'progress' });
      else this.dispatch({ type: 'kind', kind: input.value as MilestoneKind, shown: input.checked });
      for (const box of root.querySelectorAll<HTMLInputElement>('.tl-kinds input'))
        box.disabled = this.state.progressOnly;
    });
  }

  private observeResize() {
    new ResizeObserver(() => {
      const width = Math.round(this.chart.clientWidth);
      if (width && width !== this.width) {
        this.width = width;
        this.render();
      }
    }).observe(this.chart);
  }

  /** Lays out and draws the chart for the current width, span and filters. */
  render() {
    if (!this.width) return;
    const { data, state } = this;
    const shown = shownMilestones(state, this.ctx.milestones);
    const ids = new Set(shown.map((m) => m.id));
    for (const [id, li] of this.items) li.hidden = !ids.has(id);
    this.geometry = layoutTimeline(
      { ...data.chart, milestones: shown },
      {
        width: this.width,
        domain: state.span,
        full: this.ctx.full,
        lang: data.lang,
        highlight: this.highlight ?? undefined,
        ...data.labels,
        // The box the drawing had before the script ran: the page does not move when this replaces it.
        minHeight: data.boxes[variantFor(this.width)],
      },
    );
    this.live.innerHTML = renderTimelineSvg(this.geometry, {
      uid: `${data.uid}-live`,
      title: data.title,
      description: data.description,
      highlight: this.highlight ?? undefined,
    });
    const count = this.root.querySelector<HTMLElement>(selector(dom.count))!;
    count.textContent = countText(
      count.dataset.template ?? '',
      shown.length,
      this.ctx.milestones.length,
      state.span,
      data.lang,
    );
    for (const [name, disabled] of [
      ['all', state.span[0] <= this.ctx.full[0] && state.span[1] >= this.ctx.full[1]],
      ['focus', state.span[0] === this.ctx.focus[0] && state.span[1] === this.ctx.focus[1]],
    ] as const) {
      const button = this.root.querySelector<HTMLButtonElement>(selector(dom.zoom, name));
      if (button) button.disabled = disabled;
    }
    this.root.querySelector<HTMLButtonElement>(selector(dom.pan, '-1'))!.disabled = state.span[0] <= this.ctx.full[0];
    this.root.querySelector<HTMLButtonElement>(selector(dom.pan, '1'))!.disabled = state.span[1] >= this.ctx.full[1];
    this.onRender?.();
    this.paintState();
  }

  /** Marks the active and opened milestones in the chart and list, and places the card. */
  private paintState() {
    const { active, opened } = this.state;
    for (const mark of this.live.querySelectorAll<SVGGElement>(`.${classes.mark}`)) {
      mark.classList.toggle(classes.active, mark.getAttribute(dom.markId) === active);
      mark.classList.toggle(classes.selected, mark.getAttribute(dom.markId) === opened);
    }
    for (const label of this.live.querySelectorAll<SVGTextElement>(`.${classes.label}`))
      label.classList.toggle(classes.active, label.getAttribute(dom.for) === active);
    for (const [id, li] of this.items) li.classList.toggle(classes.selected, id === opened);
    const shownId = opened ?? active;
    const mark = this.geometry?.marks.find((m) => m.id === shownId);
    const li = shownId ? this.items.get(shownId) : undefined;
    if (mark && li && this.geometry) this.card.show(li, mark, this.geometry, shownId === opened);
    else this.card.hide();
  }

  private announce(id: string) {
    const li = this.items.get(id);
    if (!li) return;
    const headline = li.querySelector(`.${classes.itemTitle}`)?.textContent ?? '';
    const date = li.querySelector('time')?.textContent ?? '';
    this.root.querySelector(selector(dom.live))!.textContent = `${headline} — ${date}`;
  }

  zoom(direction: 'in' | 'out' | 'focus', anchor?: number) {
    performance.mark('tl-zoom-start');
    if (direction === 'focus') this.dispatch({ type: 'focus' });
    else this.dispatch({ type: 'zoom', factor: direction === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP, anchor });
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
        const first = shownMilestones(s, this.ctx.milestones).find((m) => inSpan(m.time, s.span));
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

  private bindPointer() {
    trackPointers(this.chart, this.live, {
      geometry: () => this.geometry,
      span: () => this.state.span,
      hover: (x, y) => {
        const g = this.geometry;
        const id = g && hitTest(g, x, y);
        if (id) {
          clearTimeout(this.leaving);
          this.dispatch({ type: 'activate', id });
        } else if (this.state.active && !this.state.opened) {
          // A moment's grace, so the pointer can cross to the card without it going (WCAG 1.4.13).
          clearTimeout(this.leaving);
          this.leaving = setTimeout(() => this.dispatch({ type: 'activate', id: null }), 400);
        }
      },
      leave: (to) => {
        if (!this.state.opened && !this.card.contains(to) && document.activeElement !== this.chart)
          this.dispatch({ type: 'activate', id: null });
      },
      tap: (x, y) => {
        const g = this.geometry;
        if (!g) return;
        if (onOverview(g, x, y)) {
          this.centreOn(g.overview!.scale.invert(x));
          return;
        }
        const id = hitTest(g, x, y);
        if (id) this.dispatch({ type: 'open', id });
        else if (this.state.opened) this.dispatch({ type: 'close' });
      },
      pan: (start, pixels) => {
        const { time } = this.geometry!.scales;
        const ms = time.invert(pixels) - time.invert(0);
        this.dispatch({ type: 'span', span: [start[0] - ms, start[1] - ms] });
      },
      brush: (start, pixels) => {
        const { scale } = this.geometry!.overview!;
        const ms = scale.invert(pixels) - scale.invert(0);
        this.dispatch({ type: 'span', span: [start[0] + ms, start[1] + ms] });
      },
      pinch: (start, factor, at) => {
        const g = this.geometry!;
        const anchor = g.scales.time.invert(g.orientation === 'horizontal' ? at.x : at.y);
        // Every step of a pinch zooms from the span the gesture began with.
        this.state = reduce(this.state, { type: 'span', span: start }, this.ctx);
        this.dispatch({ type: 'zoom', factor, anchor: Math.max(start[0], Math.min(start[1], anchor)) });
      },
    });
  }

  /** Moves the view so that `time` is in its middle (a tap on the overview strip). */
  private centreOn(time: number) {
    const half = (this.state.span[1] - this.state.span[0]) / 2;
    this.dispatch({ type: 'span', span: [time - half, time + half] });
  }
}
