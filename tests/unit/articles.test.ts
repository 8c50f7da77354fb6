import { describe, expect, it } from 'vitest';
import {
  isVisible,
  lastUpdated,
  neighbours,
  newestFirst,
  slugOf,
  translationOf,
  type ArticleRef,
} from '../../src/lib/articles';
import type { ArticleData } from '../../src/lib/content/schema';
import { tocTree } from '../../src/lib/toc';

function article(id: string, over: Partial<ArticleData> = {}): ArticleRef {
  const lang = id.startsWith('en/') ? 'en' : 'id';
  return {
    id,
    data: {
      title: id,
      description: '',
      lang,
      translationKey: 'k',
      published: '2024-01-01',
      authors: ['a'],
      tags: [],
      draft: false,
      ...over,
    },
  };
}

describe('articles', () => {
  it('slugOf drops the language folder', () => {
    expect(slugOf({ id: 'en/what-is-it' })).toBe('what-is-it');
  });

  it.each([
    [false, false, true],
    [true, false, true],
    [false, true, true],
    [true, true, false],
  ])('draft=%s production=%s → visible=%s', (draft, production, visible) => {
    expect(isVisible({ draft }, production)).toBe(visible);
  });

  it('sorts newest first, then by title', () => {
    const sorted = newestFirst([
      article('id/b', { published: '2024-01-01', title: 'B' }),
      article('id/c', { published: '2024-03-01', title: 'C' }),
      article('id/a', { published: '2024-01-01', title: 'A' }),
    ]);
    expect(sorted.map((a) => a.id)).toEqual(['id/c', 'id/a', 'id/b']);
  });

  it('neighbours: the articles published just before and after, none past either end', () => {
    const list = [
      article('id/c', { published: '2024-03-01' }),
      article('id/a', { published: '2024-01-01' }),
      article('id/b', { published: '2024-02-01' }),
    ];
    const ids = (n: ReturnType<typeof neighbours>) => [n.previous?.id, n.next?.id];
    expect(ids(neighbours(list, 'id/b'))).toEqual(['id/a', 'id/c']);
    expect(ids(neighbours(list, 'id/a'))).toEqual([undefined, 'id/b']);
    expect(ids(neighbours(list, 'id/c'))).toEqual(['id/b', undefined]);
    expect(neighbours(list, 'id/missing')).toEqual({});
  });

  it.each([
    [{ published: '2024-01-01' }, undefined],
    [{ published: '2024-01-01', updated: '2024-02-01' }, '2024-02-01'],
    [{ published: '2024-01-01', updated: '2024-02-01', updates: [{ date: '2024-03-05', note: 'x' }] }, '2024-03-05'],
    [{ published: '2024-01-01', updated: '2024-01-01' }, undefined],
  ])('lastUpdated(%j) → %s', (data, expected) => {
    expect(lastUpdated(data)).toBe(expected);
  });

  it('finds the translation by key and language', () => {
    const all = [
      article('id/a', { translationKey: 'x' }),
      article('en/b', { translationKey: 'x', lang: 'en' }),
      article('en/c', { translationKey: 'y', lang: 'en' }),
    ];
    expect(translationOf(all[0]!, 'en', all)?.id).toBe('en/b');
    expect(translationOf(all[2]!, 'id', all)).toBeUndefined();
  });

  it('builds a two-level table of contents', () => {
    const tree = tocTree([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(tree).toEqual([
      { depth: 2, slug: 'a', text: 'A', children: [{ depth: 3, slug: 'a1', text: 'A1' }] },
      { depth: 2, slug: 'b', text: 'B', children: [] },
    ]);
  });
});
