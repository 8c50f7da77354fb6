// One language first: an article, a milestone or a glossary entry marked `translation: pending`
// may lack the other language; it is listed as pending (not an error) and kept off the site until
// both languages exist; `npm run new -- --translate file#id` fills the other language to translate.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { asIfTranslated } from '../../src/lib/content/pending';
import { errorsIn, formatProblem } from '../../src/lib/content/problems';
import { fillTranslation } from '../../src/lib/content/translate-entry';

const root = 'tests/fixtures/content/pending';

describe('entries awaiting their translation', () => {
  const { content, problems } = loadContent(root);

  it('are listed as pending, not as errors, with the command that starts the translation', () => {
    expect(errorsIn(problems)).toEqual([]);
    expect(problems.map((p) => [p.severity, p.file.replace(`${root}/`, ''), p.line, p.field])).toEqual([
      ['pending', 'articles/id/menunggu.mdx', 8, 'translation'],
      ['pending', 'glossary.yaml', 5, '[1](fresh)'],
      ['pending', 'timelines/t.yaml', 14, 'milestones[1](fresh)'],
    ]);
    expect(formatProblem(problems[2]!)).toBe(
      `${root}/timelines/t.yaml:14: pending: milestones[1](fresh): awaits its English text (translation: pending): it is published in neither language until every text has it and the line translation: pending is removed (npm run new -- --translate ${root}/timelines/t.yaml#fresh copies the text to translate in)`,
    );
  });

  it('are published in neither language until both exist', () => {
    expect(content.glossary.map((g) => g.id)).toEqual(['ready']);
    expect(content.timelines[0]!.milestones.map((m) => m.id)).toEqual(['ready']);
    const awaiting = content.articles.filter((a) => a.awaiting).map((a) => a.slug);
    expect(awaiting).toEqual(['menunggu']);
    // Marked pending, but its translation exists: published with it.
    expect(content.articles.find((a) => a.slug === 'berpasangan')?.awaiting).toBeUndefined();
  });
});

describe('asIfTranslated', () => {
  it('fills each text that lacks a language with the other’s words, and says which language is missing', () => {
    expect(asIfTranslated({ title: { id: 'Judul' }, label: { en: 'Label' }, n: 3, list: [{ id: 'x' }] })).toEqual({
      data: {
        title: { id: 'Judul', en: 'Judul' },
        label: { en: 'Label', id: 'Label' },
        n: 3,
        list: [{ id: 'x', en: 'x' }],
      },
      missing: ['en', 'id'],
    });
  });
});

describe('npm run new -- --translate file#id', () => {
  it('fills the other language in place, keeps comments, quotes and order, and writes nothing else', () => {
    const source = readFileSync(`${root}/timelines/t.yaml`, 'utf8');
    const result = fillTranslation(`# kept\n${source}`, 'fresh');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.filled).toEqual([
      { path: 'title', lang: 'en' },
      { path: 'label', lang: 'en' },
      { path: 'summary', lang: 'en' },
    ]);
    expect(result.text.startsWith('# kept\n')).toBe(true);
    expect(result.text).toContain('title: { id: Peristiwa baru, en: Peristiwa baru }');
    // Everything but the filled lines is as it was.
    const changed = result.text.split('\n').filter((line) => !`# kept\n${source}`.split('\n').includes(line));
    expect(changed).toEqual([
      '    title: { id: Peristiwa baru, en: Peristiwa baru }',
      '    label: { id: Baru, en: Baru }',
      '    summary: { id: Ringkasan yang baru ditulis., en: Ringkasan yang baru ditulis. }',
    ]);
  });

  it('refuses what it cannot do, naming why', () => {
    const source = readFileSync(`${root}/timelines/t.yaml`, 'utf8');
    expect(fillTranslation(source, 'ready')).toEqual({
      ok: false,
      error: '"ready" has both languages already: nothing to fill in',
    });
    expect(fillTranslation(source, 'nope')).toEqual({
      ok: false,
      error: 'no entry or milestone with id "nope" in this file',
    });
  });

  it('the command on a scratch copy: the entry is then complete, still pending until the line goes', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'pending-'));
    try {
      cpSync(root, scratch, { recursive: true });
      const run = spawnSync('npx', ['tsx', 'src/cli/new-article.ts', '--translate', `${scratch}/glossary.yaml#fresh`], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/"fresh" has its en texts \(term, short\) filled with the words to translate/);
      const pending = loadContent(scratch).problems.find((p) => p.field === '[1](fresh)');
      expect(pending?.message).toMatch(/^has both languages but is still marked translation: pending/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);
});
