import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapWords } from '../../../src/lib/timeline/text';

describe('text', () => {
  it('estimates wider for longer and wider text', () => {
    expect(estimateTextWidth('mmmm', 12)).toBeGreaterThan(estimateTextWidth('iiii', 12));
    expect(estimateTextWidth('abc', 24)).toBeGreaterThan(estimateTextWidth('abc', 12));
  });
  it.each([
    ['Kemendag: migrasi sudah sesuai aturan', 130, 3],
    ['Kemendag: migrasi sudah sesuai aturan', 400, 1],
    ['short', 120, 1],
  ])('wraps %j at %dpx into %d lines, each within the width, losing no word', (text, width, count) => {
    const lines = wrapWords(text, width, 12);
    expect(lines).toHaveLength(count);
    for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(width);
    expect(lines.join(' ')).toBe(text);
  });
  it('keeps a word longer than the width on a line of its own', () => {
    expect(wrapWords('Supercalifragilistic word', 40, 12)).toEqual(['Supercalifragilistic', 'word']);
  });
});
