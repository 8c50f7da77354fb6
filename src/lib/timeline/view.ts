// Everything the <Timeline> component shows, computed from validated content for one language:
// the chart drawn at three widths (for readers without JavaScript), the milestone list with its
// dates, who reported what, the evidence and notes, the key, and the small JSON the browser script
// starts from.
import { formatDate, formatNumber, t, type Locale } from '../../i18n';
import { citationView, citationViews, type CitationView } from '../citations';
import type { MilestoneKind, Source, Timeline } from '../content/schema';
import { chartBoxes, staticWidths, type ChartVariant } from './box';
import { contents, layoutTimeline, type Drawn, type LayoutOptions } from './layout';
import { axisTime, hedgeOf, type ChartData } from './model';
import { inSpan } from './span';
import { countText } from './ticks';
import { openingChart, openingOptions } from './opening';
import type { MonthRange, Span } from './range';
import { renderTimelineSvg, reporterClass, reporterShape } from './svg';
import { lastChanged } from './updated';
import { isPaged, yearPages, type YearPage } from './pages';

export interface TimelineViewOptions {
  /** YYYY-MM-DD: the day the site is built (see updated.ts's buildDay). */
  today: string;
  /** A compact surface (an article's or an embed's timeline): see LayoutOptions.compact. */
  compact?: boolean;
  range?: MonthRange | null;
  highlight?: string | undefined;
  /** Distinguishes several timelines on one page. */
  uid: string;
  /** The timeline's own page: a long timeline's list is split by year there (./pages.ts). */
  page?: boolean;
}

export interface ListItem {
  id: string;
  date: string;
  dateText: string;
  kind: MilestoneKind;
  kindLabel: string;
  title: string;
  summary: string;
  progressText?: string;
  projectionText?: string;
  note?: string;
  citations: CitationView[];
  /** Figures others reported about the same moment: who, what, when, and the evidence. */
  reports: { text: string; citation: CitationView }[];
  highlighted: boolean;
}

/** What the browser script needs beyond what the list already shows. */
export interface ClientData {
  uid: string;
  lang: Locale;
  title: string;
  description: string;
  labels: Pick<LayoutOptions, 'targetLabel' | 'disagreeLabel'>;
  /** Laid out for a compact surface (LayoutOptions.compact). */
  compact: boolean;
  /** Below this width the chart is vertical (box.ts's verticalUntil). */
  verticalBelow: number;
  highlight: string | null;
  /** The whole span (zooming out stops here) and the span the chart opens on. */
  full: Span;
  focus: Span;
  chart: ChartData;
  /** The height of the chart's box at each variant's widths, as the drawings have it (./box.ts). */
  boxes: Record<ChartVariant, number>;
}

export interface TimelineView {
  uid: string;
  title: string;
  summary: string;
  /** When the timeline last changed (see updated.ts). */
  updated: string;
  /** How many milestones the opening view shows (the status line's first count). */
  inView: number;
  /** The status line under the chart: its template (the script fills it in) and its first text. */
  status: { template: string; text: string };
  rangeText?: string;
  variants: { name: ChartVariant; svg: string }[];
  items: ListItem[];
  /**
   * The items this page lists: all of them, or (a long timeline's own page) those the chart opens
   * on, with every year's page linked (./pages.ts).
   */
  listed: ListItem[];
  years: YearPage[] | null;
  kinds: { kind: MilestoneKind; label: string }[];
  /** The key for reported figures: each reporter's shape and colour (those the chart draws). */
  reporters: { name: string; shape: string; className: string; line: boolean }[];
  /** What the opening chart draws at any of its widths: the key lists these and nothing else. */
  drawn: Drawn;
  client: ClientData;
}

/** What any of the geometries draws. */
export function drawnInAny(drawings: readonly Drawn[]): Drawn {
  const any = (key: keyof Omit<Drawn, 'kinds' | 'reporters'>) => drawings.some((d) => d[key]);
  return {
    kinds: [...new Set(drawings.flatMap((d) => d.kinds))],
    reporters: [...new Set(drawings.flatMap((d) => d.reporters))].sort((a, b) => a - b),
    estimate: any('estimate'),
    forecast: any('forecast'),
    deadline: any('deadline'),
    disagreement: any('disagreement'),
    more: any('more'),
    later: any('later'),
    annotation: any('annotation'),
    overview: any('overview'),
  };
}

const percent = (value: number, lang: Locale) => formatNumber(value / 100, lang, { style: 'percent' });

