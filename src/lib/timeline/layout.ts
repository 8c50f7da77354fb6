// From chart data, a width and a visible span to everything the chart draws: positions, paths,
// ticks and labels. Pure: no DOM and no window, so the same function draws the chart at build time
// (the static SVGs, the downloads, the social cards) and in the browser on resize, zoom and filter.
//
// One layout in time × value space, mapped onto the page by an orientation:
// - horizontal (from `verticalBelow` pixels): time runs across; an events lane on top holds
//   regulation, business, deadline and supervision events on an axis of their own; the progress panel
//   under it holds only reported figures against a 0–100% axis; an overview strip of the whole span
//   runs along the bottom and shows which part the chart frames.
// - vertical (narrower): time runs down; the progress band and the events axis sit side by side, the
//   labels stack beside them, and the overview strip runs across the top.
// Nothing that is not a percentage is ever drawn against the percent axis.
import type { Locale } from '../../i18n/locales';
import type { MilestoneKind } from '../content/schema';
import { disagreements, forecasts, seriesFigures, type Forecast } from './forecast';
import {
  moreMarkers,
  Obstacles,
  placeInLanes,
  placeNearPoints,
  stackLabels,
  type Box,
  type MoreMarker,
  type Segment,
} from './labels';
import { figuresOf, type ChartData, type ChartFigure, type ChartMilestone } from './model';
import type { Span } from './span';
import { linearScale, type LinearScale } from './scale';
import { estimateTextWidth, wrapWords } from './text';
import { timeTicks } from './ticks';

export type { Box, Segment };

/** Below this container width the chart is a vertical timeline (timeline.css and the embed layout switch
 *  there too; tests/unit/timeline/box.test.ts and layout.test.ts hold them to it). */
export const verticalBelow = 560;

/** Room around the plot, in pixels: exported so tests can check marks and labels stay inside. */
export const MARGIN = { left: 44, right: 16, top: 8, bottom: 6 } as const;
/** Font size and line height of labels. */
export const FONT = 12;
export const LINE = 15;
/** Radius of a mark's shape, and of its hit area for pointers. */
export const MARK_RADIUS = 6;
/** The overview strip's height, and the room under it for its ticks. */
export const OVERVIEW = { height: 22, ticks: 16 } as const;

export interface Point {
  x: number;
  y: number;
}

export interface ChartMark extends Point {
  id: string;
  kind: MilestoneKind;
  /** Estimates are drawn hollow. */
  estimate: boolean;
  /** Index into the chart's reporters for a figure; -1 for events. */
  reporter: number;
  band: 'events' | 'progress';
}

/** A figure reported by someone else about a milestone: drawn as its own point, never joined. */
export interface ChartPoint extends Point, Pick<ChartFigure, 'value' | 'estimate' | 'qualifier' | 'reporter'> {
  for: string;
}

export interface ChartLabel {
  /** Unique among the chart's labels. */
  key: string;
  /** The milestone a tap on the label opens. */
  for: string;
  role: 'milestone' | 'report' | 'projection' | 'target' | 'disagreement';
  lines: string[];
  /** Text anchor point of the first line's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lineHeight: number;
  box: Box;
}

export interface Overview {
  box: Box;
  /** The part of the whole span the chart frames. */
  window: Box;
  ticks: { x: number; text: string }[];
  events: { x: number; kind: MilestoneKind }[];
  figures: Point[];
  scale: LinearScale;
}

export interface TimelineGeometry {
  orientation: 'horizontal' | 'vertical';
  width: number;
  height: number;
  /** The progress panel: time × percent. */
  frame: Box;
  /** The line events sit on. */
  eventsAxis: Segment;
  /** Lines are clipped to this: the visible span across both bands. */
  clip: Box;
  /** Time ↔ pixels along the time axis, percent ↔ pixels across the panel; both invert. */
  scales: { time: LinearScale; value: LinearScale };
  timeTicks: { tick: Segment; label: Point & { text: string; anchor: 'middle' | 'end' } }[];
  progressGrid: { line: Segment; label: Point & { text: string; anchor: 'middle' | 'end' } }[];
  /** The line reporter's figures, joined in date order: what was said, not smoothed. */
  series: string | null;
  /** Dashed lines: forecasts and deadline targets, never reports. */
  projections: { key: string; for: string; kind: Forecast['kind']; path: string; end: Point }[];
  /** Deadlines: the day or month they cover, across both bands. */
  bands: (Box & { for: string })[];
  /** Where figures reported within a few days of each other disagree. */
  disagreements: (Box & { ids: string[] })[];
  /** One per visible milestone: the keyboard and the card follow these. */
  marks: ChartMark[];
  points: ChartPoint[];
  labels: ChartLabel[];
  leaders: (Segment & { for: string })[];
  /** "+N": labels left out because they did not fit. */
  more: MoreMarker[];
  overview: Overview | null;
}

