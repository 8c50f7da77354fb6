// Adding a source or a milestone changes nothing but the lines added (and a timeline's `updated:`),
// puts them where the file's order and sections say, and writes any text so that it reads back
// exactly: as the check reads YAML (1.2), and as a YAML 1.1 reader would.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addMilestone, addSource, type NewMilestone, type NewSource } from '../../src/lib/content/edit-yaml';
import { parseYaml } from '../../src/lib/content/yaml';

const fixture = 'tests/fixtures/editing/content';
const sourcesText = readFileSync(`${fixture}/sources.yaml`, 'utf8');
const timelineText = readFileSync(`${fixture}/timelines/migrasi.yaml`, 'utf8');

/** The lines `after` has that `before` has not, when all of `before` is kept in order (else null). */
function addedLines(before: string, after: string): { at: number; lines: string[] } | null {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  if (start + end !== a.length) return null;
  return { at: start + 1, lines: b.slice(start, b.length - end) };
}

const source = (over: Partial<NewSource>): NewSource => ({
  id: 'baru',
  publisher: 'Tempo',
  title: 'Judul baru',
  url: 'https://example.org/baru',
  published: '2024-03-20',
  language: 'id',
  ...over,
});

/** Where an id is in a list file (its line), the section comment it is under, and the next line that is not blank. */
function placeOf(text: string, id: string) {
  const lines = text.split('\n');
  const index = lines.indexOf(`- id: ${id}`);
  const section = lines
    .slice(0, index)
    .reverse()
    .find((l) => l.startsWith('# ---'));
  const next = lines.slice(index + 1).find((l) => l !== '' && !l.startsWith('  '));
  return { line: index + 1, section, next };
}

const hostile = [
  `Kata "kutip" dan 'kutip'`,
  'Judul: dengan titik dua',
  'Tagar # di tengah',
  '#tagar di awal',
  '& jangkar',
  '*alias',
  '!tag',
  '| pipa',
  '> lebih besar',
  '{ kurawal }',
  '[ kurung ]',
  '- strip di awal',
  '---',
  '...',
  '? tanya',
  '% persen',
  '@ et',
  '` backtick',
  'null',
  'Null',
  '~',
  'yes',
  'no',
  'on',
  'true',
  '2024-03-04',
  '2024-03-04 10:00:00',
  '0x1F',
  '1e3',
  '.inf',
  '0o17',
  '1_000',
  '../../etc/passwd',
  'C:\\Windows\\system32',
  'garis miring terbalik \\n bukan baris baru',
  'baris\nbaru',
  'tab\tdi tengah',
  'akhir dengan titik dua:',
  'emoji 😀 dan aksara Jawa ꦲꦤꦕꦫꦏ',
  '<script>alert(1)</script>',
  "it's",
  '"',
  "'",
];

