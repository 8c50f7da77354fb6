import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/lib/mdx/reading-time';

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