export interface LayoutOptions {
  width: number;
  /** The visible span, UTC ms, half-open. */
  domain: Span;
  /** The whole span, for the overview strip; leave out for no strip. */
  full?: Span | undefined;
  lang: Locale;
  /** A milestone whose label must be kept. */
  highlight?: string | undefined;
  /** The label of the deadline's target line. */
  targetLabel: string;
  /** The label of a stretch where figures disagree. */
  disagreeLabel: string;
  /**
   * At least this tall: the extra length goes to the plot (the progress panel, or the time axis of
   * the vertical chart), so the chart fills the box reserved for it (see ./box.ts).
   */
  minHeight?: number | undefined;
}

const PERCENT_TICKS = [0, 25, 50, 75, 100];
const round = (v: number) => Math.round(v * 10) / 10;

/** A whole percentage, "75%" in both languages (as Intl writes it; no Intl in the browser, see ticks.ts). */
export function percentLabel(value: number): string {
  return `${Math.round(value)}%`;
}

/** A figure's short label, where the milestone's own label fits nowhere: "87%", "~75%", ">70%", "<90%". */
export function figureText(f: Pick<ChartFigure, 'value' | 'estimate' | 'qualifier'>): string {
  const qualifier = f.qualifier ?? (f.estimate ? 'about' : undefined);
  const hedge = qualifier ? { about: '~', over: '>', almost: '<' }[qualifier] : '';
  return `${hedge}${percentLabel(f.value)}`;
}

function priorityOf(m: ChartMilestone, highlight: string | undefined): number {
  if (m.id === highlight) return 4;
  if (m.kind === 'deadline') return 3;
  if (m.progress) return 2;
  return 1;
}

/** In the visible span: deadlines by their band, everything else by its position (half-open). */
function visibleIn(m: ChartMilestone, [t0, t1]: Span) {
  return m.kind === 'deadline' ? m.span[1] > t0 && m.span[0] < t1 : m.time >= t0 && m.time < t1;
}

/**
 * SVG path data through the points: "M1,2L3,4". Written out rather than taken from d3-path, whose
 * 1 kB gzip would buy nothing a polyline needs (measured with the chart's bundle).
 */
function polyline(points: readonly Point[]): string | null {
  if (points.length < 2) return null;
  return points.map((pt, i) => `${i ? 'L' : 'M'}${round(pt.x)},${round(pt.y)}`).join('');
}

/** Where time and value land on the page, for one orientation. */
interface Orientation {
  at(time: number, value: number): Point;
  event(time: number): Point;
  /** A box covering a stretch of time across both bands, or across the panel only. */
  span(t0: number, t1: number, across: 'both' | 'panel' | [number, number]): Box;
}

