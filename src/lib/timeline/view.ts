// Everything the <Timeline> component shows, computed from validated content for one language:
// the chart drawn at three widths (for readers without JavaScript), the milestone list with its
// dates, who reported what, the evidence and notes, the key, and the small JSON the browser script
// starts from.
import { formatDate, formatNumber, t, type Locale } from '../../i18n';
import { citationView, citationViews, type CitationView } from '../citations';
import type { MilestoneKind, Source, Timeline } from '../content/schema';
import { chartBoxes, staticWidths, type ChartVariant } from './box';
import { layoutTimeline, type LayoutOptions } from './layout';
import { chartData, focusDomain, fullDomain, withinRange, type ChartData } from './model';
import type { MonthRange, Span } from './range';
import { renderTimelineSvg, reporterClass, reporterShape } from './svg';
import { lastChanged } from './updated';

export interface TimelineViewOptions {
  range?: MonthRange | null;
  highlight?: string | undefined;
  /** Distinguishes several timelines on one page. */
  uid: string;
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
  rangeText?: string;
  variants: { name: ChartVariant; svg: string }[];
  items: ListItem[];
  kinds: { kind: MilestoneKind; label: string }[];
  /** The key for reported figures: each reporter's shape and colour. */
  reporters: { name: string; shape: string; className: string; line: boolean }[];
  client: ClientData;
}

const percent = (value: number, lang: Locale) => formatNumber(value / 100, lang, { style: 'percent' });

export function timelineView(
  timeline: Timeline,
  sources: ReadonlyMap<string, Source>,
  lang: Locale,
  { range = null, highlight, uid }: TimelineViewOptions,
): TimelineView {
  const ui = t(lang).timeline;
  const title = timeline.title[lang];
  const data = chartData(timeline, lang);
  const milestones = withinRange(data.milestones, range);
  const chart = { ...data, milestones };
  const order = new Map(milestones.map((m, i) => [m.id, i]));
  const full = fullDomain(milestones, range);
  const focus = range ? full : focusDomain(milestones, full);
  const description = `${timeline.summary[lang]} ${ui.chartDescription}`;
  const validHighlight = highlight && order.has(highlight) ? highlight : undefined;
  const reporters = new Map(timeline.reporters.map((r) => [r.id, r.name[lang]]));
  const reporterName = (id: string) => reporters.get(id) ?? id;
  const labels = { targetLabel: ui.target, disagreeLabel: ui.disagree };

  const layoutOptions = { domain: focus, full, lang, highlight: validHighlight, ...labels };
  const boxes = chartBoxes(chart, layoutOptions);
  const variants = (Object.keys(staticWidths) as ChartVariant[]).map((name) => {
    const geometry = layoutTimeline(chart, { ...layoutOptions, width: staticWidths[name], minHeight: boxes[name] });
    return {
      name,
      svg: renderTimelineSvg(geometry, { uid: `${uid}-${name}`, title, description, highlight: validHighlight }),
    };
  });

  const items: ListItem[] = timeline.milestones
    .filter((m) => order.has(m.id))
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((m) => ({
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
              ui.figure(
                percent(m.progress.value, lang),
                m.progress.qualifier ?? (m.progress.estimate ? 'about' : undefined),
              ),
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
          ui.figure(percent(r.value, lang), r.qualifier ?? (r.estimate ? 'about' : undefined)),
          formatDate(r.date ?? m.date, lang),
        ),
        citation: citationView(r.citation, sources, lang),
      })),
      highlighted: m.id === validHighlight,
    }));

  const kinds = [...new Set(milestones.map((m) => m.kind))].map((kind) => ({ kind, label: ui.kinds[kind] }));
  const reporting = new Set(milestones.flatMap((m) => [m.progress, ...(m.reports ?? [])]).map((f) => f?.reporter));

  return {
    uid,
    title,
    summary: timeline.summary[lang],
    updated: lastChanged(timeline),
    ...(range ? { rangeText: ui.rangeNote(formatDate(range.from, lang), formatDate(range.to, lang)) } : {}),
    variants,
    items,
    kinds,
    reporters: data.reporters
      .map((r, i) => ({ name: r.name, shape: reporterShape(i), className: reporterClass(i), line: r.line, i }))
      .filter((r) => reporting.has(r.i))
      .map(({ i: _, ...r }) => r),
    client: { uid, lang, title, description, labels, highlight: validHighlight ?? null, full, focus, chart, boxes },
  };
}
