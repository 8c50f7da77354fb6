import { describe, expect, it } from 'vitest';
import { searchHit, type SearchFragment } from '../../src/lib/search/results';

const located = (...scores: number[]) => scores.map((s) => ({ weight: 1, balanced_score: s }));

const page: SearchFragment = {
  url: '/id/articles/contoh/',
  excerpt: 'page <mark>excerpt</mark>',
  meta: { title: 'Contoh' },
  sub_results: [
    { title: 'Contoh', url: '/id/articles/contoh/', excerpt: 'top <mark>a</mark>', weighted_locations: located(2) },
    {
      title: 'Bagian satu',
      url: '/id/articles/contoh/#bagian-satu',
      anchor: { id: 'bagian-satu' },
      excerpt: 'one <mark>b</mark>',
      weighted_locations: located(1, 1),
    },
    {
      title: 'Bagian dua',
      url: '/id/articles/contoh/#bagian-dua',
      anchor: { id: 'bagian-dua' },
      excerpt: 'two <mark>c</mark> <mark>c</mark>',
      weighted_locations: located(3, 4),
    },
  ],
};

describe('searchHit', () => {
  it('links to the section with the most weight of matches, named after its heading', () => {
    expect(searchHit(page)).toEqual({
      title: 'Contoh',
      section: 'Bagian dua',
      url: '/id/articles/contoh/#bagian-dua',
      excerpt: 'two <mark>c</mark> <mark>c</mark>',
    });
  });

  it('links to the page when the best match is above its first heading', () => {
    const top = { ...page, sub_results: page.sub_results!.slice(0, 2) };
    expect(searchHit(top)).toEqual({ title: 'Contoh', url: '/id/articles/contoh/', excerpt: 'top <mark>a</mark>' });
  });

  it('counts matches where Pagefind gives no weights, and keeps the first of equals', () => {
    const counted: SearchFragment = {
      ...page,
      sub_results: [
        { title: 'A', url: '/p/#a', anchor: { id: 'a' }, excerpt: 'a', locations: [1, 2] },
        { title: 'B', url: '/p/#b', anchor: { id: 'b' }, excerpt: 'b', locations: [5, 6] },
        { title: 'C', url: '/p/#c', anchor: { id: 'c' }, excerpt: 'c', locations: [9] },
      ],
    };
    expect(searchHit(counted)).toMatchObject({ section: 'A', url: '/p/#a' });
  });

  it('falls back to the page and its excerpt without sub-results or a title', () => {
    expect(searchHit({ url: '/en/glossary/', excerpt: 'x <mark>y</mark>', meta: {} })).toEqual({
      title: '/en/glossary/',
      url: '/en/glossary/',
      excerpt: 'x <mark>y</mark>',
    });
  });
});
