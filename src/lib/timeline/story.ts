// The story of a timeline in (at most) three numbers, for the home page's lead: the figures the line
// reporter (the one whose figures the chart joins) stood by, and when the work was complete. Pure:
// chart data in, figures out; the page formats them.
import { disagreements, seriesFigures } from './forecast';
import { figuresOf, type ChartData, type ChartFigure } from './model';

export interface StoryFigure extends ChartFigure {
  /** The milestone where the figure was first given: the link into the timeline (#id). */
  milestone: string;
  /** 100%: the work reported complete, and never reported below 100% afterwards. */
  complete: boolean;
  /** Figures reported within a few days of one of this value's reports differ (see disagreements). */
  disputed: boolean;
}

/**
 * Up to three figures: the line reporter's figures it gave more than once (a figure repeated is one
 * it stood by; "about 75%", then "87%"), at their first report, at most two, the first and the last;
 * where it repeated none, its first and last figures below 100%. Then the first 100% (anyone's)
 * after which no lower figure was reported, if there is one. Each is `disputed` when any report of
 * the same value (the line's, or any 100%) sits in a stretch where figures disagree.
 */
export function storyFigures(data: ChartData): StoryFigure[] {
  const withIds = data.milestones.flatMap((m) => figuresOf(m).map((f) => ({ ...f, milestone: m.id })));
  const line = data.reporters.findIndex((r) => r.line);
  const series = seriesFigures(data).filter((f) => f.value < 100);
  const first = (f: ChartFigure) =>
    withIds.find((w) => w.time === f.time && w.value === f.value && w.reporter === f.reporter)!;
  const counts = new Map<number, number>();
  for (const f of series) counts.set(f.value, (counts.get(f.value) ?? 0) + 1);
  const repeated = series.filter(
    (f, i) => counts.get(f.value)! > 1 && series.findIndex((g) => g.value === f.value) === i,
  );
  const steps = repeated.length ? repeated : series;
  const picked = [steps[0], steps.length > 1 ? steps.at(-1) : undefined]
    .filter((f): f is ChartFigure => !!f)
    .map(first);

  const byTime = [...withIds].sort((a, b) => a.time - b.time);
  const lastBelow = byTime.findLastIndex((f) => f.value < 100);
  const done = byTime.slice(lastBelow + 1).find((f) => f.value === 100 && !f.estimate);

  const disputedIds = new Set(disagreements(data.milestones).flatMap((d) => d.ids));
  const disputed = (value: number, onlyLine: boolean) =>
    withIds.some(
      (w) => w.value === value && (!onlyLine || line < 0 || w.reporter === line) && disputedIds.has(w.milestone),
    );
  return [
    ...picked.map((f) => ({ ...f, complete: false, disputed: disputed(f.value, true) })),
    ...(done ? [{ ...done, complete: true, disputed: disputed(100, false) }] : []),
  ];
}
