// From milestones and a width to everything the chart draws: positions, paths, ticks and labels.
// Pure: no DOM and no window, so the same function draws the chart at build time and re-draws it
// in the browser on resize, zoom and filter.
//
// Wide containers get a horizontal chart (time across, reported progress 0–100% up); below
// `verticalBelow` pixels the same data becomes a vertical timeline (time down, progress across a
// narrow strip, labels beside their marks).
import { path } from 'd3-path';
import type { Locale } from '../../i18n/locales';
import type { MilestoneKind } from '../content/schema';
import { placeInLanes, stackLabels, type Box } from './labels';
import type { ChartMilestone } from './model';
import { scaleLinear, type LinearScale } from './scale';
import { estimateTextWidth, wrapWords } from './text';
import { timeTicks } from './ticks';

export const verticalBelow = 560;

export interface Point {
  x: number;
  y: number;
}
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ChartMark extends Point {
  id: string;
  kind: MilestoneKind;
  /** Reported progress is drawn filled, estimates hollow. */
  estimate: boolean;
  hasProgress: boolean;
}

export interface ChartLabel {
  /** The milestone's id, or `<id>--projection` / `<id>--target` for forecast labels. */
  id: string;
  lines: string[];
  /** Text anchor point of the first line's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lineHeight: number;
  box: Box;
  forecast: boolean;
}

export interface TimelineGeometry {
  orientation: 'horizontal' | 'vertical';
  width: number;
  height: number;
  /** The plotting area. */
  frame: Box;
  timeTicks: { tick: Segment; label: Point & { text: string; anchor: 'middle' | 'end' } }[];
  progressGrid: { line: Segment; label: Point & { text: string; anchor: 'middle' | 'end' } }[];
  /** Solid line through reported values, in date order: what was said, not smoothed. */
  progressPath: string | null;
  /** Dashed lines from a reported value to a forecast or a deadline target. */
  projections: { id: string; path: string; end: Point }[];
  /** Deadlines: the day or month they cover. */
  bands: (Box & { id: string })[];
  marks: ChartMark[];
  labels: ChartLabel[];
  leaders: (Segment & { id: string })[];
}

export interface LayoutOptions {
  width: number;
  /** Visible time span, UTC ms. */
  domain: readonly [number, number];
  lang: Locale;
  /** A milestone whose label must be kept. */
  highlight?: string | undefined;
}

const FONT = 12;
const LINE = 15;
const PERCENT_TICKS = [0, 25, 50, 75, 100];

/** A whole percentage, "75%" in both languages (as Intl writes it; no Intl in the browser, see ticks.ts). */
export function percentLabel(value: number): string {
  return `${Math.round(value)}%`;
}

function priorityOf(m: ChartMilestone, highlight: string | undefined): number {
  if (m.id === highlight) return 4;
  if (m.kind === 'deadline') return 3;
  if (m.progress) return 2;
  return 1;
}

/** The last reported value on or before `time`: where a forecast made at `time` starts from. */
function lastProgressBefore(milestones: readonly ChartMilestone[], time: number): ChartMilestone | undefined {
  let found: ChartMilestone | undefined;
  for (const m of milestones) if (m.progress && m.time <= time) found = m;
  return found;
}

interface Forecast {
  id: string;
  from: { time: number; value: number };
  to: { time: number; value: number };
  label: string;
}

/**
 * Forecast lines: each milestone's own projection (e.g. "done within 1.5 months"), and, when the
 * last report is short of 100%, a line from it to 100% at the next deadline.
 */
export function forecasts(milestones: readonly ChartMilestone[], targetLabel: string): Forecast[] {
  const out: Forecast[] = [];
  for (const m of milestones) {
    if (!m.projection) continue;
    const from = lastProgressBefore(milestones, m.time);
    out.push({
      id: `${m.id}--projection`,
      from: from?.progress ? { time: from.time, value: from.progress.value } : { time: m.time, value: 0 },
      to: { time: m.projection.time, value: m.projection.value },
      label: m.projection.label,
    });
  }
  const reports = milestones.filter((m) => m.progress);
  const last = reports.at(-1);
  const deadline = last && milestones.find((m) => m.kind === 'deadline' && m.span[1] > last.time);
  if (last?.progress && deadline && last.progress.value < 100) {
    out.push({
      id: `${deadline.id}--target`,
      from: { time: last.time, value: last.progress.value },
      to: { time: deadline.span[1], value: 100 },
      label: targetLabel,
    });
  }
  return out;
}

function polyline(points: readonly Point[]): string | null {
  if (points.length < 2) return null;
  const p = path();
  points.forEach((pt, i) => (i ? p.lineTo(round(pt.x), round(pt.y)) : p.moveTo(round(pt.x), round(pt.y))));
  return p.toString();
}

const round = (v: number) => Math.round(v * 10) / 10;

function inDomain(m: ChartMilestone, [t0, t1]: readonly [number, number]) {
  return m.kind === 'deadline' ? m.span[1] > t0 && m.span[0] < t1 : m.time >= t0 && m.time <= t1;
}

