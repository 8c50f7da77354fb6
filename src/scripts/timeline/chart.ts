// The interactive timeline: one controller per <section data-timeline>. It owns the state (visible
// span, filters, active and opened milestone), re-draws the chart with the same pure layout and
// SVG renderer the build uses, and maps keyboard, pointer and URL events onto that state.
import type { MilestoneKind } from '../../lib/content/schema';
import { clampSpan, isFullSpan, panSpan, zoomSpan, type Span } from '../../lib/timeline/domain';
import { layoutTimeline, type TimelineGeometry } from '../../lib/timeline/layout';
import type { ChartMilestone } from '../../lib/timeline/model';
import { keyAction, nearestMark } from '../../lib/timeline/navigation';
import { renderTimelineSvg } from '../../lib/timeline/svg';
import type { ClientData } from '../../lib/timeline/view';
import { Card } from './card';
import { trackPointers } from './pointer';

const ZOOM_STEP = 2;
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface ChartOptions {
  highlight?: string | null;
  /** Narrow the milestones to a span (embed option); the build-time range is already applied. */
  span?: Span | null;
}

export class TimelineChart {
  private readonly data: ClientData;
  private readonly chart: HTMLElement;
  private readonly live: HTMLElement;
  private readonly items = new Map<string, HTMLElement>();
  private readonly card: Card;
  private readonly full: [number, number];
  private span: [number, number];
  private kinds: Set<MilestoneKind>;
  private progressOnly = false;
  private visible: ChartMilestone[] = [];
  private geometry: TimelineGeometry | null = null;
  private active: string | null = null;
  private opened: string | null = null;
  private width = 0;
  private highlight: string | null;

  constructor(
    private readonly root: HTMLElement,
    options: ChartOptions = {},
  ) {
    this.data = JSON.parse(root.querySelector('[data-timeline-data]')!.textContent!) as ClientData;
    this.chart = root.querySelector<HTMLElement>('[data-chart]')!;
    this.highlight = options.highlight ?? this.data.highlight;
    let milestones = this.data.milestones;
    if (options.span) {
      const [s0, s1] = options.span;
      milestones = milestones.filter((m) => m.time >= s0 && m.time < s1);
      this.data.milestones = milestones;
    }
    this.full = options.span ? [options.span[0], options.span[1]] : this.data.domain;
    this.span = [...this.full];
    this.kinds = new Set(milestones.map((m) => m.kind));
    for (const li of root.querySelectorAll<HTMLElement>('.tl-item')) this.items.set(li.id, li);
    if (this.highlight) this.items.get(this.highlight)?.classList.add('is-highlight');

    // The static drawings are replaced by one drawn at the container's real width.
    this.live = document.createElement('div');
    this.live.className = 'tl-live';
    for (const el of this.chart.querySelectorAll('.tl-static')) el.remove();
    this.chart.prepend(this.live);
    this.card = new Card(this.chart.querySelector<HTMLElement>('[data-card]')!, root, () => this.close());

    this.enhanceChrome();
    this.width = Math.round(this.chart.clientWidth);
    this.applyFilters();
    this.observeResize();
    this.bindKeys();
    this.bindPointer();
    addEventListener('hashchange', () => this.openFromHash(false));
    this.openFromHash(true);
  }

