import { describe, expect, it } from 'vitest';
import type { ArticleData, Source } from '../../src/lib/content/schema';
import { sortedGlossary } from '../../src/lib/glossary';
import { citationAnchors, numberCitations } from '../../src/lib/mdx/citations';
import { isCiting, isMdxComponent } from '../../src/lib/mdx/components';
import { numberProp, pageLangOf } from '../../src/lib/mdx/page-lang';
import { countWords, readingMinutes } from '../../src/lib/mdx/reading-time';
import { headingLevelAfter } from '../../src/lib/mdx/remark-article';
import { sourceListItems } from '../../src/lib/sources-list';
import { articleStructuredData } from '../../src/lib/structured-data';

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

describe('reading time', () => {
  it.each([
    ['', 0],
    ['Satu dua tiga.', 3],
    ['  87% — selesai  ', 2],
    ['word\nword\tword', 3],
  ])('countWords(%j) = %i', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
  it.each([
    [0, 1],
    [1, 1],
    [200, 1],
    [201, 2],
    [1000, 5],
  ])('%i words → %i min', (words, minutes) => {
    expect(readingMinutes(Array(words).fill('kata').join(' '))).toBe(minutes);
  });
});

describe('headingLevelAfter', () => {
  it.each([
    [1, 2],
    [2, 3],
    [3, 4],
    [4, 4],
    [6, 4],
  ])('after an h%i the timeline uses h%i', (depth, level) => {
    expect(headingLevelAfter(depth)).toBe(level);
  });
});

describe('component names and props', () => {
  it('knows the components and which of them cite', () => {
    expect(isMdxComponent('Cite')).toBe(true);
    expect(isMdxComponent('Cit')).toBe(false);
    expect(['Cite', 'Quote', 'Stat', 'Term', 'Timeline'].filter(isCiting)).toEqual(['Cite', 'Quote', 'Stat']);
  });
  it('pageLangOf takes the first site language', () => {
    expect(pageLangOf(undefined, 'en')).toBe('en');
    expect(pageLangOf('fr', 'id', 'en')).toBe('id');
    expect(pageLangOf(undefined, undefined)).toBe('id');
  });
  it('numberProp reads MDX string attributes', () => {
    expect(numberProp('3')).toBe(3);
    expect(numberProp(4)).toBe(4);
    expect(numberProp('x')).toBeUndefined();
    expect(numberProp(undefined)).toBeUndefined();
  });
});

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

describe('sortedGlossary', () => {
  const entries = [
    { id: 'positive-list', term: { id: 'Daftar positif', en: 'Positive list' } },
    { id: 'back-end', term: { id: 'Back end', en: 'Back end' } },
    { id: 'cross-border', term: { id: 'Lintas negara', en: 'cross-border' } },
  ];
  it('sorts by the term in the page language, ignoring case', () => {
    expect(sortedGlossary(entries, 'id').map((e) => e.id)).toEqual(['back-end', 'positive-list', 'cross-border']);
    expect(sortedGlossary(entries, 'en').map((e) => e.id)).toEqual(['back-end', 'cross-border', 'positive-list']);
  });
});

describe('articleStructuredData', () => {
  const data: ArticleData = {
    title: 'Judul',
    description: 'Ringkas.',
    lang: 'id',
    translationKey: 'k',
    published: '2024-03-04',
    updates: [
      { date: '2024-04-26', note: 'a' },
      { date: '2025-09-30', note: 'b' },
    ],
    authors: ['Tim Penjelas'],
    tags: ['regulasi'],
    draft: false,
  };
  it('is a NewsArticle whose dateModified is the last update', () => {
    const json = articleStructuredData({ data, url: 'https://x.test/id/articles/a/', siteName: 'Situs' });
    expect(json).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Judul',
      inLanguage: 'id',
      datePublished: '2024-03-04',
      dateModified: '2025-09-30',
      author: [{ '@type': 'Person', name: 'Tim Penjelas' }],
    });
    expect(json).not.toHaveProperty('citation');
  });
  it('without updates, dateModified is the publication date', () => {
    const { updates: _, ...plain } = data;
    expect(articleStructuredData({ data: plain, url: 'u', siteName: 's' }).dateModified).toBe('2024-03-04');
  });
  it('lists cited addresses', () => {
    const json = articleStructuredData({ data, url: 'u', siteName: 's', citations: ['https://a.test/'] });
    expect(json.citation).toEqual(['https://a.test/']);
  });
});