describe('addSource', () => {
  it('adds only the new entry, with a blank line before it, and says its line', () => {
    const { text, line } = addSource(sourcesText, source({}));
    const added = addedLines(sourcesText, text);
    expect(added).not.toBeNull();
    expect(added!.lines).toEqual([
      '- id: baru',
      '  publisher: Tempo',
      '  title: Judul baru',
      '  url: https://example.org/baru',
      '  published: 2024-03-20',
      '  language: id',
      '',
    ]);
    expect(text.split('\n')[line - 1]).toBe('- id: baru');
    expect(text.split('\n')[line - 2]).toBe('');
  });

  it('keeps the fields in the registry’s order, with the optional ones where the guide puts them', () => {
    const { text } = addSource(
      sourcesText,
      source({
        archive: 'https://web.archive.org/web/2024/https://example.org/baru',
        via: 'https://copy.example/baru',
        note: { id: 'Catatan.', en: 'A note.' },
      }),
    );
    expect(addedLines(sourcesText, text)!.lines.map((l) => l.split(':')[0])).toEqual([
      '- id',
      '  publisher',
      '  title',
      '  url',
      '  archive',
      '  via',
      '  published',
      '  language',
      '  note',
      '    id',
      '    en',
      '',
    ]);
  });

  it('sorts by date: before the first source dated after it, in that section', () => {
    const march = addSource(sourcesText, source({ published: '2024-03-20' })).text;
    expect(placeOf(march, 'baru')).toMatchObject({
      section: '# --- March 2024: 87% ---',
      next: '# --- April 2024: completion ---',
    });
    // The same day as another source: after it.
    const sameDay = addSource(sourcesText, source({ published: '2024-03-14' })).text;
    expect(sameDay.indexOf('- id: baru')).toBeGreaterThan(sameDay.indexOf('- id: idntimes-2024-03-14-sudah-80-persen'));
  });

  it('opens a section with the first source of its month or year, and keeps the order otherwise', () => {
    // 1 April 2024: before the first April source, under the April heading (which it takes over).
    const april = addSource(sourcesText, source({ published: '2024-04-01' })).text;
    expect(placeOf(april, 'baru').section).toBe('# --- April 2024: completion ---');
    expect(addedLines(sourcesText, april)).toMatchObject({ lines: expect.arrayContaining(['- id: baru']) });
    // A month only: it sorts as the month's first day.
    const month = addSource(sourcesText, source({ published: '2024-04' })).text;
    expect(placeOf(month, 'baru').section).toBe('# --- April 2024: completion ---');
    // 2025: the "After 2024" section, whose first source is of the same year.
    const later = addSource(sourcesText, source({ published: '2025-01-10' })).text;
    expect(placeOf(later, 'baru').section).toBe('# --- After 2024 ---');
    // Before everything: first, under the first heading.
    const first = addSource(sourcesText, source({ published: '2020-01-01' })).text;
    expect(placeOf(first, 'baru').section).toBe('# --- Before the regulation ---');
    expect(first.split('\n').indexOf('- id: baru')).toBeLessThan(
      first.split('\n').indexOf('- id: tribunnews-2022-06-16-zulhas-mendag'),
    );
    // Last of all.
    const last = addSource(sourcesText, source({ published: '2026-01-01' })).text;
    expect(last.trimEnd().endsWith('  language: id')).toBe(true);
    expect(placeOf(last, 'baru').line).toBeGreaterThan(placeOf(last, 'cnbcindonesia-2025-09-29-denda-kppu').line);
    // Every one of these only adds lines (a heading moves with the lines around it).
    for (const text of [april, month, later, first, last])
      expect(text.split('\n').length).toBe(sourcesText.split('\n').length + 7);
  });

  it('goes before the first source dated after it where the list is not quite sorted', () => {
    const unsorted = ['2024-04-03', '2024-04-25', '2024-04-04', '2024-04-01']
      .map((published, i) => `- id: s${i}\n  published: ${published}\n`)
      .join('\n');
    const { text } = addSource(unsorted, source({ published: '2024-04-03' }));
    expect((parseYaml(text).data as { id: string }[]).map((s) => s.id)).toEqual(['s0', 'baru', 's1', 's2', 's3']);
  });

  it('keeps the first line that names the schema, and every comment', () => {
    const { text } = addSource(sourcesText, source({ published: '2020-01-01' }));
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=schemas/sources.schema.json');
    for (const comment of sourcesText.split('\n').filter((l) => l.startsWith('#'))) expect(text).toContain(comment);
  });

  it.each(hostile)('writes %j so that it reads back exactly, in YAML 1.2 and 1.1', (value) => {
    const { text } = addSource(sourcesText, source({ title: value, publisher: value }));
    const entry = (parseYaml(text).data as { id: string; title: unknown; publisher: unknown }[]).find(
      (s) => s.id === 'baru',
    )!;
    expect(entry.title).toBe(value);
    expect(entry.publisher).toBe(value);
    const old = parseDocument(text, { version: '1.1' });
    expect(old.errors).toEqual([]);
    const entry11 = (old.toJS() as { id: string; title: unknown }[]).find((s) => s.id === 'baru')!;
    expect(entry11.title).toBe(value);
    expect(addedLines(sourcesText, text)).not.toBeNull();
  });

  it('writes plain text bare and quotes only what needs quotes, as the registry does', () => {
    const lines = (title: string) => addedLines(sourcesText, addSource(sourcesText, source({ title })).text)!.lines;
    expect(lines('Transisi TikTok Shop Rampung, Kini Jadi Shop Tokopedia')).toContain(
      '  title: Transisi TikTok Shop Rampung, Kini Jadi Shop Tokopedia',
    );
    expect(lines('Regulation Update: Revisi Permendag 50/2020')).toContain(
      "  title: 'Regulation Update: Revisi Permendag 50/2020'",
    );
    expect(lines('yes')).toContain("  title: 'yes'");
    expect(lines('baris\nbaru')).toContain('  title: "baris\\nbaru"');
  });

  it('adds the first source to an empty registry', () => {
    const { text } = addSource('# yaml-language-server: $schema=schemas/sources.schema.json\n', source({}));
    expect(parseYaml(text).data).toEqual([expect.objectContaining({ id: 'baru', title: 'Judul baru' })]);
    expect(text.startsWith('# yaml-language-server')).toBe(true);
  });
});

