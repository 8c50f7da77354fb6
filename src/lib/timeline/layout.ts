// From chart data, a width and a visible span to everything the chart draws: positions, paths,
// ticks and labels. Pure: no DOM and no window, so the same function draws the chart at build time
// (the static SVGs, the downloads, the social cards) and in the browser on resize, zoom and filter.
// d3 does the arithmetic: d3-scale maps time and percent onto pixels (and back, `invert`), d3-time
// picks the ticks (./ticks.ts), d3-shape draws the reported line and the forecasts, d3-array finds
// extents. Label placement is the project's own (./labels.ts).
//
// One layout in time × value space, mapped onto the page by an orientation, with a band only for
// what the timeline has: an events lane when it has events, a progress panel when it has reported
// figures (never an empty 0–100% panel).
// - horizontal (from `verticalBelow` pixels): time runs across; an events lane on top holds
//   regulation, business, deadline and supervision events on an axis of their own; the progress panel
//   under it holds only reported figures against a 0–100% axis; an overview strip of the whole span
//   runs along the bottom and shows which part the chart frames.
// - vertical (narrower): time runs down; the progress band and the events axis sit side by side, the
//   labels stack beside them, and the overview strip runs across the top.
// The axis ends at the last milestone up to the timeline's `asOf`; later ones (a deadline to come)
// sit at its end, labelled "until <date>". Annotations (the story's beats) are drawn beside their
// marks. Nothing that is not a percentage is ever drawn against the percent axis.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Locale } from '../../i18n/locales';
import type { MilestoneKind } from '../content/schema';
import { disagreements, forecasts, seriesFigures, type Forecast } from './forecast';
import {
  moreMarkers,
  Obstacles,
  segmentHitsBox,
  placeCallouts,
  placeInLanes,
  placeNearPoints,
  stackLabels,
  type Box,
  type MoreMarker,
  type Segment,
} from './labels';
import { axisTime, figuresOf, hedgeOf, type ChartData, type ChartFigure, type ChartMilestone } from './model';
import type { Span } from './span';
import { estimateTextWidth, wrapWords } from './text';
import { axisTicks, labelWidth } from './ticks';

export type { Box, Segment };

/** Below this container width the chart is a vertical timeline (timeline.css and the embed layout switch
 *  there too; tests/unit/timeline/box.test.ts and layout.test.ts hold them to it). */
export const verticalBelow = 560;

/** Room around the plot, in pixels: exported so tests can check marks and labels stay inside. */
export const MARGIN = { left: 44, right: 16, top: 8, bottom: 6 } as const;
/** Font size and line height of labels. */
export const FONT = 12;
export const LINE = 15;
/** Radius of a mark's shape; its ring, the pointer's target, is 12 (24 × 24 px). */
export const MARK_RADIUS = 6;
export const TARGET_RADIUS = 12;
/** The overview strip's height, and the room under it for its ticks. */
export const OVERVIEW = { height: 22, ticks: 16 } as const;
/** An annotation's lines are at most this wide (horizontal charts): a fifth of the chart, within limits. */
const annotationWidth = (width: number) => Math.round(Math.min(260, Math.max(150, width * 0.22)));

export type TimeScale = ScaleLinear<number, number>;

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
  /** Dated after the axis' end, drawn at it. */
  later?: boolean;
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
  role: 'milestone' | 'report' | 'projection' | 'target' | 'disagreement' | 'annotation';
  lines: string[];
  /** Text anchor point of the first line's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lineHeight: number;
  box: Box;
}

export interface AxisTick {
  /** None for a label of its own (the year over a vertical axis). */
  tick: Segment | null;
  label: Point & { text: string; anchor: 'start' | 'middle' | 'end' };
}

export interface Overview {
  box: Box;
  /** The part of the whole span the chart frames. */
  window: Box;
  ticks: { x: number; text: string }[];
  events: { x: number; kind: MilestoneKind }[];
  figures: Point[];
  scale: TimeScale;
}

export interface TimelineGeometry {
  orientation: 'horizontal' | 'vertical';
  width: number;
  height: number;
  /** The plot: the bands between the top of the events lane (or panel) and the time axis. */
  frame: Box;
  /** The progress panel (time × percent), when the timeline has reported figures. */
  panel: Box | null;
  /** The line events sit on, when the timeline has events. */
  eventsAxis: Segment | null;
  /** The time axis' line. */
  timeAxis: Segment;
  /** Lines are clipped to this: the visible span across both bands. */
  clip: Box;
  /** Time ↔ pixels along the time axis, percent ↔ pixels across the panel (d3-scale; both invert). */
  scales: { time: TimeScale; value: TimeScale };
  timeTicks: AxisTick[];
  progressGrid: AxisTick[];
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
  /** What is drawn, for the key (it lists nothing else). */
  drawn: Drawn;
}

/** The kinds of thing a chart draws: the key lists these and nothing else. */
export interface Drawn {
  kinds: MilestoneKind[];
  reporters: number[];
  estimate: boolean;
  forecast: boolean;
  deadline: boolean;
  disagreement: boolean;
  more: boolean;
  later: boolean;
  annotation: boolean;
  overview: boolean;
}

