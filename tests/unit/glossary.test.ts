import { describe, expect, it } from 'vitest';
import { sortedGlossary } from '../../src/lib/glossary';

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