export function layoutTimeline(
  milestones: readonly ChartMilestone[],
  options: LayoutOptions & { targetLabel: string },
): TimelineGeometry {
  return options.width < verticalBelow ? layoutVertical(milestones, options) : layoutHorizontal(milestones, options);
}

function layoutHorizontal(
  all: readonly ChartMilestone[],
  { width, domain, lang, highlight, targetLabel }: LayoutOptions & { targetLabel: string },
): TimelineGeometry {
  const left = 44;
  const right = 20;
  const lanes = 6;
  const laneHeight = LINE + 4;
  const plotHeight = width < 800 ? 150 : 190;
  const visible = all.filter((m) => inDomain(m, domain));
  const x = scaleLinear(domain, [left, width - right]);

  // Labels first: how many lanes are used decides where the plot starts.
  const lines = forecasts(all, targetLabel);
  const items = [
    ...visible.map((m) => ({
      id: m.id,
      text: m.label,
      anchor: x(m.time),
      width: estimateTextWidth(m.label, FONT),
      priority: priorityOf(m, highlight),
    })),
    ...lines
      .filter((f) => f.to.time >= domain[0] && f.to.time <= domain[1])
      .map((f) => ({
        id: f.id,
        text: f.label,
        anchor: x(f.to.time),
        width: estimateTextWidth(f.label, FONT),
        priority: 0.5,
      })),
  ];
  const placed = placeInLanes(items, { min: 4, max: width - 4, lanes, gap: 8, nudge: 6 });
  const lanesUsed = Math.max(1, ...[...placed.values()].map((p) => p.lane + 1));
  const top = 8 + lanesUsed * laneHeight + 10;
  const bottom = top + plotHeight;
  const y: LinearScale = scaleLinear([0, 100], [bottom, top]);
  const height = bottom + 30;

  const markY = (m: ChartMilestone) => (m.progress ? y(m.progress.value) : bottom);
  const marks: ChartMark[] = visible.map((m) => ({
    id: m.id,
    kind: m.kind,
    x: round(x(m.time)),
    y: round(markY(m)),
    estimate: !!m.progress?.estimate,
    hasProgress: !!m.progress,
  }));
  const markById = new Map(marks.map((m) => [m.id, m]));

  const progressGrid = PERCENT_TICKS.map((v) => ({
    line: { x1: left, y1: round(y(v)), x2: width - right, y2: round(y(v)) },
    label: { x: left - 6, y: round(y(v) + 4), text: percentLabel(v), anchor: 'end' as const },
  }));

  const ticks = timeTicks(domain, width - left - right, lang, 72).map((tick) => {
    const tx = round(x(tick.time));
    return {
      tick: { x1: tx, y1: bottom, x2: tx, y2: bottom + 5 },
      label: { x: tx, y: bottom + 19, text: tick.label, anchor: 'middle' as const },
    };
  });

  // Lines run through points outside the visible span too; the chart clips them to its frame.
  const reports = all.filter((m) => m.progress);
  const progressPath = polyline(reports.map((m) => ({ x: x(m.time), y: y(m.progress!.value) })));
  const projections = lines.map((f) => {
    const end = { x: round(x(f.to.time)), y: round(y(f.to.value)) };
    return { id: f.id, path: polyline([{ x: x(f.from.time), y: y(f.from.value) }, end])!, end };
  });
  const projectionById = new Map(projections.map((f) => [f.id, f]));

  const bands = visible
    .filter((m) => m.kind === 'deadline')
    .map((m) => {
      const x0 = Math.max(left, x(m.span[0]));
      const x1 = Math.min(width - right, x(m.span[1]));
      return { id: m.id, x: round(x0), y: top, width: round(Math.max(2, x1 - x0)), height: plotHeight };
    });

  const labels: ChartLabel[] = [];
  const leaders: (Segment & { id: string })[] = [];
  for (const item of items) {
    const p = placed.get(item.id);
    if (!p) continue;
    const boxTop = 8 + (lanesUsed - 1 - p.lane) * laneHeight;
    const box = { x: round(p.x0), y: boxTop, width: round(p.x1 - p.x0), height: LINE };
    const tx = p.align === 'middle' ? (p.x0 + p.x1) / 2 : p.align === 'start' ? p.x0 : p.x1;
    labels.push({
      id: item.id,
      lines: [item.text],
      x: round(tx),
      y: boxTop + LINE - 3,
      anchor: p.align,
      lineHeight: LINE,
      box,
      forecast: item.id.includes('--'),
    });
    const target = markById.get(item.id) ?? projectionById.get(item.id)?.end;
    if (target)
      leaders.push({ id: item.id, x1: round(item.anchor), y1: boxTop + LINE + 1, x2: target.x, y2: target.y - 6 });
  }

  return {
    orientation: 'horizontal',
    width,
    height,
    frame: { x: left, y: top, width: width - left - right, height: plotHeight },
    timeTicks: ticks,
    progressGrid,
    progressPath,
    projections,
    bands,
    marks,
    labels,
    leaders,
  };
}

