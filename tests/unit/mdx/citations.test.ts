import { describe, expect, it } from 'vitest';
import { articleCitations, citationAnchors, numberCitations } from '../../../src/lib/mdx/citations';

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

describe('articleCitations', () => {
  it('numbers an article’s citing components once: each use with its evidence and anchor, each source with all of them', () => {
    const { uses, sources } = articleCitations([
      { name: 'Cite', attrs: { id: 'a', quote: 'satu', at: 'paragraph 1' } },
      { name: 'Term', attrs: { id: 'x' } },
      { name: 'Stat', attrs: { source: 'b', value: '87%', quote: 'dua' } },
      { name: 'Quote', attrs: { source: 'a', by: 'Someone' } },
    ]);
    expect(uses).toEqual([
      { source: 'a', n: 1, k: 1, quote: 'satu', at: 'paragraph 1', anchor: 'cite-1-1' },
      { source: 'b', n: 2, k: 1, quote: 'dua', anchor: 'cite-2-1' },
      { source: 'a', n: 1, k: 2, anchor: 'cite-1-2' },
    ]);
    expect(sources).toEqual([
      { id: 'a', uses: 2, evidence: [{ quote: 'satu', at: 'paragraph 1' }, {}] },
      { id: 'b', uses: 1, evidence: [{ quote: 'dua' }] },
    ]);
  });
});
