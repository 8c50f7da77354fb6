import { describe, expect, it } from 'vitest';
import { headingLevelAfter } from '../../../src/lib/mdx/remark-article';

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
