import { describe, expect, it } from 'vitest';
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

  // Reading all content parses and compiles every article as MDX: seconds, more on a busy machine.
  it('the real content is valid', () => {
    const real = loadContent('content');
    expect(real.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  }, 60_000);
});
