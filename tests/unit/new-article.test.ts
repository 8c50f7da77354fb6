import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { formatProblem } from '../../src/lib/content/problems';
import { parseYaml, splitFrontmatter } from '../../src/lib/content/yaml';
import { articleFile, devUrl, planNewArticle, planTranslation, type PlannedFile } from '../../src/lib/new-article';

const never = () => false;
const files = (plan: ReturnType<typeof planNewArticle>): PlannedFile[] => {
  if (!plan.ok) throw new Error(plan.error);
  return plan.files;
};

describe('planNewArticle', () => {
  it('plans a draft with the slug as translation key, and its translation stub when asked', () => {
    const [id, en] = files(
      planNewArticle({ root: 'c', today: '2024-05-01', lang: 'id', slug: 'baru', translation: 'new', exists: never }),
    );
    expect(id?.path).toBe('c/articles/id/baru.mdx');
    expect(en?.path).toBe('c/articles/en/new.mdx');
    expect(id?.content).toMatch(/^---\ntitle: 'Judul artikel'\n/);
    for (const f of [id, en]) {
      expect(f?.content).toContain('\ntranslationKey: baru\n');
      expect(f?.content).toContain('\npublished: 2024-05-01\n');
      expect(f?.content).toContain('\ndraft: true\n');
    }
    expect(en?.content).toContain('\nlang: en\n');
    expect(devUrl(en!)).toBe('http://localhost:4321/en/articles/new/');
  });

  it('quotes a title safely', () => {
    const [f] = files(
      planNewArticle({ root: 'c', today: '2024-05-01', lang: 'en', slug: 'x', title: "TikTok's move", exists: never }),
    );
    expect(f?.content).toContain("title: 'TikTok''s move'");
  });

  it.each([
    [{ lang: 'fr', slug: 'x' }, /--lang must be id or en/],
    [{ lang: 'id', slug: 'Not A Slug' }, /--slug becomes the URL/],
    [{ lang: 'id' }, /--slug becomes the URL/],
    [{ lang: 'id', slug: 'x', translation: 'Y_' }, /--translation/],
    [
      { lang: 'id', slug: 'a'.repeat(300) },
      /--slug becomes the URL and the file name: at most 80 characters; found 300/,
    ],
    [{ lang: 'id', slug: 'x', translation: 'b'.repeat(81) }, /--translation .*at most 80 characters; found 81/],
  ])('refuses %j', (args, message) => {
    const plan = planNewArticle({ root: 'c', today: '2024-05-01', exists: never, ...args });
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.error).toMatch(message);
  });

  it('refuses to overwrite, writing nothing', () => {
    const plan = planNewArticle({
      root: 'c',
      today: '2024-05-01',
      lang: 'id',
      slug: 'a',
      translation: 'b',
      exists: (p) => p === 'c/articles/en/b.mdx',
    });
    expect(plan).toEqual({ ok: false, error: expect.stringMatching(/^c\/articles\/en\/b\.mdx already exists/) });
  });
});

describe('planTranslation', () => {
  const source = {
    path: 'c/articles/en/story.mdx',
    lang: 'en' as const,
    slug: 'story',
    body: '\nText. <Cite id="s1" />\n',
    data: {
      title: 'Story',
      description: 'About it.',
      lang: 'en' as const,
      translationKey: 'story-key',
      published: '2024-01-01',
      authors: ['Team'],
      tags: ['t'],
      draft: false,
    },
  };
  it('copies the text to translate under the same key, as a draft in the other language', () => {
    const plan = planTranslation({ root: 'c', today: '2024-05-01', source, exists: never });
    const [f] = files(plan);
    expect(f?.path).toBe('c/articles/id/story.mdx');
    expect(f?.content).toContain('\nlang: id\ntranslationKey: story-key\n');
    expect(f?.content).toContain('draft: true');
    expect(f?.content).toContain('Terjemahkan teks di bawah ini dari c/articles/en/story.mdx');
    expect(f?.content).toContain('Text. <Cite id="s1" />');
  });
  it('takes another slug', () => {
    const [f] = files(planTranslation({ root: 'c', today: 'x', source, slug: 'cerita', exists: never }));
    expect(f?.path).toBe('c/articles/id/cerita.mdx');
  });
  it('refuses when the translation exists', () => {
    const plan = planTranslation({
      root: 'c',
      today: 'x',
      source,
      translated: 'c/articles/id/cerita.mdx',
      exists: never,
    });
    expect(!plan.ok && plan.error).toBe(
      '"story-key" is already translated: c/articles/id/cerita.mdx (edit that file; nothing was written)',
    );
  });
});

describe('npm run new', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'src/cli/new-article.ts', '--root', root, ...args], { encoding: 'utf8', timeout: 60_000 });

  it('writes valid drafts, prints paths and preview URLs, and never overwrites', () => {
    root = mkdtempSync(join(tmpdir(), 'new-article-'));
    cpSync('tests/fixtures/content/valid/sources.yaml', join(root, 'sources.yaml'));
    const first = run('--lang', 'id', '--slug', 'artikel-baru', '--translation', 'new-article');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(`created ${root}/articles/id/artikel-baru.mdx`);
    expect(first.stdout).toContain('http://localhost:4321/en/articles/new-article/');
    const { problems } = loadContent(root);
    expect(problems.map(formatProblem)).toEqual([]);

    writeFileSync(join(root, 'articles/id/artikel-baru.mdx'), 'mine');
    const again = run('--lang', 'id', '--slug', 'artikel-baru');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists: nothing was written/);
    expect(readFileSync(join(root, 'articles/id/artikel-baru.mdx'), 'utf8')).toBe('mine');
  }, 60_000);

  it('a slug too long for a file name: a message, not ENAMETOOLONG', () => {
    root = mkdtempSync(join(tmpdir(), 'new-article-'));
    const result = run('--lang', 'id', '--slug', 'a'.repeat(300));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/at most 80 characters; found 300/);
    expect(result.stderr).not.toMatch(/ENAMETOOLONG|at .*\.ts:\d+/);
  }, 60_000);

  it('--translate starts the missing translation that check:content warns about', () => {
    root = mkdtempSync(join(tmpdir(), 'new-article-'));
    cpSync('tests/fixtures/content/missing-translation', root, { recursive: true });
    const warning = loadContent(root).problems[0]!;
    const command = /npm run new -- --translate (\S+)\)/.exec(warning.message)?.[1];
    expect(resolve(command!)).toBe(join(root, 'articles/en/only-english.mdx'));
    const result = run('--translate', command!);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(root, 'articles/id/only-english.mdx'))).toBe(true);
    expect(loadContent(root).problems.map(formatProblem)).toEqual([]);
  }, 60_000);
});

describe('articleFile', () => {
  it.each([
    ["TikTok's move"],
    ['Apa itu: aturan baru # bukan komentar'],
    ['"double" and \'single\' quotes, \\ backslash'],
    ['two\nlines'],
    ['- looks like a list'],
    ['true'],
    ['2024-05-01'],
    ['[not, a, list]'],
    ['---'],
  ])('writes frontmatter that reads back as written: %j', (title) => {
    const fields = {
      lang: 'en' as const,
      translationKey: 'k',
      published: '2024-05-01',
      title,
      description: title,
      authors: [title, 'Team'],
      tags: [title],
    };
    const parts = splitFrontmatter(articleFile(fields));
    const parsed = parseYaml(parts!.yaml);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual({ ...fields, draft: true });
  });
});
