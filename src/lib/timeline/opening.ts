// The chart as it opens, for one timeline in one language: its data (milestones dated after the
// timeline's `asOf` set to be drawn at the axis' end), the whole span and the span it frames first.
// The page, the embed, the pictures and the home page's story all start from here.
import { t, type Locale } from '../../i18n';
import type { Timeline } from '../content/schema';
import { verticalUntil } from './box';
import type { LayoutOptions } from './layout';
import { chartData, focusDomain, fullDomain, withinRange, type ChartData } from './model';
import type { MonthRange, Span } from './range';
import { asOfDay } from './updated';

export interface OpeningOptions {
  /** YYYY-MM-DD: the day the site is built (see updated.ts's buildDay). */
  today: string;
  range?: MonthRange | null;
}

export interface OpeningChart {
  chart: ChartData;
  full: Span;
  focus: Span;
  labels: Pick<LayoutOptions, 'targetLabel' | 'disagreeLabel'>;
}

/** The layout options the chart opens with, but its width: where it turns vertical included. */
export function openingOptions(
  o: OpeningChart,
  lang: Locale,
  extra: Pick<LayoutOptions, 'compact' | 'highlight'> = {},
): Omit<LayoutOptions, 'width'> {
  const options = { domain: o.focus, full: o.full, lang, ...o.labels, ...extra };
  return { ...options, verticalBelow: verticalUntil(o.chart, options) };
}

export function openingChart(
  timeline: Pick<Timeline, 'milestones' | 'reporters' | 'asOf'>,
  lang: Locale,
  { today, range = null }: OpeningOptions,
): OpeningChart {
  const ui = t(lang).timeline;
  const data = chartData(timeline, lang, { asOf: asOfDay(timeline, today), until: ui.until });
  const milestones = withinRange(data.milestones, range);
  const full = fullDomain(milestones, range);
  return {
    chart: { ...data, milestones },
    full,
    focus: focusDomain(milestones, full),
    labels: { targetLabel: ui.target, disagreeLabel: ui.disagree },
  };
}
