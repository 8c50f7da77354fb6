import { describe, expect, it } from 'vitest';
import { whatsNew } from '../../src/lib/whats-new';

const article = (title: string, published: string, updates: [string, string][] = []) => ({
  title,
  path: `/en/articles/${title}/`,
  published,
  updates: updates.map(([date, note]) => ({ date, note })),
});

describe('whatsNew', () => {
  it('lists the articles published and updated on the last day anything changed', () => {
    const news = whatsNew([
      article('old', '2024-01-01', [
        ['2024-02-01', 'First fix.'],
        ['2024-05-01', 'Added a section.'],
        ['2024-05-01', 'Corrected a date.'],
      ]),
      article('new', '2024-05-01'),
      article('quiet', '2024-03-01', [['2024-04-01', 'Older.']]),
    ]);
    expect(news).toEqual({
      date: '2024-05-01',
      added: [{ title: 'new', path: '/en/articles/new/' }],
      updated: [{ title: 'old', path: '/en/articles/old/', note: 'Added a section. Corrected a date.' }],
    });
  });
  it('counts a new article once, not also as updated, and says nothing without articles', () => {
    expect(whatsNew([article('a', '2024-05-01', [['2024-05-01', 'Typo.']])]).updated).toEqual([]);
    expect(whatsNew([])).toEqual({ date: undefined, added: [], updated: [] });
  });
});
