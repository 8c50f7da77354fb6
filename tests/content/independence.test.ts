// Tests of code never depend on the editorial content: only the content tests (this folder) read
// content/, and no other test names an article, timeline or milestone of content/ that no fixture
// defines, so that an editor who adds, renames or corrects one never fails a test of code.
// (Fixtures may share an id with content/: a test that names it reads the fixture.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { contentRoot } from '../../src/lib/content/paths';
import { filesUnder } from '../../src/lib/files';

/** Test code outside the content tests; the benchmarks measure the real timeline on purpose. */
const testFiles = filesUnder('tests').filter(
  (f) => /\.(ts|mts|mjs)$/.test(f) && !/^tests\/(content|bench|fixtures)\//.test(f),
);
const fixtureText = filesUnder('tests/fixtures')
  .filter((f) => /\.(mdx|ya?ml|json|ts)$/.test(f))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('tests of code', () => {
  it('find test files to look at', () => {
    expect(testFiles.length).toBeGreaterThan(50);
  });

  it('do not read content/ (they read a fixture or CONTENT_ROOT)', () => {
    const reads = /\b(loadContent|contentPaths|readFileSync|readdirSync|cpSync|existsSync|statSync|filesUnder)\(\s*['"`]content(\/|['"`])/;
    const offenders = testFiles.filter((f) => reads.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('name no article, timeline or milestone of content/ that no fixture defines', () => {
    const { content } = loadContent(contentRoot());
    const names = [
      ...content.articles.map((a) => ['article', a.slug]),
      ...content.timelines.flatMap((t) => [['timeline', t.id], ...t.milestones.map((m) => ['milestone', m.id])]),
    ].filter(([, name]) => !new RegExp(`(^|[^\\w-])${name}([^\\w-]|$)`).test(fixtureText));
    expect(names.length).toBeGreaterThan(0);
    const named = testFiles.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return names.filter(([, name]) => new RegExp(`(^|[^\\w-])${name}([^\\w-]|$)`).test(text)).map(([kind, name]) => `${f}: ${kind} ${name}`);
    });
    expect(named).toEqual([]);
  });
});
