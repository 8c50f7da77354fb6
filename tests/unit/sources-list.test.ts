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
  it('joins the cited ids with the registry, numbered in order', () => {
    const items = sourceListItems(
      [
        { id: 'b', uses: 2 },
        { id: 'a', uses: 1 },
      ],
      registry,
    );
    expect(items.map((i) => [i.n, i.source.id, i.uses])).toEqual([
      [1, 'b', 2],
      [2, 'a', 1],
    ]);
  });
  it('refuses an unknown id', () => {
    expect(() => sourceListItems([{ id: 'nope', uses: 1 }], registry)).toThrow(/unknown source id "nope"/);
  });
});
