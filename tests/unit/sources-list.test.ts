import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/lib/content/schema';
import { sourceListItems } from '../../src/lib/sources-list';

const source = (id: string): Source => ({
  id,
  publisher: 'P',
  title: `T ${id}`,
  url: `https://example.org/${id}`,
  published: '2024-03',
  language: 'id',
});

describe('sourceListItems', () => {
  const registry = new Map([
    ['a', source('a')],
    ['b', source('b')],
  ]);
  it('joins the cited ids with the registry, numbered in order, each use with its anchor and evidence', () => {
    const items = sourceListItems(
      [
        { id: 'b', uses: 2, evidence: [{}, { quote: 'kata', at: 'paragraph 3' }] },
        { id: 'a', uses: 1 },
      ],
      registry,
      'id',
    );
    expect(items.map((i) => [i.n, i.citation.source, i.uses])).toEqual([
      [1, 'b', [{ anchor: 'cite-1-1' }, { anchor: 'cite-1-2', quote: 'kata', at: 'paragraf 3' }]],
      [2, 'a', [{ anchor: 'cite-2-1' }]],
    ]);
    expect(items[0]!.citation.quotes).toEqual([]);
  });
  it('refuses an unknown id', () => {
    expect(() => sourceListItems([{ id: 'nope', uses: 1 }], registry, 'en')).toThrow(/unknown source id "nope"/);
  });
});