export function timelineView(
  timeline: Timeline,
  sources: ReadonlyMap<string, Source>,
  lang: Locale,
  { range = null, highlight, uid, today, compact = false, page = false }: TimelineViewOptions,
): TimelineView {
  const ui = t(lang).timeline;
  const title = timeline.title[lang];
  const opening = openingChart(timeline, lang, { today, range });
  const { chart, full, focus, labels } = opening;
  const data = chart;
  const milestones = chart.milestones;
  const order = new Map(milestones.map((m, i) => [m.id, i]));
  const description = `${timeline.summary[lang]} ${ui.chartDescription(contents(chart))}`;
  const validHighlight = highlight && order.has(highlight) ? highlight : undefined;
  const layoutOptions = openingOptions(opening, lang, { highlight: validHighlight, compact });
  const boxes = chartBoxes(chart, layoutOptions);
  const geometries = (Object.keys(staticWidths) as ChartVariant[]).map((name) => ({
    name,
    geometry: layoutTimeline(chart, { ...layoutOptions, width: staticWidths[name], minHeight: boxes[name] }),
  }));
  const variants = geometries.map(({ name, geometry }) => ({
    name,
    svg: renderTimelineSvg(geometry, { uid: `${uid}-${name}`, title, description, highlight: validHighlight }),
  }));
  const drawn = drawnInAny(geometries.map((v) => v.geometry.drawn));

  const items = listItems(
    timeline,
    sources,
    lang,
    timeline.milestones.filter((m) => order.has(m.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!),
    validHighlight,
  );

  const opens = new Set(milestones.filter((m) => inSpan(axisTime(m, full), focus)).map((m) => m.id));
  const inView = opens.size;
  // As the year pages are made (collections.ts): by the timeline's milestones.
  const paged = page && isPaged(timeline.milestones.length);
  const statusTemplate = `${ui.showing('{shown}', '{total}')} · {span}`;
  const kinds = [...new Set(milestones.map((m) => m.kind))].map((kind) => ({ kind, label: ui.kinds[kind] }));

  return {
    uid,
    title,
    summary: timeline.summary[lang],
    updated: lastChanged(timeline, today),
    inView,
    status: { template: statusTemplate, text: countText(statusTemplate, inView, milestones.length, focus, lang) },
    ...(range ? { rangeText: ui.rangeNote(formatDate(range.from, lang), formatDate(range.to, lang)) } : {}),
    variants,
    items,
    listed: paged ? items.filter((m) => opens.has(m.id)) : items,
    years: paged ? yearPages(timeline.milestones) : null,
    kinds,
    reporters: data.reporters
      .map((r, i) => ({ name: r.name, shape: reporterShape(i), className: reporterClass(i), line: r.line, i }))
      .filter((r) => drawn.reporters.includes(r.i))
      .map(({ i: _, ...r }) => r),
    drawn,
    client: {
      uid,
      lang,
      title,
      description,
      labels,
      compact,
      verticalBelow: layoutOptions.verticalBelow!,
      highlight: validHighlight ?? null,
      full,
      focus,
      chart,
      boxes,
    },
  };
}

/** The list's items for these milestones, in this order: what each says, its figures and evidence. */
export function listItems(
  timeline: Pick<Timeline, 'reporters'>,
  sources: ReadonlyMap<string, Source>,
  lang: Locale,
  milestones: readonly Timeline['milestones'][number][],
  highlight?: string,
): ListItem[] {
  const ui = t(lang).timeline;
  const reporters = new Map(timeline.reporters.map((r) => [r.id, r.name[lang]]));
  const reporterName = (id: string) => reporters.get(id) ?? id;
  return milestones.map((m) => ({
    id: m.id,
    date: m.date,
    dateText: formatDate(m.date, lang),
    kind: m.kind,
    kindLabel: ui.kinds[m.kind],
    title: m.title[lang],
    summary: m.summary[lang],
    ...(m.progress
      ? {
          progressText: ui.progress(
            ui.figure(percent(m.progress.value, lang), hedgeOf(m.progress)),
            m.progress.estimate,
            m.progress.by ? reporterName(m.progress.by) : undefined,
          ),
        }
      : {}),
    ...(m.projection
      ? { projectionText: ui.projection(percent(m.projection.value, lang), formatDate(m.projection.date, lang)) }
      : {}),
    ...(m.note ? { note: m.note[lang] } : {}),
    citations: citationViews(m.citations, sources, lang),
    reports: (m.reports ?? []).map((r) => ({
      text: ui.report(
        reporterName(r.by),
        ui.figure(percent(r.value, lang), hedgeOf(r)),
        formatDate(r.date ?? m.date, lang),
      ),
      citation: citationView(r.citation, sources, lang),
    })),
    highlighted: m.id === highlight,
  }));
}
