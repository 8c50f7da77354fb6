import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvColumns, exportTimeline, LIST_SEPARATOR, timelineCsv } from '../../../src/lib/timeline/export';
import { parseRange } from '../../../src/lib/timeline/range';
import { timelineView } from '../../../src/lib/timeline/view';
import { realTimeline } from './helpers';

const { timeline, sources } = realTimeline();

describe('timelineView', () => {
  const view = timelineView(timeline, sources, 'id', { uid: 'tl-m', highlight: 'progres-87-persen-4-maret' });

  it('lists every milestone with its date in the page language and its sources', () => {
    expect(view.items.map((i) => i.id)).toEqual(timeline.milestones.map((m) => m.id));
    const item = view.items.find((i) => i.id === 'progres-87-persen-1-maret')!;
    expect(item.dateText).toBe('1 Maret 2024');
    expect(item.progressText).toBe('Progres dilaporkan: 87%');
    expect(item.note).toBeTruthy();
    expect(item.sources.map((s) => s.id)).toEqual(timeline.milestones.find((m) => m.id === item.id)!.sources);
    expect(view.items.find((i) => i.id === 'progres-75-persen')!.progressText).toBe(
      'Progres dilaporkan: sekitar 75% (perkiraan)',
    );
    expect(view.items.find((i) => i.id === 'akhir-masa-transisi')!.dateText).toBe('April 2024');
  });

  it('draws the chart at three widths for readers without JavaScript', () => {
    expect(view.variants.map((v) => v.name)).toEqual(['narrow', 'medium', 'wide']);
    for (const v of view.variants) expect(v.svg).toContain(`id="tl-m-${v.name}-title"`);
  });

  it('marks the highlighted milestone, and ignores a highlight that does not exist', () => {
    expect(view.items.filter((i) => i.highlighted).map((i) => i.id)).toEqual(['progres-87-persen-4-maret']);
    const none = timelineView(timeline, sources, 'en', { uid: 'u', highlight: 'no-such-milestone' });
    expect(none.items.some((i) => i.highlighted)).toBe(false);
    expect(none.client.highlight).toBeNull();
  });

  it('narrows to a range of months', () => {
    const ranged = timelineView(timeline, sources, 'en', { uid: 'u', range: parseRange('2024-02..2024-03') });
    expect(ranged.items.map((i) => i.date)).toEqual(
      timeline.milestones.map((m) => m.date).filter((d) => d >= '2024-02' && d < '2024-04'),
    );
    expect(ranged.rangeText).toBe('Showing February 2024 to March 2024.');
  });
});

describe('data downloads', () => {
  const exported = exportTimeline(timeline, sources);

  it('JSON carries both languages and every source with its address', () => {
    const parsed = JSON.parse(JSON.stringify(exported));
    expect(parsed.milestones).toHaveLength(timeline.milestones.length);
    const first = parsed.milestones[0];
    expect(Object.keys(first.title)).toEqual(['id', 'en']);
    for (const m of parsed.milestones)
      for (const s of m.sources) expect(s.url === null || s.url.startsWith('http')).toBe(true);
  });

  it('CSV parses back to one row per milestone with the same values', () => {
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
      expect(row.source_ids!.split(LIST_SEPARATOR)).toEqual(m.sources.map((s) => s.id));
      expect(row.source_urls!.split(LIST_SEPARATOR)).toEqual(m.sources.map((s) => s.url ?? ''));
    });
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    const tricky = { ...timeline, milestones: [{ ...timeline.milestones[0]!, summary: { id: 'a, "b"\nc', en: 'x' } }] };
    const csv = timelineCsv(exportTimeline(tricky, sources));
    expect(csv).toContain('"a, ""b""\nc"');
    expect((parse(csv, { columns: true }) as Record<string, string>[])[0]!.summary_id).toBe('a, "b"\nc');
  });
});
