import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_MAX, BODY_MAX } from '../../src/lib/content/article-body';
import { loadContent } from '../../src/lib/content/load';
import { formatProblem } from '../../src/lib/content/problems';

const bad = 'tests/fixtures/content/bad-articles';
const dir = `${bad}/articles`;

describe('article frontmatter validation', () => {
  const { problems, content } = loadContent(bad);
  const errors = problems.filter((p) => p.severity === 'error');

  it.each([
    [`${dir}/en/missing-title.mdx`, 'title', 2, /is required/],
    [`${dir}/id/wrong-lang.mdx`, 'lang', 4, /is "en" but the file is in content\/articles\/id\//],
    [`${dir}/en/long-description.mdx`, 'description', 3, /is 16\d characters long; must be at most 160/],
    [`${dir}/en/bad-date.mdx`, 'published', 6, /must be a real date .*found "2024-02-30"/],
    [`${dir}/en/unknown-field.mdx`, 'autor', 8, /is not a known field/],
  ])('%s: %s (line %i)', (file, field, line, message) => {
    const problem = errors.find((p) => p.file === file && p.field === field);
    expect(
      problem,
      `expected a problem for ${field} in ${file}; got:\n${errors.map(formatProblem).join('\n')}`,
    ).toBeDefined();
    expect(problem?.line).toBe(line);
    expect(problem?.message).toMatch(message);
    expect(formatProblem(problem!)).toMatch(new RegExp(`^${file}:${line}: ${field}: `));
  });

  it('reports nothing else and publishes none of the bad files', () => {
    expect(errors).toHaveLength(5);
    expect(content.articles).toEqual([]);
  });

  it('accepts a valid pair and finds no problem', () => {
    const valid = loadContent('tests/fixtures/content/valid');
    expect(valid.problems).toEqual([]);
    expect(valid.content.articles.map((a) => `${a.lang}/${a.slug}`)).toEqual(['en/example', 'id/contoh']);
  });
});

describe('files that are not what their names say', () => {
  it('a folder named like an article or a timeline, and an article outside a language folder, are named, not crashes', () => {
    const root = 'tests/fixtures/content/odd-files';
    expect(loadContent(root).problems.map(formatProblem)).toEqual([
      `${root}/articles/en/folder.mdx:1: (folder): is a folder, not an article: rename it (only article files end in .mdx)`,
      `${root}/articles/stray.mdx:1: (file): articles live in content/articles/<lang>/ where lang is id or en: move this file there`,
      `${root}/timelines/folder.yaml:1: (folder): is a folder, not a timeline file: rename it (a timeline is one <id>.yaml file)`,
    ]);
  });
});

describe('articles and paragraphs too long for readers and for the build', () => {
  const frontmatter = [
    '---',
    'title: Long',
    'description: Long.',
    'lang: en',
    'translationKey: long',
    'published: 2024-03-04',
    'authors: [Team]',
    '---',
    '',
  ].join('\n');
  const site = (body: string) => {
    const root = mkdtempSync(join(tmpdir(), 'long-article-'));
    cpSync('tests/fixtures/content/with-draft/sources.yaml', join(root, 'sources.yaml'));
    mkdirSync(join(root, 'articles/en'), { recursive: true });
    writeFileSync(join(root, 'articles/en/long.mdx'), frontmatter + body);
    return root;
  };
  const errorsOf = (root: string) =>
    loadContent(root)
      .problems.filter((p) => p.severity === 'error')
      .map(formatProblem);

  const shown = (root: string) => relative(process.cwd(), join(root, 'articles/en/long.mdx'));

  it('a paragraph of 540,000 characters (it overflowed the build’s stack): one error naming the file and its line', () => {
    const root = site(`A first paragraph.\n\n${'the rule and the shop '.repeat(24_600)}\n`);
    try {
      expect(errorsOf(root)).toEqual([
        `${shown(root)}:9: text: is 541,221 characters long; the most an article may have is ${BODY_MAX.toLocaleString('en')}: split it into two articles`,
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('one paragraph over the limit in an article of a fair length: its line and the limit', () => {
    const root = site(`A first paragraph.\n\n${'the rule and the shop '.repeat(1_000)}\n`);
    try {
      expect(errorsOf(root)).toEqual([
        `${shown(root)}:11: paragraph: is 22,000 characters long; the most is ${BLOCK_MAX.toLocaleString('en')}: split it into paragraphs readers can take in`,
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