const milestone = (over: Partial<NewMilestone>): NewMilestone => ({
  id: 'baru',
  date: '2024-03-20',
  kind: 'business',
  title: { id: 'Judul', en: 'Title' },
  label: { id: 'Label', en: 'Label' },
  summary: { id: 'Ringkasan.', en: 'Summary.' },
  citations: [{ source: 'katadata-2024-03-14-rampung-sebelum-lebaran', quote: 'kata-kata', at: 'paragraph 2' }],
  ...over,
});

describe('addMilestone', () => {
  it('adds the milestone in date order, in the timeline’s style, and sets updated: to today', () => {
    const { text, line } = addMilestone(
      timelineText,
      milestone({ kind: 'progress', progress: { value: 90, estimate: true, qualifier: 'almost', by: 'isy-karim' } }),
      '2024-05-02',
    );
    const withoutUpdated = text.replace('updated: 2024-05-02', 'updated: 2024-04-30');
    const added = addedLines(timelineText, withoutUpdated)!;
    expect(added.lines).toEqual([
      '  - id: baru',
      '    date: 2024-03-20',
      '    kind: progress',
      '    progress: { value: 90, estimate: true, qualifier: almost, by: isy-karim }',
      '    title:',
      '      id: "Judul"',
      '      en: "Title"',
      '    label:',
      '      id: "Label"',
      '      en: "Label"',
      '    summary:',
      '      id: "Ringkasan."',
      '      en: "Summary."',
      '    citations:',
      '      - source: katadata-2024-03-14-rampung-sebelum-lebaran',
      '        quote: "kata-kata"',
      '        at: "paragraph 2"',
      '',
    ]);
    expect(text.split('\n')[line - 1]).toBe('  - id: baru');
    // Between the 14 March and 3 April milestones.
    expect(text.indexOf('- id: baru')).toBeGreaterThan(text.indexOf('- id: progres-87-persen'));
    expect(text.indexOf('- id: baru')).toBeLessThan(text.indexOf('- id: transisi-rampung'));
    expect(text).toContain('\nupdated: 2024-05-02\n');
  });

  it('never moves updated: back, and adds it after the summary where there is none', () => {
    const earlier = addMilestone(timelineText, milestone({}), '2024-04-01').text;
    expect(earlier).toContain('\nupdated: 2024-04-30\n');
    const other = readFileSync(`${fixture}/timelines/lanjutan.yaml`, 'utf8');
    const added = addMilestone(other, milestone({ date: '2026-01' }), '2026-02-03').text;
    const lines = added.split('\n');
    expect(lines[lines.indexOf('updated: 2026-02-03') - 1]).toBe('  en: "KPPU\'s fine."');
    expect(parseYaml(added).data).toMatchObject({ updated: '2026-02-03' });
  });

  it('goes first when it is the earliest, keeping the list’s blank lines', () => {
    const { text } = addMilestone(timelineText, milestone({ date: '2023-01' }), '2024-04-30');
    const lines = text.split('\n');
    expect(lines[lines.indexOf('milestones:') + 1]).toBe('  - id: baru');
    expect(lines[lines.indexOf('  - id: progres-87-persen') - 1]).toBe('');
    expect(addedLines(timelineText, text)).not.toBeNull();
  });

  it.each(hostile)('writes %j in every text so that it reads back exactly', (value) => {
    const { text } = addMilestone(
      timelineText,
      milestone({
        title: { id: value, en: value },
        label: { id: value, en: value },
        summary: { id: value, en: value },
        citations: [{ source: 'katadata-2024-03-14-rampung-sebelum-lebaran', quote: value, at: value }],
        note: { id: value, en: value },
      }),
      '2024-04-30',
    );
    const read = (data: unknown) =>
      (data as { milestones: Record<string, unknown>[] }).milestones.find((m) => m.id === 'baru')!;
    for (const data of [parseYaml(text).data, parseDocument(text, { version: '1.1' }).toJS()]) {
      const m = read(data);
      for (const field of ['title', 'label', 'summary', 'note']) expect(m[field]).toEqual({ id: value, en: value });
      expect(m.citations).toEqual([{ source: 'katadata-2024-03-14-rampung-sebelum-lebaran', quote: value, at: value }]);
    }
    expect(addedLines(timelineText, text)).not.toBeNull();
  });
});