export interface LayoutOptions {
  width: number;
  /** The visible span, UTC ms, half-open. */
  domain: Span;
  /** The whole span: zooming out stops here; later milestones sit at its end. */
  full: Span;
  /** Draw the overview strip of the whole span (default: yes). */
  overview?: boolean;
  /**
   * Below this width the chart is vertical: `verticalBelow` (560), or up to the wide drawing's 900
   * for a timeline whose events crowd a narrow horizontal chart (see box.ts's verticalUntil).
   */
  verticalBelow?: number | undefined;
  /**
   * For compact surfaces (an article's or an embed's timeline): no overview strip, a lower panel,
   * and a vertical chart that starts shorter, so the chart, its key and a few events fit a phone
   * (and the embed is no taller on a desktop than on a phone: one height in the code fits both).
   */
  compact?: boolean | undefined;
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
const roundSegment = (s: Segment): Segment => ({ x1: round(s.x1), y1: round(s.y1), x2: round(s.x2), y2: round(s.y2) });

/** A whole percentage, "75%" in both languages (as Intl writes it; no Intl in the browser, see ticks.ts). */
export function percentLabel(value: number): string {
  return `${Math.round(value)}%`;
}

/** A figure's short label, where the milestone's own label fits nowhere: "87%", "~75%", ">70%", "<90%". */
export function figureText(f: Pick<ChartFigure, 'value' | 'estimate' | 'qualifier'>): string {
  const qualifier = hedgeOf(f);
  const hedge = qualifier ? { about: '~', over: '>', almost: '<' }[qualifier] : '';
  return `${hedge}${percentLabel(f.value)}`;
}

/** A milestone's label as drawn: a later one says until when. */
const labelText = (m: ChartMilestone) => (m.later ? `${m.label} · ${m.later}` : m.label);

function priorityOf(m: ChartMilestone, highlight: string | undefined): number {
  if (m.id === highlight) return 4;
  if (m.kind === 'deadline') return 3;
  if (m.progress) return 2;
  return 1;
}

/** In the visible span: deadlines by their band, everything else by its position (half-open). */
export function visibleIn(m: ChartMilestone, [t0, t1]: Span, full: Span): boolean {
  if (m.later) return t1 >= full[1];
  return m.kind === 'deadline' ? m.span[1] > t0 && m.span[0] < t1 : m.time >= t0 && m.time < t1;
}

/** SVG path data through points, one decimal (d3-shape). */
const polyline = line<Point>()
  .x((p) => p.x)
  .y((p) => p.y)
  .digits(1);

/** What the timeline has, whatever part of it is in view: the bands drawn depend on it. */
export function contents(data: ChartData) {
  return {
    panel: data.milestones.some((m) => figuresOf(m).length > 0),
    events: data.milestones.some((m) => !m.progress),
  };
}

/** Where time and value land on the page, for one orientation. */
interface Orientation {
  at(time: number, value: number): Point;
  event(time: number): Point;
  /** A box covering a stretch of time across both bands, or a range of values in the panel. */
  span(t0: number, t1: number, across: 'both' | [number, number]): Box;
}

/** What both orientations draw the same way once the scales are set. */
function commonParts(
  data: ChartData,
  visible: readonly ChartMilestone[],
  o: Orientation,
  options: LayoutOptions,
  hasPanel: boolean,
) {
  const inView = (t: number) => t >= options.domain[0] && t < options.domain[1];
  const marks: ChartMark[] = visible.map((m) => {
    const t = axisTime(m, options.full);
    const p = m.progress && hasPanel ? o.at(t, m.progress.value) : o.event(t);
    return {
      id: m.id,
      kind: m.kind,
      x: round(p.x),
      y: round(p.y),
      estimate: !!m.progress?.estimate,
      reporter: m.progress?.reporter ?? -1,
      band: m.progress ? 'progress' : 'events',
      ...(m.later ? { later: true } : {}),
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
  const seriesPoints = hasPanel ? seriesFigures(data).map((f: ChartFigure) => o.at(f.time, f.value)) : [];
  const series = seriesPoints.length > 1 ? polyline(seriesPoints) : null;
  const lines = hasPanel ? forecasts(data, options.targetLabel) : [];
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
    .filter((m) => m.kind === 'deadline' && !m.later)
    .map((m) => ({
      for: m.id,
      ...o.span(Math.max(m.span[0], options.domain[0]), Math.min(m.span[1], options.domain[1]), 'both'),
    }));
  const disagree = hasPanel
    ? disagreements(visible).map((d) => ({ ids: d.ids, ...o.span(d.from, d.to, [d.low, d.high]) }))
    : [];
  return { marks, points, series, seriesPoints, lines, projections, bands, disagree };
}

export function layoutTimeline(data: ChartData, options: LayoutOptions): TimelineGeometry {
  const layout = options.width < (options.verticalBelow ?? verticalBelow) ? layoutVertical : layoutHorizontal;
  const natural = layout(data, options, 0);
  const extra = (options.minHeight ?? 0) - natural.height;
  if (extra <= 0) return natural;
  // A plot longer by `extra` makes the chart about `extra` taller: its labels only spread out. Where
  // labels stacked past the plot's end move with it, a little less length makes up for it.
  let stretch = extra;
  let stretched = layout(data, options, stretch);
  for (let i = 0; i < 4 && stretched.height > options.minHeight!; i++) {
    stretch -= stretched.height - options.minHeight!;
    if (stretch <= 0) break;
    stretched = layout(data, options, stretch);
  }
  if (stretched.height > options.minHeight!) stretched = natural;
  return { ...stretched, height: Math.max(stretched.height, options.minHeight!) };
}

/** What the key lists: the kinds of mark, line and box this geometry draws. */
function drawnIn(g: Omit<TimelineGeometry, 'drawn'>, visible: readonly ChartMilestone[]): Drawn {
  const figures = visible.flatMap(figuresOf);
  return {
    kinds: [...new Set(g.marks.filter((m) => m.band === 'events').map((m) => m.kind))],
    reporters: [...new Set([...g.marks.filter((m) => m.band === 'progress'), ...g.points].map((m) => m.reporter))]
      .filter((r) => r >= 0)
      .sort((a, b) => a - b),
    estimate: figures.some((f) => f.estimate),
    forecast: g.projections.length > 0,
    deadline: g.bands.length > 0,
    disagreement: g.disagreements.length > 0,
    more: g.more.length > 0,
    later: g.marks.some((m) => m.later),
    annotation: g.labels.some((l) => l.role === 'annotation'),
    overview: !!g.overview,
  };
}

// The horizontal chart, top to bottom: the events' label lanes (3 below 800 px, else 4) and their
// axis, a row for "+N" markers, the progress panel, the time axis, and the overview strip. Without
// reported figures, no panel: annotations get a band of their own under the events axis.
const MAX_LANES = 5;
const LANE_HEIGHT = LINE + 3;
const horizontalPanel = (width: number, annotated: boolean, compact = false) =>
  (compact ? (width < 800 ? 140 : 160) : width < 800 ? 150 : 180) +
  (annotated ? (width < 640 ? (compact ? 70 : 80) : 50) : 0);
/** Three lines of an annotation and their room. */
const ANNOTATION_BAND = 3 * LINE + 10;

interface RowsInput {
  lanesUsed: number;
  events: boolean;
  panel: boolean;
  /** An annotation band (events only). */
  annotations: boolean;
  panelHeight: number;
  /** Extra length for the plot (events only: spreads the lanes). */
  extra: number;
  overview: boolean;
}

function horizontalRows(r: RowsInput) {
  const laneHeight = LANE_HEIGHT + (r.panel || !r.events ? 0 : r.extra / Math.max(1, r.lanesUsed));
  const top = MARGIN.top;
  const eventsAxisY = r.events ? top + r.lanesUsed * laneHeight + 14 : top;
  const moreRow = { y: r.events ? eventsAxisY + 11 : top, height: 15 };
  const below = moreRow.y + moreRow.height + 8;
  const panelTop = below;
  const panelBottom = r.panel ? panelTop + r.panelHeight : panelTop;
  const annotationBand = !r.panel && r.annotations ? { y: below, height: ANNOTATION_BAND } : null;
  const axisY = r.panel ? panelBottom : annotationBand ? annotationBand.y + annotationBand.height : eventsAxisY;
  // Without a panel or annotations, the events axis is the time axis and "+N" goes under its ticks.
  const ticksOnEvents = !r.panel && !annotationBand;
  const row = ticksOnEvents ? { y: axisY + 24, height: 15 } : moreRow;
  const axisBottom = ticksOnEvents ? row.y + row.height + 4 : axisY + 24;
  const overviewTop = axisBottom + 14;
  const height = r.overview
    ? overviewTop + OVERVIEW.height + OVERVIEW.ticks + MARGIN.bottom
    : axisBottom + MARGIN.bottom;
  return {
    top,
    laneHeight,
    eventsAxisY,
    moreRow: row,
    panelTop,
    panelBottom,
    annotationBand,
    axisY,
    overviewTop,
    height,
  };
}

/**
 * No horizontal layout of `data` is taller than this, whatever its width and visible span: every
 * event of the whole span in a lane of its own, as far as the lanes go, and the tallest panel.
 */
export function horizontalHeightBound(data: ChartData, options: Pick<LayoutOptions, 'full' | 'overview' | 'compact'>) {
  const has = contents(data);
  const events = data.milestones.filter((m) => !m.progress).length;
  return horizontalRows({
    lanesUsed: Math.max(1, Math.min(MAX_LANES, events)),
    events: has.events,
    panel: has.panel,
    annotations: data.milestones.some((m) => m.annotation),
    // The tallest panel: the widest, or a narrow one with an annotation's room.
    panelHeight: Math.max(
      ...[Infinity, 600].map((w) =>
        horizontalPanel(
          w,
          data.milestones.some((m) => m.annotation),
          !!options.compact,
        ),
      ),
    ),
    extra: 0,
    overview: options.overview !== false && !options.compact,
  }).height;
}

function overviewGeometry(data: ChartData, full: Span, domain: Span, box: Box, lang: Locale): Overview {
  const scale = scaleLinear()
    .domain(full)
    .range([box.x, box.x + box.width]);
  const value = scaleLinear()
    .domain([0, 100])
    .range([box.y + box.height - 3, box.y + 3]);
  const x0 = Math.max(box.x, scale(domain[0]));
  const x1 = Math.min(box.x + box.width, scale(domain[1]));
  const ticks = axisTicks({
    domain: full,
    position: scale,
    min: box.x,
    max: box.x + box.width,
    lang,
    extent: labelWidth(FONT),
    gap: 10,
    minSpacing: 52,
  });
  return {
    box,
    window: { x: round(x0), y: box.y, width: round(Math.max(4, x1 - x0)), height: box.height },
    ticks: ticks.map((t) => ({ x: round(t.labelAt), text: t.label })),
    events: data.milestones
      .filter((m) => !m.progress)
      .map((m) => ({ x: round(scale(axisTime(m, full))), kind: m.kind })),
    figures: data.milestones
      .filter((m) => !m.later)
      .flatMap(figuresOf)
      .map((f) => ({ x: round(scale(f.time)), y: round(value(f.value)) })),
    scale,
  };
}

function layoutHorizontal(data: ChartData, options: LayoutOptions, extra: number): TimelineGeometry {
  const { width, domain, full, lang, highlight } = options;
  const has = contents(data);
  const left = has.panel ? MARGIN.left : MARGIN.right;
  const right = width - MARGIN.right;
  const lanes = MAX_LANES;
  const panelHeight =
    horizontalPanel(
      width,
      data.milestones.some((m) => m.annotation),
      !!options.compact,
    ) + (has.panel ? extra : 0);
  const visible = data.milestones.filter((m) => visibleIn(m, domain, full));
  const time = scaleLinear().domain(domain).range([left, right]);

  // Events lane first: how many lanes its labels use decides where everything below starts.
  const events = visible.filter((m) => !m.progress || !has.panel);
  const laneItems = events.map((m) => ({
    id: m.id,
    anchor: time(axisTime(m, full)),
    width: estimateTextWidth(labelText(m), FONT),
    priority: priorityOf(m, highlight),
  }));
  const laneTopFor = (laneHeight: number, lane: number) => MARGIN.top + (lanes - 1 - lane) * laneHeight;
  const lanePlacements = placeInLanes(laneItems, {
    min: 2,
    max: width - 2,
    lanes,
    gap: 8,
    nudge: 6,
    // Lanes are numbered up from the axis; `laneTop` is filled in once the lanes used are known.
    laneTop: (lane) => laneTopFor(LANE_HEIGHT, lane),
    height: LINE,
    leaderBottom: MARGIN.top + lanes * LANE_HEIGHT + 6,
  });
  const lanesUsed = Math.max(1, ...[...lanePlacements.values()].map((p) => p.lane + 1));
  const rows = horizontalRows({
    lanesUsed,
    events: has.events,
    panel: has.panel,
    annotations: data.milestones.some((m) => m.annotation),
    panelHeight,
    extra,
    overview: options.overview !== false && !options.compact,
  });
  const { eventsAxisY, panelTop, panelBottom, axisY, laneHeight } = rows;
  // 100% sits a label's height below the panel's top edge: a label fits above a figure of 100%.
  const value = scaleLinear()
    .domain([0, 100])
    .range([panelBottom, panelTop + LINE + 4]);
  const bandTop = has.events ? eventsAxisY - 12 : panelTop;

  const orient: Orientation = {
    at: (t, v) => ({ x: time(t), y: value(v) }),
    event: (t) => ({ x: time(t), y: eventsAxisY }),
    span: (t0, t1, across) => {
      const [x0, x1] = [time(t0), time(t1)];
      const [y0, y1] = across === 'both' ? [bandTop, axisY] : [value(across[1]), value(across[0])];
      const pad = across === 'both' ? 0 : 8;
      return {
        x: round(Math.max(left, x0 - pad)),
        y: round(y0 - pad),
        width: round(Math.max(2, Math.min(right, x1 + pad) - Math.max(left, x0 - pad))),
        height: round(y1 - y0 + 2 * pad),
      };
    },
  };
  const parts = commonParts(data, visible, orient, options, has.panel);
  const markById = new Map(parts.marks.map((m) => [m.id, m]));
  const milestoneById = new Map(visible.map((m) => [m.id, m]));

  const labels: ChartLabel[] = [];
  const leaders: (Segment & { for: string })[] = [];
  const dropped: { id: string; anchor: number }[] = [];
  // Lanes were placed at the standard height; stretched (events only), they spread out.
  const shift = (lanes - lanesUsed) * laneHeight; // unused lanes are taken off the top
  for (const item of laneItems) {
    const p = lanePlacements.get(item.id);
    const mark = markById.get(item.id)!;
    if (!p) {
      dropped.push({ id: item.id, anchor: item.anchor });
      continue;
    }
    const top = round(laneTopFor(laneHeight, p.lane) - shift);
    const tx = p.align === 'middle' ? (p.x0 + p.x1) / 2 : p.align === 'start' ? p.x0 : p.x1;
    const m = milestoneById.get(item.id)!;
    labels.push({
      key: item.id,
      for: item.id,
      role: 'milestone',
      lines: [labelText(m)],
      x: round(tx),
      y: round(top + LINE - 3),
      anchor: p.align,
      lineHeight: LINE,
      box: { x: round(p.x0), y: top, width: round(p.x1 - p.x0), height: LINE },
    });
    leaders.push({
      for: item.id,
      x1: round(item.anchor),
      y1: round(top + LINE + 1),
      x2: mark.x,
      y2: mark.y - MARK_RADIUS - 2,
    });
  }

  // The progress panel: every mark, point and line is an obstacle, then labels go next to points.
  const obstacles = new Obstacles();
  const dot = (p: Point, r = MARK_RADIUS + 1) =>
    obstacles.addBox({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r });
  for (const m of parts.marks) if (m.band === 'progress' && has.panel) dot(m);
  for (const p of parts.points) dot(p);
  for (const f of parts.projections) dot(f.end, 5);
  const lineObstacles = [parts.seriesPoints, ...parts.projections.map((f) => [f.start, f.end])];
  for (const pts of lineObstacles)
    for (let i = 1; i < pts.length; i++)
      obstacles.addSegment({ x1: pts[i - 1]!.x, y1: pts[i - 1]!.y, x2: pts[i]!.x, y2: pts[i]!.y });
  const panel = has.panel ? { x: left, y: panelTop, width: right - left, height: panelHeight } : null;
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
  const nearLabels: NearLabel[] = panel
    ? [
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
            return {
              key: f.key,
              for: f.for,
              role: f.kind,
              text: f.label,
              x: end.x,
              y: end.y,
              radius: 5,
              priority: 0.5,
            };
          }),
      ]
    : [];
  const boxLabel = (
    key: string,
    forId: string,
    role: ChartLabel['role'],
    lines: string[],
    box: Box,
    anchor: ChartLabel['anchor'],
  ): ChartLabel => ({
    key,
    for: forId,
    role,
    lines,
    x: round(anchor === 'start' ? box.x : anchor === 'end' ? box.x + box.width : box.x + box.width / 2),
    y: round(box.y + LINE - 3),
    anchor,
    lineHeight: LINE,
    box: { ...box, x: round(box.x), y: round(box.y) },
  });
  // Annotations (the story's beats) first: in the panel's free space, or in their own band under
  // the events axis; the figures' labels then find room around them.
  const annotationBounds = panel ?? (rows.annotationBand && { x: left, width: right - left, ...rows.annotationBand });
  if (annotationBounds) {
    for (const l of labels) obstacles.addBox(l.box);
    if (!panel) for (const m of parts.marks) dot(m);
    for (const l of leaders) obstacles.addSegment(l);
    const annotated = visible.filter((m) => m.annotation && markById.has(m.id));
    const ownLabel = new Map(labels.filter((l) => l.role === 'milestone').map((l) => [l.for, l.box]));
    const wrapped = new Map(annotated.map((m) => [m.id, wrapWords(m.annotation!, annotationWidth(width), FONT)]));
    const placedCallouts = placeCallouts(
      annotated.map((m) => {
        const mark = markById.get(m.id)!;
        const lines = wrapped.get(m.id)!;
        return {
          id: m.id,
          x: mark.x,
          y: panel ? mark.y : annotationBounds.y - 10,
          radius: panel ? MARK_RADIUS : 0,
          width: Math.max(...lines.map((t) => estimateTextWidth(t, FONT))),
          height: lines.length * LINE,
          priority: priorityOf(m, highlight),
          attach: panel ? ownLabel.get(m.id) : undefined,
        };
      }),
      obstacles,
      annotationBounds,
      3,
    );
    for (const m of annotated) {
      const p = placedCallouts.get(m.id);
      if (!p) continue;
      const lines = wrapped.get(m.id)!;
      labels.push({ ...boxLabel(`annotation:${m.id}`, m.id, 'annotation', lines, p.box, p.anchor), lineHeight: LINE });
      const mark = markById.get(m.id)!;
      if (p.leader)
        leaders.push({
          for: m.id,
          x1: round(panel ? p.leader.x1 : mark.x),
          y1: round(panel ? p.leader.y1 : mark.y + MARK_RADIUS + 2),
          x2: round(p.leader.x2),
          y2: round(p.leader.y2),
        });
    }
  }

  const near = panel
    ? placeNearPoints(
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
        panel,
        2,
        [...parts.marks.filter((m) => m.band === 'progress'), ...parts.points, ...parts.projections.map((f) => f.end)],
      )
    : new Map();
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
    labels.push(boxLabel(l.key, l.for, l.role, [p.short && l.short ? l.short : l.text], p.box, p.anchor));
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
  const disagreePlaced = panel ? placeNearPoints(disagreeItems, obstacles, panel, 2) : new Map();
  disagreeItems.forEach((item, i) => {
    const p = disagreePlaced.get(item.id);
    if (p)
      labels.push(
        boxLabel(item.id, parts.disagree[i]!.ids[0]!, 'disagreement', [options.disagreeLabel], p.box, p.anchor),
      );
  });

  const more = moreMarkers(dropped, { ...rows.moreRow, min: 2, max: width - 2 }, (t) => estimateTextWidth(t, FONT));

  const progressGrid = panel
    ? PERCENT_TICKS.map((v) => ({
        tick: { x1: left, y1: round(value(v)), x2: right, y2: round(value(v)) },
        label: { x: left - 6, y: round(value(v) + 4), text: percentLabel(v), anchor: 'end' as const },
      }))
    : [];
  const ticks = axisTicks({
    domain,
    position: time,
    min: 2,
    max: width - 2,
    lang,
    extent: labelWidth(FONT),
    gap: 12,
    minSpacing: 64,
  }).map((tick) => {
    const tx = round(tick.at);
    return {
      tick: { x1: tx, y1: axisY, x2: tx, y2: axisY + 5 },
      label: { x: round(tick.labelAt), y: axisY + 19, text: tick.label, anchor: 'middle' as const },
    };
  });
  const frameTop = has.events ? MARGIN.top : panelTop;

  const g: Omit<TimelineGeometry, 'drawn'> = {
    orientation: 'horizontal',
    width,
    height: rows.height,
    frame: { x: left, y: frameTop, width: right - left, height: axisY - frameTop },
    panel,
    eventsAxis: has.events ? { x1: left, y1: eventsAxisY, x2: right, y2: eventsAxisY } : null,
    timeAxis: { x1: left, y1: axisY, x2: right, y2: axisY },
    clip: { x: left, y: bandTop - 2, width: right - left, height: axisY - bandTop + 2 },
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
    overview:
      options.overview !== false && !options.compact
        ? overviewGeometry(
            data,
            full,
            domain,
            { x: left, y: rows.overviewTop, width: right - left, height: OVERVIEW.height },
            lang,
          )
        : null,
  };
  return { ...g, drawn: drawnIn(g, visible) };
}

function layoutVertical(
  data: ChartData,
  options: LayoutOptions,
  extra: number,
  /** Figures whose label a leader would cross in the band: labelled in the column instead. */
  demoted: ReadonlySet<string> = new Set(),
): TimelineGeometry {
  const { width, domain, full, lang, highlight } = options;
  const has = contents(data);
  const withOverview = options.overview !== false && !options.compact;
  const overviewBox = withOverview ? { x: 8, y: MARGIN.top, width: width - 16, height: OVERVIEW.height } : null;
  const top = (overviewBox ? overviewBox.y + OVERVIEW.height + OVERVIEW.ticks + 8 : 0) + (has.panel ? 24 : 14);
  // The tick labels' column is as wide as its longest label ("28 Feb", "Mar"; the year over it).
  const tickOptions = (length: number, time: (t: number) => number) => ({
    domain,
    position: time,
    min: top,
    max: top + length,
    lang,
    extent: () => LINE,
    gap: 10,
    minSpacing: 40,
    yearApart: true,
  });
  const provisional = axisTicks(
    tickOptions(
      320,
      scaleLinear()
        .domain(domain)
        .range([top, top + 320]),
    ),
  );
  const bandLeft = Math.max(40, ...provisional.map((t) => estimateTextWidth(t.label, FONT) + 14));
  // The band holds the figures from a little below the lowest reported to 100%: a dot plot of
  // what was said, with room to tell 87% from 90% on a phone.
  const values = data.milestones.flatMap((m) => [...figuresOf(m).map((f) => f.value), m.projection?.value ?? 100]);
  const low = Math.max(0, Math.floor((Math.min(100, ...values) - 5) / 10) * 10);
  const band = has.panel ? Math.round(Math.min(130, Math.max(options.compact ? 64 : 72, width * 0.24))) : 0;
  const bandRight = bandLeft + band;
  const eventsAxisX = has.panel ? bandRight + 14 : bandLeft + 10;
  const labelX = eventsAxisX + 14;
  const labelWidthMax = Math.max(60, width - labelX - 6);
  const visible = data.milestones.filter((m) => visibleIn(m, domain, full));

  // Figures are labelled in the band, next to their point ("87%"); events, and figures that find
  // no room there, stack in the column beside it, each joined to its mark; an annotation follows
  // its milestone's label there.
  const figureLabels = has.panel ? visible.filter((m) => m.progress && !demoted.has(m.id)) : [];
  const columnFor = (m: ChartMilestone, inBand: boolean) => {
    const own = inBand ? [] : wrapWords(labelText(m), labelWidthMax, FONT);
    const note = m.annotation ? wrapWords(m.annotation, labelWidthMax, FONT) : [];
    return { own, note };
  };

  // A first pass with a provisional length decides which figure labels fit in the band.
  const place = (plotLength: number) => {
    const time = scaleLinear()
      .domain(domain)
      .range([top, top + plotLength]);
    const value = scaleLinear().domain([low, 100]).range([bandLeft, bandRight]);
    const orient: Orientation = {
      at: (t, v) => ({ x: value(v), y: time(t) }),
      event: (t) => ({ x: eventsAxisX, y: time(t) }),
      span: (t0, t1, across) => {
        const [y0, y1] = [time(t0), time(t1)];
        const [x0, x1] = across === 'both' ? [bandLeft - 4, eventsAxisX + 10] : [value(across[0]), value(across[1])];
        const pad = across === 'both' ? 0 : 8;
        return {
          x: round(x0 - pad),
          y: round(Math.max(top, y0 - pad)),
          width: round(x1 - x0 + 2 * pad),
          height: round(Math.max(2, Math.min(top + plotLength, y1 + pad) - Math.max(top, y0 - pad))),
        };
      },
    };
    const parts = commonParts(data, visible, orient, options, has.panel);
    const obstacles = new Obstacles();
    for (const p of [...parts.marks, ...parts.points])
      obstacles.addBox({ x: p.x - 7, y: p.y - 7, width: 14, height: 14 });
    for (const f of parts.projections) obstacles.addBox({ x: f.end.x - 5, y: f.end.y - 5, width: 10, height: 10 });
    for (const pts of [parts.seriesPoints, ...parts.projections.map((f) => [f.start, f.end])])
      for (let i = 1; i < pts.length; i++)
        obstacles.addSegment({ x1: pts[i - 1]!.x, y1: pts[i - 1]!.y, x2: pts[i]!.x, y2: pts[i]!.y });
    const markById = new Map(parts.marks.map((m) => [m.id, m]));
    // A figure with an annotation is joined to the column across the band: keep that way clear.
    for (const m of visible)
      if (m.annotation && m.progress) {
        const mark = markById.get(m.id)!;
        obstacles.addSegment({ x1: mark.x + MARK_RADIUS + 2, y1: mark.y, x2: eventsAxisX, y2: mark.y });
      }
    const inBand = has.panel
      ? placeNearPoints(
          figureLabels.map((m) => {
            const mark = markById.get(m.id)!;
            const text = figureText(m.progress!);
            return {
              id: m.id,
              x: mark.x,
              y: mark.y,
              width: estimateTextWidth(text, FONT),
              height: LINE,
              radius: MARK_RADIUS + 1,
              priority: priorityOf(m, highlight),
            };
          }),
          obstacles,
          // The band and the room up to the events' marks; 0% and 100%'s labels above it stay clear.
          {
            x: bandLeft - 4,
            y: top - 6,
            width: eventsAxisX - MARK_RADIUS - 3 - (bandLeft - 4),
            height: plotLength + 12,
          },
          1,
          [...parts.marks.filter((m) => m.band === 'progress'), ...parts.points],
        )
      : new Map<string, never>();
    return { time, value, parts, inBand, markById };
  };

  // The column's items and how tall they are: the plot is long enough for them to sit near their
  // marks (stacked where they meet), and never shorter than a phone's first screen allows.
  const first = place(320);
  const column = visible
    .map((m) => ({ m, ...columnFor(m, first.inBand.has(m.id)) }))
    .filter((c) => c.own.length + c.note.length > 0);
  const heightOf = (c: (typeof column)[number]) => (c.own.length + c.note.length) * LINE;
  // Between two labels of the column: a little less on compact surfaces.
  const columnGap = options.compact ? 4 : 6;
  const needed = column.reduce((sum, c) => sum + heightOf(c) + columnGap, 0);
  const plotLength = Math.max(options.compact ? 220 : 280, Math.round(needed * (options.compact ? 1 : 1.1))) + extra;
  const { time, value, parts, inBand, markById } = plotLength === 320 ? first : place(plotLength);

  // The figures' labels placed in the band; the rest stack in the column. A leader from a mark to
  // the column must cross no figure's label in the band: such a figure is labelled in the column
  // too, and the column stacked again (a few rounds at most: each moves labels one way only).
  const inBandLabel = (m: ChartMilestone): { label: ChartLabel; leader?: Segment } | null => {
    const p = inBand.get(m.id);
    if (!p || demoted.has(m.id)) return null;
    return {
      label: {
        key: m.id,
        for: m.id,
        role: 'milestone',
        lines: [figureText(m.progress!)],
        x: round(
          p.anchor === 'start' ? p.box.x : p.anchor === 'end' ? p.box.x + p.box.width : p.box.x + p.box.width / 2,
        ),
        y: round(p.box.y + LINE - 3),
        anchor: p.anchor,
        lineHeight: LINE,
        box: { ...p.box, x: round(p.box.x), y: round(p.box.y) },
      },
      ...(p.leader ? { leader: roundSegment(p.leader) } : {}),
    };
  };
  const boxWidth = (lines: string[]) =>
    Math.min(labelWidthMax, Math.max(...lines.map((l) => estimateTextWidth(l, FONT))));
  const build = (moved: ReadonlySet<string>) => {
    const labels: ChartLabel[] = [];
    const leaders: (Segment & { for: string })[] = [];
    const band = new Obstacles();
    for (const m of figureLabels) {
      const placed = moved.has(m.id) ? null : inBandLabel(m);
      if (!placed) continue;
      labels.push(placed.label);
      band.addBox(placed.label.box);
      if (placed.leader) leaders.push({ for: m.id, ...placed.leader });
    }
    const columnItems = visible
      .map((m) => ({ m, ...columnFor(m, inBand.has(m.id) && !moved.has(m.id)) }))
      .filter((c) => c.own.length + c.note.length > 0);
    // The label's own lines (its head) face the mark; an annotation hangs below them.
    const headOf = (c: (typeof columnItems)[number]) => (c.own.length ? c.own.length * LINE : heightOf(c));
    const anchors = columnItems
      .map((c) => ({
        id: c.m.id,
        desired: markById.get(c.m.id)!.y + (heightOf(c) - headOf(c)) / 2,
        height: heightOf(c),
        head: headOf(c),
      }))
      .sort((a, b) => a.desired - b.desired);
    const tops = stackLabels(anchors, { min: top - 6, gap: columnGap });
    let lowest = top + plotLength;
    const byId = new Map(columnItems.map((c) => [c.m.id, c]));
    const crossed: string[] = [];
    for (const a of anchors) {
      const c = byId.get(a.id)!;
      const boxTop = round(tops.get(a.id)!);
      const mark = markById.get(a.id)!;
      if (c.own.length)
        labels.push({
          key: a.id,
          for: a.id,
          role: 'milestone',
          lines: c.own,
          x: labelX,
          y: boxTop + LINE - 3,
          anchor: 'start',
          lineHeight: LINE,
          box: { x: labelX, y: boxTop, width: boxWidth(c.own), height: c.own.length * LINE },
        });
      if (c.note.length) {
        const noteTop = boxTop + c.own.length * LINE;
        labels.push({
          key: `annotation:${a.id}`,
          for: a.id,
          role: 'annotation',
          lines: c.note,
          x: labelX,
          y: noteTop + LINE - 3,
          anchor: 'start',
          lineHeight: LINE,
          box: { x: labelX, y: noteTop, width: boxWidth(c.note), height: c.note.length * LINE },
        });
      }
      const leader = {
        x1: round(mark.x + MARK_RADIUS + 2),
        y1: mark.y,
        x2: labelX - 4,
        y2: round(boxTop + a.head / 2),
      };
      leaders.push({ for: a.id, ...leader });
      // Which figure labels in the band this leader runs through (not its own).
      if (mark.x < labelX && band.crosses(leader, 0))
        for (const l of labels)
          if (l.x < labelX && l.for !== a.id && segmentHitsBox(leader, l.box)) crossed.push(l.for);
      lowest = Math.max(lowest, boxTop + a.height);
    }
    return { labels, leaders, lowest, crossed };
  };
  let moved = new Set(demoted);
  let built = build(moved);
  for (let pass = 0; pass < 8 && built.crossed.length; pass++) {
    moved = new Set([...moved, ...built.crossed]);
    built = build(moved);
  }
  const { labels, leaders } = built;
  const lowest = built.lowest;

  // Grid lines at d3's ticks; a label only where it keeps apart from the last (100% always).
  const gridValues = value.ticks(3).filter((v) => v >= low && v < 100);
  let labelEnd = -Infinity;
  const progressGrid: AxisTick[] = [];
  if (has.panel)
    for (const [i, v] of [...gridValues, 100].entries()) {
      const text = percentLabel(v);
      const w = estimateTextWidth(text, FONT);
      const x = round(value(v));
      // The first starts at its line, clear of the year over the time axis; the others are centred.
      const left = i === 0 ? x - 2 : x - w / 2;
      const shown = left >= labelEnd + 4 || v === 100;
      if (v === 100 && left < labelEnd + 4) progressGrid.at(-1)!.label.text = '';
      progressGrid.push({
        tick: { x1: x, y1: top - 4, x2: x, y2: top + plotLength },
        label: { x: i === 0 ? x - 2 : x, y: top - 12, text: shown ? text : '', anchor: i === 0 ? 'start' : 'middle' },
      });
      if (shown) labelEnd = left + w;
    }
  const year = new Date(domain[0]).getUTCFullYear();
  const ticks = axisTicks(tickOptions(plotLength, time)).map((tick) => {
    const ty = round(tick.at);
    return {
      tick: { x1: bandLeft - 5, y1: ty, x2: bandLeft, y2: ty },
      label: { x: bandLeft - 8, y: ty + 4, text: tick.label, anchor: 'end' as const },
    };
  });
  const axisX = has.panel ? bandLeft : eventsAxisX;

  const g: Omit<TimelineGeometry, 'drawn'> = {
    orientation: 'vertical',
    width,
    height: Math.ceil(lowest + (options.compact ? 4 : 16)),
    frame: { x: bandLeft, y: top, width: eventsAxisX + 10 - bandLeft, height: plotLength },
    panel: has.panel ? { x: bandLeft, y: top, width: band, height: plotLength } : null,
    eventsAxis: has.events ? { x1: eventsAxisX, y1: top, x2: eventsAxisX, y2: top + plotLength } : null,
    timeAxis: { x1: axisX, y1: top, x2: axisX, y2: top + plotLength },
    clip: { x: bandLeft, y: top, width: eventsAxisX + 10 - bandLeft, height: plotLength },
    scales: { time, value },
    timeTicks: [
      // The year the view starts in, over the tick labels.
      { tick: null, label: { x: 4, y: top - 12, text: String(year), anchor: 'start' as const } },
      ...ticks.map((t) => (has.panel ? t : { ...t, tick: { ...t.tick!, x1: eventsAxisX - 5, x2: eventsAxisX } })),
    ],
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
    overview: overviewBox ? overviewGeometry(data, full, domain, overviewBox, lang) : null,
  };
  return { ...g, drawn: drawnIn(g, visible) };
}