  /** Shows the controls and instructions and makes the chart one keyboard stop. */
  private enhanceChrome() {
    const { root, chart, data } = this;
    const help = root.querySelector<HTMLElement>('.tl-help')!;
    root.querySelector<HTMLElement>('.tl-controls')!.hidden = false;
    help.hidden = false;
    chart.tabIndex = 0;
    chart.setAttribute('role', 'application');
    chart.setAttribute('aria-label', root.dataset.chartLabel ?? data.title);
    chart.setAttribute('aria-describedby', help.id);

    root.querySelector('.tl-zoom')!.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-zoom]');
      if (button) this.zoom(button.dataset.zoom as 'in' | 'out' | 'reset');
    });
    root.querySelector('.tl-controls')!.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type === 'radio') this.progressOnly = input.value === 'progress';
      else if (input.checked) this.kinds.add(input.value as MilestoneKind);
      else this.kinds.delete(input.value as MilestoneKind);
      for (const box of root.querySelectorAll<HTMLInputElement>('.tl-kinds input')) box.disabled = this.progressOnly;
      this.applyFilters();
    });
  }

  private applyFilters() {
    const shown = (m: ChartMilestone) => (this.progressOnly ? !!m.progress : this.kinds.has(m.kind));
    this.visible = this.data.milestones.filter(shown);
    const ids = new Set(this.visible.map((m) => m.id));
    for (const [id, li] of this.items) li.hidden = !ids.has(id);
    const count = this.root.querySelector<HTMLElement>('[data-count]')!;
    count.textContent = (count.dataset.template ?? '')
      .replace('{shown}', String(this.visible.length))
      .replace('{total}', String(this.data.milestones.length));
    if (this.active && !ids.has(this.active)) this.active = null;
    if (this.opened && !ids.has(this.opened)) this.close();
    this.render();
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
    const { data } = this;
    this.geometry = layoutTimeline(this.visible, {
      width: this.width,
      domain: this.span,
      lang: data.lang,
      highlight: this.highlight ?? undefined,
      targetLabel: data.targetLabel,
    });
    this.live.innerHTML = renderTimelineSvg(this.geometry, {
      uid: `${data.uid}-live`,
      title: data.title,
      description: data.description,
      highlight: this.highlight ?? undefined,
    });
    this.root.querySelector<HTMLButtonElement>('[data-zoom="reset"]')!.disabled = isFullSpan(this.span, this.full);
    this.paintState();
  }

  /** Marks the active and opened milestones in the chart and list, and places the card. */
  private paintState() {
    for (const mark of this.live.querySelectorAll<SVGGElement>('.tl-mark')) {
      mark.classList.toggle('is-active', mark.dataset.id === this.active);
      mark.classList.toggle('is-selected', mark.dataset.id === this.opened);
    }
    for (const label of this.live.querySelectorAll<SVGTextElement>('.tl-label')) {
      label.classList.toggle('is-active', label.dataset.for === this.active);
    }
    for (const [id, li] of this.items) li.classList.toggle('is-selected', id === this.opened);
    const shownId = this.opened ?? this.active;
    const mark = this.geometry?.marks.find((m) => m.id === shownId);
    const li = shownId ? this.items.get(shownId) : undefined;
    if (mark && li && this.geometry) this.card.show(li, mark, this.geometry, shownId === this.opened);
    else this.card.hide();
  }

  private announce(id: string) {
    const li = this.items.get(id);
    if (!li) return;
    const headline = li.querySelector('.tl-item-title')?.textContent ?? '';
    const date = li.querySelector('time')?.textContent ?? '';
    this.root.querySelector('[data-live]')!.textContent = `${headline} — ${date}`;
  }

  /** Keeps a milestone in view: pans the span to it when it lies outside. */
  private reveal(id: string) {
    const m = this.visible.find((v) => v.id === id);
    if (!m || (m.time >= this.span[0] && m.time <= this.span[1])) return false;
    const half = (this.span[1] - this.span[0]) / 2;
    this.span = clampSpan([m.time - half, m.time + half], this.full);
    return true;
  }

  setActive(id: string | null, { announce = false } = {}) {
    if (id === this.active) return;
    this.active = id;
    if (id && this.reveal(id)) this.render();
    else this.paintState();
    if (id && announce) this.announce(id);
  }

  /** Opens a milestone: pinned card, selected in chart and list, in the URL, announced. */
  open(id: string, { updateUrl = true } = {}) {
    if (!this.visible.some((m) => m.id === id)) return;
    this.opened = id;
    this.active = id;
    if (updateUrl) history.replaceState(null, '', `#${id}`);
    if (!this.reveal(id)) this.paintState();
    else this.render();
    this.announce(id);
  }

  close() {
    if (!this.opened) {
      this.card.hide();
      return;
    }
    this.opened = null;
    this.paintState();
    this.card.hide();
  }

  zoom(direction: 'in' | 'out' | 'reset') {
    performance.mark('tl-zoom-start');
    if (direction === 'reset') this.span = [...this.full];
    else {
      const focus = this.visible.find((m) => m.id === this.active);
      const anchor =
        focus && focus.time >= this.span[0] && focus.time <= this.span[1]
          ? focus.time
          : (this.span[0] + this.span[1]) / 2;
      this.span = zoomSpan(this.span, direction === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP, anchor, this.full);
    }
    this.render();
    performance.measure('tl-zoom', 'tl-zoom-start');
  }

  private openFromHash(initial: boolean) {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!this.items.has(id)) return;
    this.open(id, { updateUrl: false });
    // The browser scrolls to the list item by itself; after a filter it may have been hidden.
    if (initial) this.items.get(id)!.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  private bindKeys() {
    const { chart } = this;
    chart.addEventListener('focus', () => {
      if (!this.active)
        this.setActive(this.opened ?? this.highlight ?? this.visible[0]?.id ?? null, { announce: true });
      else this.paintState();
    });
    chart.addEventListener('blur', (event) => {
      if (this.opened || this.card.contains(event.relatedTarget as Node | null)) return;
      this.card.hide();
    });
    chart.addEventListener('keydown', (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const index = this.visible.findIndex((m) => m.id === this.active);
      const action = keyAction(event.key, index, this.visible.length);
      if (!action) return;
      event.preventDefault();
      performance.mark('tl-key-start');
      if (action.type === 'move') this.setActive(this.visible[action.to]!.id, { announce: true });
      else if (action.type === 'open' && this.active) this.open(this.active);
      else if (action.type === 'close') this.close();
      else if (action.type === 'zoom') this.zoom(action.direction);
      performance.measure('tl-key', 'tl-key-start');
    });
  }

  /** The milestone nearest to a point in the chart, along the time axis. */
  private hit(x: number, y: number): string | null {
    const g = this.geometry;
    if (!g) return null;
    const horizontal = g.orientation === 'horizontal';
    const positions = g.marks.map((m) => (horizontal ? m.x : m.y));
    const i = nearestMark(positions, horizontal ? x : y, 24);
    return i < 0 ? null : g.marks[i]!.id;
  }

  private bindPointer() {
    trackPointers(this.chart, this.live, {
      orientation: () => this.geometry?.orientation ?? 'horizontal',
      hover: (x, y) => this.setActive(this.hit(x, y)),
      leave: (to) => {
        if (!this.opened && !this.card.contains(to) && document.activeElement !== this.chart) this.setActive(null);
      },
      tap: (x, y) => {
        const id = this.hit(x, y);
        if (id) this.open(id);
      },
      pan: (start, pixels) => {
        const g = this.geometry!;
        const length = g.orientation === 'horizontal' ? g.frame.width : g.frame.height;
        const ms = (pixels / length) * (start[1] - start[0]);
        this.span = panSpan(start, -ms, this.full);
        this.render();
      },
      pinch: (start, factor, at) => {
        const g = this.geometry!;
        const horizontal = g.orientation === 'horizontal';
        const ratio =
          (horizontal ? at.x - g.frame.x : at.y - g.frame.y) / (horizontal ? g.frame.width : g.frame.height) || 0.5;
        this.span = zoomSpan(start, factor, start[0] + ratio * (start[1] - start[0]), this.full);
        this.render();
      },
      span: () => this.span,
    });
  }
}