function layoutVertical(
  all: readonly ChartMilestone[],
  { width, domain, lang, targetLabel }: LayoutOptions & { targetLabel: string },
): TimelineGeometry {
  const axisX = 76;
  const strip = 48;
  const labelX = axisX + strip + 18;
  const labelWidth = Math.max(60, width - labelX - 8);
  const top = 34;
  const visible = all.filter((m) => inDomain(m, domain));
  const lines = forecasts(all, targetLabel);
  const labelledLines = lines.filter((f) => f.to.time >= domain[0] && f.to.time <= domain[1]);

  const wrapped = new Map<string, string[]>();
  for (const m of visible) wrapped.set(m.id, wrapWords(m.label, labelWidth, FONT));
  for (const f of labelledLines) wrapped.set(f.id, wrapWords(f.label, labelWidth, FONT));
  const heightOf = (id: string) => wrapped.get(id)!.length * LINE;

  // Enough length for the labels to sit near their marks, and never less than a phone screen.
  const needed = [...wrapped.keys()].reduce((sum, id) => sum + heightOf(id) + 6, 0);
  const plotLength = Math.max(360, Math.round(needed * 1.15));
  const t = scaleLinear(domain, [top, top + plotLength]);
  const p = scaleLinear([0, 100], [axisX, axisX + strip]);

  const markX = (m: ChartMilestone) => (m.progress ? p(m.progress.value) : axisX);
  const marks: ChartMark[] = visible.map((m) => ({
    id: m.id,
    kind: m.kind,
    x: round(markX(m)),
    y: round(t(m.time)),
    estimate: !!m.progress?.estimate,
    hasProgress: !!m.progress,
  }));
  const projections = lines.map((f) => {
    const end = { x: round(p(f.to.value)), y: round(t(f.to.time)) };
    return { id: f.id, path: polyline([{ x: p(f.from.value), y: t(f.from.time) }, end])!, end };
  });

  const anchorPoints = new Map<string, Point>([
    ...marks.map((m) => [m.id, m] as const),
    ...projections.filter((f) => wrapped.has(f.id)).map((f) => [f.id, f.end] as const),
  ]);
  const anchors = [...anchorPoints]
    .map(([id, point]) => ({ id, desired: point.y, height: heightOf(id) }))
    .sort((a, b) => a.desired - b.desired);
  const tops = stackLabels(anchors, { min: top - 6, gap: 6 });

  const labels: ChartLabel[] = [];
  const leaders: (Segment & { id: string })[] = [];
  let lowest = top + plotLength;
  for (const a of anchors) {
    const boxTop = round(tops.get(a.id)!);
    const text = wrapped.get(a.id)!;
    const boxWidth = Math.max(...text.map((l) => estimateTextWidth(l, FONT)));
    labels.push({
      id: a.id,
      lines: text,
      x: labelX,
      y: boxTop + LINE - 3,
      anchor: 'start',
      lineHeight: LINE,
      box: { x: labelX, y: boxTop, width: Math.min(boxWidth, labelWidth), height: a.height },
      forecast: a.id.includes('--'),
    });
    const from = anchorPoints.get(a.id)!;
    leaders.push({ id: a.id, x1: from.x + 6, y1: from.y, x2: labelX - 4, y2: round(boxTop + a.height / 2) });
    lowest = Math.max(lowest, boxTop + a.height);
  }

  const progressGrid = [0, 100].map((v) => ({
    line: { x1: round(p(v)), y1: top - 4, x2: round(p(v)), y2: top + plotLength },
    label: { x: round(p(v)), y: top - 12, text: percentLabel(v), anchor: 'middle' as const },
  }));
  const ticks = timeTicks(domain, plotLength, lang, 40).map((tick) => {
    const ty = round(t(tick.time));
    return {
      tick: { x1: axisX - 5, y1: ty, x2: axisX, y2: ty },
      label: { x: axisX - 8, y: ty + 4, text: tick.label, anchor: 'end' as const },
    };
  });
  const reports = all.filter((m) => m.progress);
  const bands = visible
    .filter((m) => m.kind === 'deadline')
    .map((m) => {
      const y0 = Math.max(top, t(m.span[0]));
      const y1 = Math.min(top + plotLength, t(m.span[1]));
      return { id: m.id, x: axisX - 6, y: round(y0), width: strip + 12, height: round(Math.max(2, y1 - y0)) };
    });

  return {
    orientation: 'vertical',
    width,
    height: Math.ceil(lowest + 16),
    frame: { x: axisX, y: top, width: strip, height: plotLength },
    timeTicks: ticks,
    progressGrid,
    progressPath: polyline(reports.map((m) => ({ x: p(m.progress!.value), y: t(m.time) }))),
    projections,
    bands,
    marks,
    labels,
    leaders,
  };
}
