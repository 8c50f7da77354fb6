// What the chart draws dashed, never as a report: forecasts made at a milestone ("done within 1.5
// months") and, when the last report falls short of 100%, the target the next deadline sets. And
// where reported figures disagree: figures within a few days of each other that do not match.
import { DAY } from '../time';
import { figuresOf, type ChartData, type ChartFigure, type ChartMilestone } from './model';

export interface Forecast {
  /** Unique among a chart's forecasts. */
  key: string;
  /** The milestone it belongs to: the one the forecast was made at, or the deadline it aims for. */
  for: string;
  kind: 'projection' | 'target';
  from: { time: number; value: number };
  to: { time: number; value: number };
  label: string;
}

/**
 * The figures joined by a line: the milestones' own figures given by the line reporter (or every
 * milestone's own figure when no reporter has the line). Reports are never joined.
 */
export function seriesFigures(data: ChartData): ChartFigure[] {
  const line = data.reporters.findIndex((r) => r.line);
  return data.milestones
    .flatMap((m) => (m.progress && (line < 0 || m.progress.reporter === line) ? [m.progress] : []))
    .sort((a, b) => a.time - b.time);
}

/** The latest figure reported on or before `time`, preferring the line's. */
function figureBefore(data: ChartData, time: number): ChartFigure | undefined {
  const before = (f: ChartFigure) => f.time <= time;
  return seriesFigures(data).filter(before).at(-1) ?? data.milestones.flatMap(figuresOf).filter(before).at(-1);
}

export function forecasts(data: ChartData, targetLabel: string): Forecast[] {
  const out: Forecast[] = [];
  for (const m of data.milestones) {
    if (!m.projection) continue;
    const from = figureBefore(data, m.time);
    out.push({
      key: `projection:${m.id}`,
      for: m.id,
      kind: 'projection',
      from: from ? { time: from.time, value: from.value } : { time: m.time, value: 0 },
      to: { time: m.projection.time, value: m.projection.value },
      label: m.projection.label,
    });
  }
  const all = data.milestones.flatMap(figuresOf).sort((a, b) => a.time - b.time);
  const last = all.at(-1);
  const deadline = last && data.milestones.find((m) => m.kind === 'deadline' && m.span[1] > last.time);
  if (last && deadline && last.value < 100)
    out.push({
      key: `target:${deadline.id}`,
      for: deadline.id,
      kind: 'target',
      from: { time: last.time, value: last.value },
      to: { time: deadline.span[1], value: 100 },
      label: targetLabel,
    });
  return out;
}

export interface Disagreement {
  /** The milestones whose figures disagree. */
  ids: string[];
  from: number;
  to: number;
  low: number;
  high: number;
}

/** How close in time figures must be to be compared. */
export const DISAGREEMENT_WINDOW = 3 * DAY;

/**
 * Stretches where figures reported within a few days of each other differ: each figure joins the
 * stretch of the one before it when it came at most DISAGREEMENT_WINDOW later.
 */
export function disagreements(milestones: readonly ChartMilestone[]): Disagreement[] {
  const figures = milestones
    .flatMap((m) => figuresOf(m).map((f) => ({ id: m.id, ...f })))
    .sort((a, b) => a.time - b.time);
  const out: Disagreement[] = [];
  let group: typeof figures = [];
  const flush = () => {
    const values = group.map((f) => f.value);
    const [low, high] = [Math.min(...values), Math.max(...values)];
    if (group.length > 1 && high > low)
      out.push({ ids: [...new Set(group.map((f) => f.id))], from: group[0]!.time, to: group.at(-1)!.time, low, high });
    group = [];
  };
  for (const f of figures) {
    if (group.length && f.time - group.at(-1)!.time > DISAGREEMENT_WINDOW) flush();
    group.push(f);
  }
  flush();
  return out;
}
