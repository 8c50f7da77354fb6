import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  csvColumns,
  csvField,
  exportTimeline,
  LIST_SEPARATOR,
  QUOTE_SEPARATOR,
  timelineCsv,
} from '../../../src/lib/timeline/export';
import { parseRange } from '../../../src/lib/timeline/range';
import { timelineView } from '../../../src/lib/timeline/view';
import { fixtureTimeline, TODAY } from './helpers';

const { timeline, sources } = fixtureTimeline();

describe('timelineView', () => {
  const view = timelineView(timeline, sources, 'id', {
    today: TODAY,
    uid: 'tl-m',
    highlight: 'progres-87-persen-4-maret',
  });

  it('lists every milestone with its date in the page language and its citations', () => {
    expect(view.items.map((i) => i.id)).toEqual(timeline.milestones.map((m) => m.id));
    const item = view.items.find((i) => i.id === 'progres-87-persen-4-maret')!;
    expect(item.dateText).toBe('4 Maret 2024');
    expect(item.progressText).toBe('Progres dilaporkan oleh Isy Karim (Kemendag): 87%');
    expect(item.note).toBeTruthy();
    const milestone = timeline.milestones.find((m) => m.id === item.id)!;
    // One entry per source, with every quote taken from it.
    expect(item.citations.flatMap((c) => c.quotes.map((q) => [c.source, q.quote]))).toEqual(
      milestone.citations.map((c) => [c.source, c.quote]),
    );
    expect(new Set(item.citations.map((c) => c.source)).size).toBe(item.citations.length);
    expect(item.citations[0]!.url).toMatch(/^https:\/\//);
    expect(item.citations[0]!.quotes[0]!.at).toBe('halaman 2, paragraf 1');
    expect(view.items.find((i) => i.id === 'progres-75-persen')!.progressText).toBe(
      'Progres dilaporkan oleh Isy Karim (Kemendag): sekitar 75% (perkiraan)',
    );
    expect(view.items.find((i) => i.id === 'progres-lebih-70-persen')!.progressText).toMatch(
      /: lebih dari 70% \(perkiraan\)$/,
    );
    expect(view.items.find((i) => i.id === 'akhir-masa-transisi')!.dateText).toBe('April 2024');
  });

  it('says who reported what, with the evidence of each report', () => {
    const item = view.items.find((i) => i.id === 'progres-87-persen-rincian')!;
    expect(item.reports.map((r) => r.text)).toEqual(['Mendag Zulkifli Hasan: 80% (14 Maret 2024)']);
    expect(item.reports[0]!.citation.quotes[0]!.quote).toContain('80 persen');
    const en = timelineView(timeline, sources, 'en', { today: TODAY, uid: 'u' }).items.find(
      (i) => i.id === 'progres-87-persen-4-maret',
    )!;
    expect(en.reports.map((r) => r.text)).toEqual(['Isy Karim (Trade Ministry): almost 90% (4 March 2024)']);
    expect(view.items.find((i) => i.id === 'permendag-31-ditetapkan')!.reports).toEqual([]);
  });

  it('draws the chart at three widths for readers without JavaScript', () => {
    expect(view.variants.map((v) => v.name)).toEqual(['narrow', 'medium', 'wide']);
    for (const v of view.variants) expect(v.svg).toContain(`id="tl-m-${v.name}-title"`);
  });

  it('gives the browser script the height of each drawing, so its chart takes the same box', () => {
    for (const v of view.variants) expect(v.svg).toContain(` height="${view.client.boxes[v.name]}"`);
  });

  it('marks the highlighted milestone, and ignores a highlight that does not exist', () => {
    expect(view.items.filter((i) => i.highlighted).map((i) => i.id)).toEqual(['progres-87-persen-4-maret']);
    const none = timelineView(timeline, sources, 'en', { today: TODAY, uid: 'u', highlight: 'no-such-milestone' });
    expect(none.items.some((i) => i.highlighted)).toBe(false);
    expect(none.client.highlight).toBeNull();
  });

  it('narrows to a range of months', () => {
    const ranged = timelineView(timeline, sources, 'en', {
      today: TODAY,
      uid: 'u',
      range: parseRange('2024-02..2024-03'),
    });
    expect(ranged.items.map((i) => i.date)).toEqual(
      timeline.milestones.map((m) => m.date).filter((d) => d >= '2024-02' && d < '2024-04'),
    );
    expect(ranged.rangeText).toBe('Showing February 2024 to March 2024.');
  });
});

describe('data downloads', () => {
  const exported = exportTimeline(timeline, sources);

  it('JSON carries both languages, the label, and every citation with its quote and addresses', () => {
    const parsed = JSON.parse(JSON.stringify(exported));
    expect(parsed.milestones).toHaveLength(timeline.milestones.length);
    const first = parsed.milestones[0];
    expect(Object.keys(first.title)).toEqual(['id', 'en']);
    expect(first.label).toEqual(timeline.milestones[0]!.label);
    for (const m of parsed.milestones)
      for (const c of m.citations) {
        expect(c.url).toMatch(/^https?:\/\//);
        expect(c.quote.length).toBeGreaterThan(0);
        expect(c).toHaveProperty('archive');
      }
    const withReport = parsed.milestones.find((m: { id: string }) => m.id === 'progres-87-persen-rincian');
    expect(withReport.reports[0]).toMatchObject({ by: 'zulkifli-hasan', value: 80, date: '2024-03-14' });
    expect(withReport.reports[0].citation.quote).toContain('80 persen');
    expect(parsed.reporters.map((r: { id: string }) => r.id)).toContain('isy-karim');
  });

  it('CSV parses back to one row per milestone with the same values, quotes one per line', () => {
    const rows = parse(timelineCsv(exported), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...csvColumns]);
    expect(rows).toHaveLength(exported.milestones.length);
    rows.forEach((row, i) => {
      const m = exported.milestones[i]!;
      expect(row.id).toBe(m.id);
      expect(row.date).toBe(m.date);
      expect(row.title_id).toBe(m.title.id);
      expect(row.summary_en).toBe(m.summary.en);
      expect(row.note_en).toBe(m.note?.en ?? '');
      expect(row.progress_value).toBe(m.progress ? String(m.progress.value) : '');
      expect(row.progress_by).toBe(m.progress?.by ?? '');
      expect(row.source_ids!.split(LIST_SEPARATOR)).toEqual(m.citations.map((c) => c.source));
      expect(row.source_urls!.split(LIST_SEPARATOR)).toEqual(m.citations.map((c) => c.url));
      expect(row.source_quotes!.split(QUOTE_SEPARATOR)).toEqual(m.citations.map((c) => c.quote));
    });
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    const tricky = { ...timeline, milestones: [{ ...timeline.milestones[0]!, summary: { id: 'a, "b"\nc', en: 'x' } }] };
    const csv = timelineCsv(exportTimeline(tricky, sources));
    expect(csv).toContain('"a, ""b""\nc"');
    expect((parse(csv, { columns: true }) as Record<string, string>[])[0]!.summary_id).toBe('a, "b"\nc');
  });

  it('opens every cell a spreadsheet would run as a formula as text', () => {
    const hostile = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'];
    const milestones = hostile.map((text, i) => ({
      ...timeline.milestones[0]!,
      id: `m${i}`,
      title: { id: text, en: text },
      summary: { id: 'Ringkasan biasa.', en: 'A plain summary.' },
    }));
    const rows = parse(timelineCsv(exportTimeline({ ...timeline, milestones }, sources)), {
      columns: true,
      relax_quotes: true,
    }) as Record<string, string>[];
    expect(rows.map((r) => r.title_id)).toEqual(hostile.map((text) => `'${text}`));
    for (const row of rows)
      for (const cell of Object.values(row)) expect(cell, JSON.stringify(row)).not.toMatch(/^[=+\-@\t\r]/);
    expect(csvField(-5)).toBe('-5');
    expect(csvField('plain')).toBe('plain');
  });
});
