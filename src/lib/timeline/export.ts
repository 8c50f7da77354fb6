// The timeline as downloadable data: JSON with both languages and every citation's evidence (the
// source's words and addresses), and CSV with one row per milestone. Both are built with the site,
// from the same validated content.
import type { Citation, Source, Timeline } from '../content/schema';

export interface ExportedCitation {
  source: string;
  publisher: string;
  title: string;
  published: string;
  quote: string;
  at: string | null;
  url: string;
  archive: string | null;
  via: string | null;
}

type Localized = { id: string; en: string };

export interface ExportedMilestone {
  id: string;
  date: string;
  kind: string;
  progress: { value: number; estimate: boolean; by: string | null } | null;
  projection: { date: string; value: number; label: Localized } | null;
  title: Localized;
  label: Localized;
  summary: Localized;
  note: Localized | null;
  citations: ExportedCitation[];
  reports: { by: string; value: number; estimate: boolean; date: string; citation: ExportedCitation }[];
}

function exportCitation(c: Citation, sources: ReadonlyMap<string, Source>, where: string): ExportedCitation {
  const s = sources.get(c.source);
  if (!s) throw new Error(`${where}: unknown source "${c.source}"`);
  return {
    source: c.source,
    publisher: s.publisher,
    title: s.title,
    published: s.published,
    quote: c.quote,
    at: c.at ?? null,
    url: s.url,
    archive: s.archive ?? null,
    via: s.via ?? null,
  };
}

export function exportTimeline(timeline: Timeline, sources: ReadonlyMap<string, Source>) {
  const milestones: ExportedMilestone[] = timeline.milestones.map((m) => {
    const where = `Timeline ${timeline.id}, milestone ${m.id}`;
    return {
      id: m.id,
      date: m.date,
      kind: m.kind,
      progress: m.progress
        ? { value: m.progress.value, estimate: m.progress.estimate, by: m.progress.by ?? null }
        : null,
      projection: m.projection ?? null,
      title: m.title,
      label: m.label,
      summary: m.summary,
      note: m.note ?? null,
      citations: m.citations.map((c) => exportCitation(c, sources, where)),
      reports: (m.reports ?? []).map((r) => ({
        by: r.by,
        value: r.value,
        estimate: r.estimate,
        date: r.date ?? m.date,
        citation: exportCitation(r.citation, sources, where),
      })),
    };
  });
  return {
    id: timeline.id,
    title: timeline.title,
    summary: timeline.summary,
    reporters: timeline.reporters.map((r) => ({ id: r.id, name: r.name, line: r.line })),
    milestones,
  };
}

export const csvColumns = [
  'id',
  'date',
  'kind',
  'progress_value',
  'progress_estimate',
  'progress_by',
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
  'source_quotes',
] as const;

/** Cells a spreadsheet would run as a formula begin with one of these (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled. A cell that a
 * spreadsheet would read as a formula gets a leading apostrophe, so it opens as text.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Several ids or addresses in one cell, separated by " | " (a space never occurs in an address). */
export const LIST_SEPARATOR = ' | ';
/** Several quotes in one cell, one per line (quotes are single lines: the schema says so). */
export const QUOTE_SEPARATOR = '\n';

export function timelineCsv(exported: ReturnType<typeof exportTimeline>): string {
  const rows = exported.milestones.map((m) =>
    [
      m.id,
      m.date,
      m.kind,
      m.progress?.value,
      m.progress ? m.progress.estimate : null,
      m.progress?.by,
      m.projection?.date,
      m.projection?.value,
      m.title.id,
      m.title.en,
      m.summary.id,
      m.summary.en,
      m.note?.id,
      m.note?.en,
      m.citations.map((c) => c.source).join(LIST_SEPARATOR),
      m.citations.map((c) => c.url).join(LIST_SEPARATOR),
      m.citations.map((c) => c.quote).join(QUOTE_SEPARATOR),
    ]
      .map(csvField)
      .join(','),
  );
  return [csvColumns.join(','), ...rows].join('\r\n') + '\r\n';
}
