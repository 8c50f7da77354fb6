// Times the timeline's pure functions in Node at each size: the work the build does per chart and
// the browser repeats on every keyboard, zoom or resize step (layout + SVG at the current width).
import { performance } from 'node:perf_hooks';
import type { TimelineData } from '../../src/lib/content/schema';
import { layoutTimeline } from '../../src/lib/timeline/layout';
import { chartData, focusDomain, fullDomain } from '../../src/lib/timeline/model';
import { renderTimelineSvg } from '../../src/lib/timeline/svg';
import { sampled, type Sampled } from './stats';

export interface NodeTimings {
  chartData: Sampled;
  fullDomain: Sampled;
  /** Horizontal layout at the widest static width. */
  layoutWide: Sampled;
  /** Vertical layout, used below 560 px. */
  layoutNarrow: Sampled;
  renderSvg: Sampled;
  /** layoutTimeline + renderTimelineSvg at 1100 px: what one re-draw in the browser costs. */
  redraw: Sampled;
}

/** Runs `fn` a few times to warm up, then until `budgetMs` is spent (at least `minRuns` runs). */
function time(fn: () => unknown, budgetMs: number, minRuns = 5, maxRuns = 300): Sampled {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - started < budgetMs)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return sampled(samples);
}

export function measureNode(timeline: TimelineData, budgetMs: number): NodeTimings {
  const text = { uid: 'bench', title: 'Benchmark', description: 'Benchmark timeline' };
  // As of the newest milestone: the generated timeline's dates all reach the axis.
  const asOf = { asOf: '9999-12-31', until: 'until {date}' };
  const data = chartData(timeline, 'en', asOf);
  const full = fullDomain(data.milestones);
  // The view the page opens on: the weeks with progress reports, with the overview strip.
  const domain = focusDomain(data.milestones, full);
  const options = (width: number) =>
    ({ width, domain, full, lang: 'en', targetLabel: 'Target', disagreeLabel: 'Sources disagree' }) as const;
  const wide = layoutTimeline(data, options(1100));
  return {
    chartData: time(() => chartData(timeline, 'en', asOf), budgetMs),
    fullDomain: time(() => fullDomain(data.milestones), budgetMs),
    layoutWide: time(() => layoutTimeline(data, options(1100)), budgetMs),
    layoutNarrow: time(() => layoutTimeline(data, options(360)), budgetMs),
    renderSvg: time(() => renderTimelineSvg(wide, text), budgetMs),
    redraw: time(() => renderTimelineSvg(layoutTimeline(data, options(1100)), text), budgetMs),
  };
}
