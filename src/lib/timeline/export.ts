// The timeline as downloadable data: JSON with both languages and every source's details, and CSV
// with one row per milestone. Both are built with the site, from the same validated content.
import type { Source, Timeline } from '../content/schema';

export interface ExportedMilestone {
  id: string;
  date: string;
  kind: string;
  progress: { value: number; estimate: boolean } | null;
  projection: { date: string; value: number; label: { id: string; en: string } } | null;
  title: { id: string; en: string };
  summary: { id: string; en: string };
  note: { id: string; en: string } | null;
  sources: { id: string; publisher: string; title: string; url: string | null; published: string }[];
}

export function exportTimeline(timeline: Timeline, sources: ReadonlyMap<string, Source>) {
  const milestones: ExportedMilestone[] = timeline.milestones.map((m) => ({
    id: m.id,
    date: m.date,
    kind: m.kind,
    progress: m.progress ?? null,
    projection: m.projection ?? null,
    title: m.title,
    summary: m.summary,
    note: m.note ?? null,
    sources: m.sources.map((id) => {
      const s = sources.get(id);
      if (!s) throw new Error(`Timeline ${timeline.id}: unknown source "${id}" in milestone ${m.id}`);
      return { id, publisher: s.publisher, title: s.title, url: s.url ?? null, published: s.published };
    }),
  }));
  return { id: timeline.id, title: timeline.title, summary: timeline.summary, milestones };
}

export const csvColumns = [
  'id',
  'date',
  'kind',
  'progress_value',
  'progress_estimate',
  'projection_date',
  'projection_value',
  'title_id',
  'title_en',
  'summary_id',
  'summary_en',
  'note_id',
  'note_en',
  'source_ids',
  'source_urls',
] as const;

/** RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled. */
function field(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Several values in one cell (source ids, addresses), separated by " | ". */
export const LIST_SEPARATOR = ' | ';

export function timelineCsv(exported: ReturnType<typeof exportTimeline>): string {
  const rows = exported.milestones.map((m) =>
    [
      m.id,
      m.date,
      m.kind,
      m.progress?.value,
      m.progress ? m.progress.estimate : null,
      m.projection?.date,
      m.projection?.value,
      m.title.id,
      m.title.en,
      m.summary.id,
      m.summary.en,
      m.note?.id,
      m.note?.en,
      m.sources.map((s) => s.id).join(LIST_SEPARATOR),
      m.sources.map((s) => s.url ?? '').join(LIST_SEPARATOR),
    ]
      .map(field)
      .join(','),
  );
  return [csvColumns.join(','), ...rows].join('\r\n') + '\r\n';
}
