import { cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { guessLanguage } from '../../src/lib/content/language';
import { loadContent } from '../../src/lib/content/load';
import { errorsIn, formatProblem } from '../../src/lib/content/problems';
import { contentRegistry } from '../../src/lib/content/registry';
import { parseYaml } from '../../src/lib/content/yaml';

const fixtures = 'tests/fixtures/content';
const errorLines = (root: string) => errorsIn(loadContent(root).problems).map(formatProblem);

// Each mistake is reported once, where it is, and never again as a consequence somewhere else.
describe('one error per mistake', () => {
  it('a wrong date in a timeline is one error, not one more per article that shows the timeline', () => {
    expect(errorLines(`${fixtures}/broken-timeline`)).toEqual([
      `${fixtures}/broken-timeline/timelines/t.yaml:5: milestones[0](m1).date: must be a real date written YYYY-MM-DD, or a month written YYYY-MM (for example 2024-04); found "2024-02-30"`,
    ]);
  });

  it('an empty sources.yaml is one error, and nothing that cites a source is reported', () => {
    expect(errorLines(`${fixtures}/empty-sources`)).toEqual([
      `${fixtures}/empty-sources/sources.yaml:1: (file): is empty: list at least one source, each starting with "- id:" (see "Adding a source" in content/README.en.md)`,
    ]);
  });

  it('one bad source is reported alone; the others stay known', () => {
    const root = mkdtempSync(join(tmpdir(), 'one-bad-source-'));
    try {
      cpSync(`${fixtures}/bad-components`, root, { recursive: true });
      writeFileSync(
        join(root, 'sources.yaml'),
        '- id: s1\n  publisher: P\n  title: T\n  url: https://example.org/1\n  published: 2024-03-04\n  language: en\n' +
          '- id: s2\n  publisher: P\n  title: T\n  url: https://example.org/2\n  published: 2024-02-30\n  language: en\n',
      );
      const errors = errorsIn(loadContent(root).problems);
      expect(errors.filter((p) => p.file.endsWith('sources.yaml')).map((p) => `${p.line}: ${p.field}`)).toEqual([
        '11: [1](s2).published',
      ]);
      // Articles citing s1 are fine; the one citing an id that exists nowhere is still reported.
      expect(errors.filter((p) => p.message.startsWith('unknown source id')).map((p) => p.message)).toEqual([
        'unknown source id "no-such-source": add it to content/sources.yaml or fix the id',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a component attribute written as code is not also reported as missing', () => {
    expect(errorLines(`${fixtures}/unsafe-mdx`).filter((l) => l.includes('attribute-expression'))).toHaveLength(1);
  });
});

describe('YAML mistakes, in words an editor can act on', () => {
  it.each([
    [
      'articles/en/apostrophe.mdx:2',
      `YAML: text in single quotes ends at the next ': write an apostrophe inside it twice ('TikTok''s move') or use double quotes ("TikTok's move")`,
    ],
    ['articles/en/colon.mdx:2', `YAML: text that contains ": " must be in quotes: title: 'Apa itu: aturan baru'`],
    [
      'glossary.yaml:2',
      'YAML: uses YAML aliases (*name) that cannot be expanded (too many, or to an unknown &anchor): write the values out instead',
    ],
    ['timelines/tabs.yaml:6', 'YAML: indent with spaces, not tabs'],
    ['articles/en/no-frontmatter.mdx:1', '(frontmatter): the file must start with frontmatter between two --- lines'],
  ])('%s', (where, message) => {
    expect(errorLines(`${fixtures}/yaml-errors`)).toContain(`${fixtures}/yaml-errors/${where}: ${message}`);
  });

  it('reports the first syntax error of a file only, and nothing caused by the unreadable glossary', () => {
    // 5 files with one mistake each; uses-term.mdx names a term of the unreadable glossary.
    expect(errorLines(`${fixtures}/yaml-errors`)).toHaveLength(5);
  });

  it('an alias bomb is refused without expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]']
      .concat('bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`))
      .join('\n');
    const parsed = parseYaml(bomb);
    expect(parsed.data).toBeUndefined();
    expect(parsed.errors).toEqual([{ line: 2, message: expect.stringMatching(/^uses YAML aliases/) }]);
  });

  it('a few aliases are still fine', () => {
    expect(parseYaml('a: &a [1, 2]\nb: *a\n').data).toEqual({ a: [1, 2], b: [1, 2] });
  });

  it('a type mistake reads as words: "must be a list", not "must be a array"', () => {
    const root = mkdtempSync(join(tmpdir(), 'not-a-list-'));
    try {
      writeFileSync(join(root, 'sources.yaml'), 'id: s1\npublisher: P\n');
      expect(errorLines(root)).toEqual([
        `${relative(process.cwd(), root)}/sources.yaml:1: (file): must be a list of sources, each starting with "- id:" (see "Adding a source" in content/README.en.md), not a set of fields`,
      ]);
      writeFileSync(
        join(root, 'sources.yaml'),
        '- id: s1\n  publisher: P\n  title: [T]\n  url: https://example.org/1\n  published: 2024-03-04\n  language: en\n',
      );
      expect(errorLines(root)).toEqual([
        `${relative(process.cwd(), root)}/sources.yaml:3: [0](s1).title: must be text, not a list (lines starting with "- ")`,
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('publishing rules (only for articles without draft: true)', () => {
  const root = `${fixtures}/publishing`;
  const en = (name: string) => `${root}/articles/en/${name}.mdx`;
  const errors = errorLines(root);

  it.each([
    [
      'placeholder-stub',
      [
        '2: title: is still the placeholder from npm run new ("Article title"): write your own, or keep draft: true',
        '3: description: is still the placeholder from npm run new ("One or two sentences on what the article covers, at most 160 characters."): write your own, or keep draft: true',
        '11: (text): still has the placeholder text from npm run new ("Opening paragraph: what reader…"): write the article, or keep draft: true',
      ],
    ],
    [
      'untranslated',
      [
        '4: lang: is "en" but the text reads as Indonesian (31 common Indonesian words, 0 English): translate it, or keep draft: true until it is',
      ],
    ],
    [
      'with-note',
      [
        '4: lang: is "en" but the text reads as Indonesian (31 common Indonesian words, 0 English): translate it, or keep draft: true until it is',
        '11: (text): the note from npm run new is still here: translate the text, then delete the note (or keep draft: true)',
      ],
    ],
    ['draft-untranslated', []],
  ])('%s', (name, lines) => {
    expect(errors.filter((l) => l.startsWith(`${en(name)}:`))).toEqual(lines.map((l) => `${en(name)}:${l}`));
  });

  it('drafts straight from npm run new, and the Indonesian original, pass', () => {
    expect(errors.filter((l) => l.includes('/articles/id/'))).toEqual([]);
    expect(errors).toHaveLength(6);
  });
});

describe('guessLanguage', () => {
  it.each([
    ['Aturan ini melarang media sosial untuk memfasilitasi transaksi pembayaran. '.repeat(12), 'id'],
    ['The rule bars social media from facilitating payment transactions in their systems. '.repeat(6), 'en'],
    ['Too short to tell: yang dan di.', undefined],
    // English with Indonesian names and a few Indonesian words is English.
    [
      'The Ministry of Trade (Kemendag) said that the Shop | Tokopedia migration was on track, and that sellers of TikTok Shop would move to the new system before the deadline. It is the second time the ministry has said so, and it was reported by Kompas and Antara as well as by the company.',
      'en',
    ],
  ])('%j → %s', (text, lang) => {
    expect(guessLanguage(text).lang).toBe(lang);
  });
});

describe('the content registry: one store, read again only when a file changes', () => {
  const root = mkdtempSync(join(tmpdir(), 'registry-'));
  cpSync(`${fixtures}/valid`, root, { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('hands out the same validated store until a file changes, then a new one', () => {
    const first = contentRegistry(root);
    expect(first.valid).toBe(true);
    expect(contentRegistry(root, { recheck: true })).toBe(first);
    const file = join(root, 'articles/en/example.mdx');
    writeFileSync(file, '---\ntitle: Example\n---\n\nBody.\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    const second = contentRegistry(root, { recheck: true });
    expect(second).not.toBe(first);
    expect(second.version).toBeGreaterThan(first.version);
    expect(second.valid).toBe(false);
  });

  it('is shared by every copy of the module in the process (Astro loads it more than once)', async () => {
    vi.resetModules();
    const again = await import('../../src/lib/content/registry');
    expect(again.contentRegistry).not.toBe(contentRegistry);
    expect(again.contentRegistry(root)).toBe(contentRegistry(root));
  });
});
