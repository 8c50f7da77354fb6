// A small drawing of a timeline's reported progress for the home page: the line reporter's figures
// joined, everyone else's as dots, the milestones the story turns on marked, the deadline as a band.
// No labels and no axis: the numbers beside it say what it shows, and it links to the full chart.
import { escapeAttr } from '../escape';
import { seriesFigures } from './forecast';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { figuresOf, focusDomain, fullDomain, type ChartData } from './model';
import { reporterClass } from './svg';

export interface SparklineOptions {
  width: number;
  height: number;
  /** Milestones to mark (the story's turning points). */
  marked?: readonly string[];
  /** The drawing's text alternative. */
  label: string;
}

const round = (v: number) => Math.round(v * 10) / 10;

export function sparklineSvg(data: ChartData, { width, height, marked = [], label }: SparklineOptions): string {
  const pad = 6;
  const full = fullDomain(data.milestones);
  const [t0, t1] = focusDomain(data.milestones, full);
  const x = scaleLinear()
    .domain([t0, t1])
    .range([pad, width - pad]);
  const y = scaleLinear()
    .domain([0, 100])
    .range([height - pad, pad]);
  const figures = seriesFigures(data);
  const path =
    figures.length > 1
      ? line<(typeof figures)[number]>()
          .x((f) => x(f.time))
          .y((f) => y(f.value))
          .digits(1)(figures)
      : null;
  const bands = data.milestones
    .filter((m) => m.kind === 'deadline' && m.span[1] > t0 && m.span[0] < t1)
    .map((m) => {
      const [a, b] = [Math.max(pad, x(m.span[0])), Math.min(width - pad, x(m.span[1]))];
      return `<rect class="tl-band" x="${round(a)}" y="${pad}" width="${round(b - a)}" height="${height - 2 * pad}"/>`;
    });
  const dots = data.milestones.flatMap((m) =>
    figuresOf(m).map((f) => {
      const r = marked.includes(m.id) && f === m.progress ? 5 : 3;
      return `<circle class="tl-point ${reporterClass(f.reporter)}${f.estimate ? ' is-estimate' : ''}" cx="${round(x(f.time))}" cy="${round(y(f.value))}" r="${r}"/>`;
    }),
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="tl-sparkline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeAttr(label)}">` +
    bands.join('') +
    (path ? `<path class="tl-progress" d="${path}"/>` : '') +
    dots.join('') +
    `</svg>`
  );
}
