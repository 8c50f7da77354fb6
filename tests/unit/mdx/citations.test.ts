import { describe, expect, it } from 'vitest';
import { citationAnchors, numberCitations } from '../../../src/lib/mdx/citations';

describe('numberCitations', () => {
  it('numbers sources by first citation; a repeated source keeps its number', () => {
    const { uses, sources } = numberCitations(['b', 'a', 'b', 'c', 'a', 'b']);
    expect(uses.map((u) => u.n)).toEqual([1, 2, 1, 3, 2, 1]);
    expect(uses.map((u) => u.k)).toEqual([1, 1, 2, 1, 2, 3]);
    expect(sources).toEqual([
      { id: 'b', uses: 3 },
      { id: 'a', uses: 2 },
      { id: 'c', uses: 1 },
    ]);
  });
  it('an article without citations has an empty list', () => {
    expect(numberCitations([])).toEqual({ uses: [], sources: [] });
  });
  it('anchors tie markers and list entries together', () => {
    expect(citationAnchors.source(3)).toBe('source-3');
    expect(citationAnchors.use(3, 2)).toBe('cite-3-2');
  });
});