/** What both orientations draw the same way once the scales are set. */
function commonParts(data: ChartData, visible: readonly ChartMilestone[], o: Orientation, options: LayoutOptions) {
  const inView = (t: number) => t >= options.domain[0] && t < options.domain[1];
  const marks: ChartMark[] = visible.map((m) => {
    const p = m.progress ? o.at(m.time, m.progress.value) : o.event(m.time);
    return {
      id: m.id,
      kind: m.kind,
      x: round(p.x),
      y: round(p.y),
      estimate: !!m.progress?.estimate,
      reporter: m.progress?.reporter ?? -1,
      band: m.progress ? 'progress' : 'events',
    };
  });
  const points: ChartPoint[] = visible.flatMap((m) =>
    (m.reports ?? [])
      .filter((r) => inView(r.time))
      .map((r) => {
        const p = o.at(r.time, r.value);
        return {
          for: m.id,
          x: round(p.x),
          y: round(p.y),
          reporter: r.reporter,
          value: r.value,
          estimate: r.estimate,
          ...(r.qualifier ? { qualifier: r.qualifier } : {}),
        };
      }),
  );
  // Lines run through figures outside the visible span too; the chart clips them to its frame.
  const seriesPoints = seriesFigures(data).map((f: ChartFigure) => o.at(f.time, f.value));
  const series = polyline(seriesPoints);
  const lines = forecasts(data, options.targetLabel);
  const projections = lines.map((f) => {
    const start = o.at(f.from.time, f.from.value);
    const end = o.at(f.to.time, f.to.value);
    return {
      key: f.key,
      for: f.for,
      kind: f.kind,
      path: polyline([start, end])!,
      start: { x: round(start.x), y: round(start.y) },
      end: { x: round(end.x), y: round(end.y) },
    };
  });
  const bands = visible
    .filter((m) => m.kind === 'deadline')
    .map((m) => ({
      for: m.id,
      ...o.span(Math.max(m.span[0], options.domain[0]), Math.min(m.span[1], options.domain[1]), 'both'),
    }));
  const disagree = disagreements(visible).map((d) => ({
    ids: d.ids,
    ...o.span(d.from, d.to, [d.low, d.high]),
  }));
  return { marks, points, series, seriesPoints, lines, projections, bands, disagree };
}

export function layoutTimeline(data: ChartData, options: LayoutOptions): TimelineGeometry {
  const layout = options.width < verticalBelow ? layoutVertical : layoutHorizontal;
  const natural = layout(data, options, 0);
  const extra = (options.minHeight ?? 0) - natural.height;
  if (extra <= 0) return natural;
  // A plot longer by `extra` makes the chart at most `extra` taller: its labels only spread out.
  const stretched = layout(data, options, extra);
  return { ...stretched, height: Math.max(stretched.height, options.minHeight!) };
}

// The horizontal chart, top to bottom: the events' label lanes (3 below 800 px, else 4) and their
// axis, a row for "+N" markers, the progress panel, the time axis, and the overview strip.
const MAX_LANES = 4;
const LANE_HEIGHT = LINE + 3;
const horizontalPanel = (width: number) => (width < 800 ? 150 : 180);

function horizontalRows(lanesUsed: number, panelHeight: number, withOverview: boolean) {
  const eventsAxisY = MARGIN.top + lanesUsed * LANE_HEIGHT + 14;
  const moreRow = { y: eventsAxisY + 11, height: 15 };
  const panelTop = moreRow.y + moreRow.height + 8;
  const panelBottom = panelTop + panelHeight;
  const axisBottom = panelBottom + 24;
  const overviewTop = axisBottom + 14;
  const height = withOverview
    ? overviewTop + OVERVIEW.height + OVERVIEW.ticks + MARGIN.bottom
    : axisBottom + MARGIN.bottom;
  return { eventsAxisY, moreRow, panelTop, panelBottom, axisBottom, overviewTop, height };
}

/**
 * No horizontal layout of `data` is taller than this, whatever its width and visible span: every
 * event of the whole span in a lane of its own, as far as the lanes go, and the tallest panel.
 */
export function horizontalHeightBound(data: ChartData, { domain, full }: Pick<LayoutOptions, 'domain' | 'full'>) {
  const events = data.milestones.filter((m) => !m.progress && visibleIn(m, full ?? domain)).length;
  return horizontalRows(Math.max(1, Math.min(MAX_LANES, events)), horizontalPanel(Infinity), !!full).height;
}

function overviewGeometry(data: ChartData, full: Span, domain: Span, box: Box, lang: Locale): Overview {
  const scale = linearScale(full, [box.x, box.x + box.width]);
  const value = linearScale([0, 100], [box.y + box.height - 3, box.y + 3]);
  const x0 = Math.max(box.x, scale(domain[0]));
  const x1 = Math.min(box.x + box.width, scale(domain[1]));
  return {
    box,
    window: { x: round(x0), y: box.y, width: round(Math.max(4, x1 - x0)), height: box.height },
    // Labels centred on their tick, moved inward where they would run past the strip's ends.
    ticks: timeTicks(full, box.width, lang, 52).map((t) => {
      const half = estimateTextWidth(t.label, FONT) / 2;
      return { x: round(Math.min(box.x + box.width - half, Math.max(box.x + half, scale(t.time)))), text: t.label };
    }),
    events: data.milestones.filter((m) => !m.progress).map((m) => ({ x: round(scale(m.time)), kind: m.kind })),
    figures: data.milestones.flatMap(figuresOf).map((f) => ({ x: round(scale(f.time)), y: round(value(f.value)) })),
    scale,
  };
}

