// Everything the <Timeline> component shows, computed from validated content for one language:
// the chart drawn at three widths (for readers without JavaScript), the milestone list with its
// dates, sources and notes, and the small JSON the browser script starts from.
import { formatDate, formatNumber, t, type Locale } from '../../i18n';
import type { MilestoneKind, Source, Timeline } from '../content/schema';
import { layoutTimeline } from './layout';
import { chartMilestones, fullDomain, withinRange, type ChartMilestone } from './model';
import type { MonthRange } from './range';
import { renderTimelineSvg } from './svg';

/** Widths the chart is drawn at for readers without JavaScript; CSS picks one by container width. */
export const staticWidths = { narrow: 360, medium: 720, wide: 1100 } as const;

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
  sources: { id: string; publisher: string; title: string; url?: string; dateText: string }[];
  highlighted: boolean;
}

/** What the browser script needs beyond what the list already shows. */
export interface ClientData {
  uid: string;
  lang: Locale;
  title: string;
  description: string;
  targetLabel: string;
  highlight: string | null;
  domain: [number, number];
  milestones: ChartMilestone[];
}

export interface TimelineView {
  uid: string;
  title: string;
  summary: string;
  rangeText?: string;
  variants: { name: keyof typeof staticWidths; svg: string }[];
  items: ListItem[];
  kinds: { kind: MilestoneKind; label: string }[];
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
  const milestones = withinRange(chartMilestones(timeline, lang), range);
  const order = new Map(milestones.map((m, i) => [m.id, i]));
  const domain = fullDomain(milestones, range);
  const description = `${timeline.summary[lang]} ${ui.chartDescription}`;
  const validHighlight = highlight && order.has(highlight) ? highlight : undefined;

  const variants = (Object.keys(staticWidths) as (keyof typeof staticWidths)[]).map((name) => {
    const geometry = layoutTimeline(milestones, {
      width: staticWidths[name],
      domain,
      lang,
      highlight: validHighlight,
      targetLabel: ui.target,
    });
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
      ...(m.progress ? { progressText: ui.progress(percent(m.progress.value, lang), m.progress.estimate) } : {}),
      ...(m.projection
        ? { projectionText: ui.projection(percent(m.projection.value, lang), formatDate(m.projection.date, lang)) }
        : {}),
      ...(m.note ? { note: m.note[lang] } : {}),
      sources: m.sources.map((id) => {
        const s = sources.get(id);
        if (!s) throw new Error(`Timeline ${timeline.id}: milestone ${m.id} cites unknown source "${id}"`);
        return {
          id,
          publisher: s.publisher,
          title: s.title,
          ...(s.url ? { url: s.url } : {}),
          dateText: formatDate(s.published, lang),
        };
      }),
      highlighted: m.id === validHighlight,
    }));

  const kinds = [...new Set(milestones.map((m) => m.kind))].map((kind) => ({ kind, label: ui.kinds[kind] }));

  return {
    uid,
    title,
    summary: timeline.summary[lang],
    ...(range ? { rangeText: ui.rangeNote(formatDate(range.from, lang), formatDate(range.to, lang)) } : {}),
    variants,
    items,
    kinds,
    client: {
      uid,
      lang,
      title,
      description,
      targetLabel: ui.target,
      highlight: validHighlight ?? null,
      domain,
      milestones,
    },
  };
}
