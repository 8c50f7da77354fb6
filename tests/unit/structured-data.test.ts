import { describe, expect, it } from 'vitest';
import type { ArticleData } from '../../src/lib/content/schema';
import { articleStructuredData } from '../../src/lib/structured-data';

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