function layoutHorizontal(data: ChartData, options: LayoutOptions, extra: number): TimelineGeometry {
  const { width, domain, lang, highlight } = options;
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const lanes = width < 800 ? 3 : MAX_LANES;
  const laneHeight = LANE_HEIGHT;
  const panelHeight = horizontalPanel(width) + extra;
  const visible = data.milestones.filter((m) => visibleIn(m, domain));
  const time = linearScale(domain, [left, right]);

  // Events lane first: how many lanes its labels use decides where everything below starts.
  const events = visible.filter((m) => !m.progress);
  const laneItems = events.map((m) => ({
    id: m.id,
    anchor: time(m.time),
    width: estimateTextWidth(m.label, FONT),
    priority: priorityOf(m, highlight),
  }));
  const lanePlacements = placeInLanes(laneItems, {
    min: 2,
    max: width - 2,
    lanes,
    gap: 8,
    nudge: 6,
    // Lanes are numbered up from the axis; `laneTop` is filled in once the lanes used are known.
    laneTop: (lane) => MARGIN.top + (lanes - 1 - lane) * laneHeight,
    height: LINE,
    leaderBottom: MARGIN.top + lanes * laneHeight + 6,
  });
  const lanesUsed = Math.max(1, ...[...lanePlacements.values()].map((p) => p.lane + 1));
  const shift = (lanes - lanesUsed) * laneHeight; // unused lanes are taken off the top
  const { eventsAxisY, moreRow, panelTop, panelBottom, overviewTop, height } = horizontalRows(
    lanesUsed,
    panelHeight,
    !!options.full,
  );
  // 100% sits a label's height below the panel's top edge: a label fits above a figure of 100%.
  const value = linearScale([0, 100], [panelBottom, panelTop + LINE + 4]);

  const orient: Orientation = {
    at: (t, v) => ({ x: time(t), y: value(v) }),
    event: (t) => ({ x: time(t), y: eventsAxisY }),
    span: (t0, t1, across) => {
      const [x0, x1] = [time(t0), time(t1)];
      const [y0, y1] =
        across === 'both'
          ? [eventsAxisY - 12, panelBottom]
          : across === 'panel'
            ? [panelTop, panelBottom]
            : [value(across[1]), value(across[0])];
      const pad = across === 'both' || across === 'panel' ? 0 : 8;
      return {
        x: round(Math.max(left, x0 - pad)),
        y: round(y0 - pad),
        width: round(Math.max(2, Math.min(right, x1 + pad) - Math.max(left, x0 - pad))),
        height: round(y1 - y0 + 2 * pad),
      };
    },
  };
  const parts = commonParts(data, visible, orient, options);
  const markById = new Map(parts.marks.map((m) => [m.id, m]));
  const milestoneById = new Map(visible.map((m) => [m.id, m]));

  const labels: ChartLabel[] = [];
  const leaders: (Segment & { for: string })[] = [];
  const dropped: { id: string; anchor: number }[] = [];
  for (const item of laneItems) {
    const p = lanePlacements.get(item.id);
    const mark = markById.get(item.id)!;
    if (!p) {
      dropped.push({ id: item.id, anchor: item.anchor });
      continue;
    }
    const top = MARGIN.top + (lanes - 1 - p.lane) * laneHeight - shift;
    const tx = p.align === 'middle' ? (p.x0 + p.x1) / 2 : p.align === 'start' ? p.x0 : p.x1;
    const m = milestoneById.get(item.id)!;
    labels.push({
      key: item.id,
      for: item.id,
      role: 'milestone',
      lines: [m.label],
      x: round(tx),
      y: top + LINE - 3,
      anchor: p.align,
      lineHeight: LINE,
      box: { x: round(p.x0), y: top, width: round(p.x1 - p.x0), height: LINE },
    });
    leaders.push({
      for: item.id,
      x1: round(item.anchor),
      y1: top + LINE + 1,
      x2: mark.x,
      y2: mark.y - MARK_RADIUS - 2,
    });
  }

  // The progress panel: every mark, point and line is an obstacle, then labels go next to points.
  const obstacles = new Obstacles();
  const dot = (p: Point, r = MARK_RADIUS + 1) =>
    obstacles.addBox({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r });
  for (const m of parts.marks) if (m.band === 'progress') dot(m);
  for (const p of parts.points) dot(p);
  for (const f of parts.projections) dot(f.end, 5);
  const lineObstacles = [parts.seriesPoints, ...parts.projections.map((f) => [f.start, f.end])];
  for (const pts of lineObstacles)
    for (let i = 1; i < pts.length; i++)
      obstacles.addSegment({ x1: pts[i - 1]!.x, y1: pts[i - 1]!.y, x2: pts[i]!.x, y2: pts[i]!.y });
  const frame = { x: left, y: panelTop, width: right - left, height: panelHeight };
  const projectionByKey = new Map(parts.projections.map((p) => [p.key, p]));
  // Labels next to points: each milestone's figure (its own label, or "87%" where that does not
  // fit), each report's figure, and each forecast's end.
  interface NearLabel {
    key: string;
    for: string;
    role: ChartLabel['role'];
    text: string;
    short?: string;
    x: number;
    y: number;
    radius: number;
    priority: number;
  }
  const nearLabels: NearLabel[] = [
    ...visible
      .filter((m) => m.progress)
      .map((m) => {
        const mark = markById.get(m.id)!;
        return {
          key: m.id,
          for: m.id,
          role: 'milestone' as const,
          text: m.label,
          short: figureText(m.progress!),
          x: mark.x,
          y: mark.y,
          radius: MARK_RADIUS + 1,
          priority: priorityOf(m, highlight),
        };
      }),
    ...parts.points.map((p, i) => ({
      key: `report:${p.for}:${i}`,
      for: p.for,
      role: 'report' as const,
      text: figureText(p),
      x: p.x,
      y: p.y,
      radius: MARK_RADIUS + 1,
      priority: 1.5,
    })),
    ...parts.lines
      .filter((f) => f.to.time >= domain[0] && f.to.time < domain[1])
      .map((f) => {
        const end = projectionByKey.get(f.key)!.end;
        return { key: f.key, for: f.for, role: f.kind, text: f.label, x: end.x, y: end.y, radius: 5, priority: 0.5 };
      }),
  ];
  const near = placeNearPoints(
    nearLabels.map((l) => ({
      id: l.key,
      x: l.x,
      y: l.y,
      width: estimateTextWidth(l.text, FONT),
      ...(l.short ? { shortWidth: estimateTextWidth(l.short, FONT) } : {}),
      height: LINE,
      radius: l.radius,
      priority: l.priority,
    })),
    obstacles,
    frame,
    2,
    [...parts.marks.filter((m) => m.band === 'progress'), ...parts.points, ...parts.projections.map((f) => f.end)],
  );
  for (const l of nearLabels) {
    const p = near.get(l.key);
    if (!p) {
      if (l.role === 'milestone' || l.role === 'report') dropped.push({ id: l.for, anchor: l.x });
      continue;
    }
    if (p.leader)
      leaders.push({
        for: l.for,
        x1: round(p.leader.x1),
        y1: round(p.leader.y1),
        x2: round(p.leader.x2),
        y2: round(p.leader.y2),
      });
    labels.push({
      key: l.key,
      for: l.for,
      role: l.role,
      lines: [p.short && l.short ? l.short : l.text],
      x: round(p.anchor === 'start' ? p.box.x : p.anchor === 'end' ? p.box.x + p.box.width : p.box.x + p.box.width / 2),
      y: round(p.box.y + LINE - 3),
      anchor: p.anchor,
      lineHeight: LINE,
      box: { ...p.box, x: round(p.box.x), y: round(p.box.y) },
    });
  }
  // Placed around the middle of the shaded stretch's top edge (the shading is background, not a mark).
  const disagreeItems = parts.disagree.map((d, i) => ({
    id: `disagree:${i}`,
    x: d.x + d.width / 2,
    y: d.y,
    width: estimateTextWidth(options.disagreeLabel, FONT),
    height: LINE,
    radius: 2,
    priority: 0.4,
  }));
  const disagreePlaced = placeNearPoints(disagreeItems, obstacles, frame, 2);
  disagreeItems.forEach((item, i) => {
    const p = disagreePlaced.get(item.id);
    if (!p) return;
    labels.push({
      key: item.id,
      for: parts.disagree[i]!.ids[0]!,
      role: 'disagreement',
      lines: [options.disagreeLabel],
      x: round(p.anchor === 'start' ? p.box.x : p.anchor === 'end' ? p.box.x + p.box.width : p.box.x + p.box.width / 2),
      y: round(p.box.y + LINE - 3),
      anchor: p.anchor,
      lineHeight: LINE,
      box: { ...p.box, x: round(p.box.x), y: round(p.box.y) },
    });
  });

  const more = moreMarkers(dropped, { ...moreRow, min: 2, max: width - 2 }, (t) => estimateTextWidth(t, FONT - 1));

  const progressGrid = PERCENT_TICKS.map((v) => ({
    line: { x1: left, y1: round(value(v)), x2: right, y2: round(value(v)) },
    label: { x: left - 6, y: round(value(v) + 4), text: percentLabel(v), anchor: 'end' as const },
  }));
  const ticks = timeTicks(domain, right - left, lang, 72).map((tick) => {
    const tx = round(time(tick.time));
    return {
      tick: { x1: tx, y1: panelBottom, x2: tx, y2: panelBottom + 5 },
      label: { x: tx, y: panelBottom + 19, text: tick.label, anchor: 'middle' as const },
    };
  });

  return {
    orientation: 'horizontal',
    width,
    height,
    frame,
    eventsAxis: { x1: left, y1: eventsAxisY, x2: right, y2: eventsAxisY },
    clip: { x: left, y: eventsAxisY - 14, width: right - left, height: panelBottom - eventsAxisY + 14 },
    scales: { time, value },
    timeTicks: ticks,
    progressGrid,
    series: parts.series,
    projections: parts.projections,
    bands: parts.bands,
    disagreements: parts.disagree,
    marks: parts.marks,
    points: parts.points,
    labels,
    leaders,
    more,
    overview: options.full
      ? overviewGeometry(
          data,
          options.full,
          domain,
          { x: left, y: overviewTop, width: right - left, height: OVERVIEW.height },
          lang,
        )
      : null,
  };
}

