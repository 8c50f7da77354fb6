// The editorial content as the build reads it: a content test (the `content` project), the only
// kind that reads content/. It holds what `npm run check:content` holds, so that `npm test` fails on
// an invalid article, source or timeline with the check's own lines (file:line: field: message).
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { contentRoot } from '../../src/lib/content/paths';
import { formatProblem } from '../../src/lib/content/problems';

describe(`${contentRoot()}/`, () => {
  // Reading all content parses and compiles every article as MDX: seconds, more on a busy machine.
  const { problems, content } = loadContent(contentRoot());

  it('has no errors, as npm run check:content finds', () => {
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('publishes something in both languages: articles and at least one timeline', () => {
    for (const lang of ['id', 'en'])
      expect(content.articles.filter((a) => a.lang === lang && !a.data.draft).length).toBeGreaterThan(0);
    expect(content.timelines.length).toBeGreaterThan(0);
  });
});
