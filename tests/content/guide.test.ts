import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { useMessageLocale } from '../../src/i18n/messages';
import { loadContent } from '../../src/lib/content/load';
import { formatProblem } from '../../src/lib/content/problems';

// The editors' guide, one per language (content/README.md in Bahasa Indonesia, content/README.en.md
// in English), lists every message an editor can see, with its fix, in the section on mistakes.
// This holds each guide to the real messages in its language, both ways: each line it shows is
// exactly what the check prints for a fixture (with the fixture's folder shown as content/), and each
// error message the fixtures produce is in the guide.
const fixtures = 'tests/fixtures/content';
const guides: [Locale, string, string][] = [
  ['id', 'content/README.md', '## Bila ada yang salah'],
  ['en', 'content/README.en.md', '## When something goes wrong'],
];

afterAll(() => useMessageLocale(undefined));

describe.each(guides)('the guide in %s (%s), section "%s"', (lang, file, heading) => {
  const guide = readFileSync(file, 'utf8');
  const section = guide.slice(guide.indexOf(heading));
  const shown = [...section.matchAll(/```text\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.trim().split('\n'));
  useMessageLocale(lang);
  const real = readdirSync(fixtures).flatMap((name) =>
    loadContent(`${fixtures}/${name}`).problems.map((p) => ({
      severity: p.severity,
      message: p.message.replaceAll(`${fixtures}/${name}`, 'content'),
      line: formatProblem(p).replaceAll(`${fixtures}/${name}`, 'content'),
    })),
  );
  useMessageLocale(undefined);

  it('has the section', () => {
    expect(guide.indexOf(heading)).toBeGreaterThan(0);
  });

  it('shows real lines', () => {
    expect(shown.length).toBeGreaterThan(40);
    const lines = new Set(real.map((r) => r.line));
    expect(shown.filter((line) => !lines.has(line))).toEqual([]);
  });

  it('shows every error message the fixtures produce', () => {
    const missing = real.filter((r) => r.severity === 'error' && !shown.some((line) => line.endsWith(r.message)));
    expect(missing.map((r) => r.line)).toEqual([]);
  });
});

describe('the two guides', () => {
  it('are equal in content: the same sections, the same examples, in the same order', () => {
    const [id, en] = guides.map(([, file]) => readFileSync(file, 'utf8'));
    const outline = (text: string) => ({
      headings: [...text.matchAll(/^(#{2,4}) /gm)].map((m) => m[1]),
      blocks: [...text.matchAll(/^```(\w*)$/gm)].map((m) => m[1]),
      tables: [...text.matchAll(/^\|/gm)].length,
    });
    expect(outline(id!)).toEqual(outline(en!));
  });
});