function layoutVertical(data: ChartData, options: LayoutOptions, extra: number): TimelineGeometry {
  const { width, domain, lang } = options;
  const overviewBox = options.full ? { x: 8, y: MARGIN.top, width: width - 16, height: OVERVIEW.height } : null;
  const top = (overviewBox ? overviewBox.y + OVERVIEW.height + OVERVIEW.ticks + 22 : 0) + 30;
  // The tick labels' column is as wide as its longest label ("Mar 2024").
  const provisional = timeTicks(domain, 400, lang, 40);
  const bandLeft = Math.max(44, Math.max(...provisional.map((t) => estimateTextWidth(t.label, FONT))) + 14);
  const band = Math.round(Math.min(170, Math.max(100, width * 0.36)));
  const bandRight = bandLeft + band;
  const eventsAxisX = bandRight + 16;
  const labelX = eventsAxisX + 14;
  const labelWidth = Math.max(60, width - labelX - 6);
  const visible = data.milestones.filter((m) => visibleIn(m, domain));
  const lines = forecasts(data, options.targetLabel);
  const labelledLines = lines.filter((f) => f.to.time >= domain[0] && f.to.time < domain[1]);

  const wrapped = new Map<string, string[]>();
  for (const m of visible) wrapped.set(m.id, wrapWords(m.label, labelWidth, FONT));
  for (const f of labelledLines) wrapped.set(f.key, wrapWords(f.label, labelWidth, FONT));
  const heightOf = (key: string) => wrapped.get(key)!.length * LINE;

  // Enough length for the labels to sit near their marks, and never less than a phone screen.
  const needed = [...wrapped.keys()].reduce((sum, key) => sum + heightOf(key) + 6, 0);
  const plotLength = Math.max(360, Math.round(needed * 1.15)) + extra;
  const time = linearScale(domain, [top, top + plotLength]);
  const value = linearScale([0, 100], [bandLeft, bandRight]);

  const orient: Orientation = {
    at: (t, v) => ({ x: value(v), y: time(t) }),
    event: (t) => ({ x: eventsAxisX, y: time(t) }),
    span: (t0, t1, across) => {
      const [y0, y1] = [time(t0), time(t1)];
      const [x0, x1] =
        across === 'both'
          ? [bandLeft - 4, eventsAxisX + 10]
          : across === 'panel'
            ? [bandLeft, bandRight]
            : [value(across[0]), value(across[1])];
      const pad = across === 'both' || across === 'panel' ? 0 : 8;
      return {
        x: round(x0 - pad),
        y: round(Math.max(top, y0 - pad)),
        width: round(x1 - x0 + 2 * pad),
        height: round(Math.max(2, Math.min(top + plotLength, y1 + pad) - Math.max(top, y0 - pad))),
      };
    },
  };
  const parts = commonParts(data, visible, orient, options);

  const anchorPoints = new Map<string, Point & { for: string; role: ChartLabel['role'] }>([
    ...parts.marks.map((m) => [m.id, { x: m.x, y: m.y, for: m.id, role: 'milestone' as const }] as const),
    ...parts.projections
      .filter((f) => wrapped.has(f.key))
      .map((f) => [f.key, { ...f.end, for: f.for, role: f.kind }] as const),
  ]);
  const anchors = [...anchorPoints]
    .map(([key, point]) => ({ id: key, desired: point.y, height: heightOf(key) }))
    .sort((a, b) => a.desired - b.desired);
  const tops = stackLabels(anchors, { min: top - 6, gap: 6 });

  const labels: ChartLabel[] = [];
  const leaders: (Segment & { for: string })[] = [];
  let lowest = top + plotLength;
  for (const a of anchors) {
    const boxTop = round(tops.get(a.id)!);
    const text = wrapped.get(a.id)!;
    const boxWidth = Math.max(...text.map((l) => estimateTextWidth(l, FONT)));
    const from = anchorPoints.get(a.id)!;
    labels.push({
      key: a.id,
      for: from.for,
      role: from.role,
      lines: text,
      x: labelX,
      y: boxTop + LINE - 3,
      anchor: 'start',
      lineHeight: LINE,
      box: { x: labelX, y: boxTop, width: Math.min(boxWidth, labelWidth), height: a.height },
    });
    leaders.push({
      for: from.for,
      x1: from.x + MARK_RADIUS + 2,
      y1: from.y,
      x2: labelX - 4,
      y2: round(boxTop + a.height / 2),
    });
    lowest = Math.max(lowest, boxTop + a.height);
  }

  const progressGrid = [0, 50, 100].map((v) => ({
    line: { x1: round(value(v)), y1: top - 4, x2: round(value(v)), y2: top + plotLength },
    label: { x: round(value(v)), y: top - 12, text: percentLabel(v), anchor: 'middle' as const },
  }));
  const ticks = timeTicks(domain, plotLength, lang, 40).map((tick) => {
    const ty = round(time(tick.time));
    return {
      tick: { x1: bandLeft - 5, y1: ty, x2: bandLeft, y2: ty },
      label: { x: bandLeft - 8, y: ty + 4, text: tick.label, anchor: 'end' as const },
    };
  });

  return {
    orientation: 'vertical',
    width,
    height: Math.ceil(lowest + 16),
    frame: { x: bandLeft, y: top, width: band, height: plotLength },
    eventsAxis: { x1: eventsAxisX, y1: top, x2: eventsAxisX, y2: top + plotLength },
    clip: { x: bandLeft, y: top, width: eventsAxisX + 10 - bandLeft, height: plotLength },
    scales: { time, value },
    timeTicks: ticks,
    progressGrid,
    series: parts.series,
    projections: parts.projections,
    bands: parts.bands,
    disagreements: parts.disagree,
    marks: parts.marks,
    points: parts.points,
    labels,
    leaders,
    more: [],
    overview: overviewBox ? overviewGeometry(data, options.full!, domain, overviewBox, lang) : null,
  };
}
