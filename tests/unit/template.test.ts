import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/template';

describe('fillTemplate', () => {
  it.each([
    ['{query}: {count} results', { query: 'tiktok', count: 3 }, 'tiktok: 3 results'],
    ['{a} and {a} again', { a: 'x' }, 'x and x again'],
    ['{known} {unknown}', { known: 'k' }, 'k {unknown}'],
    ['{toString} {constructor}', {}, '{toString} {constructor}'],
    // Replacement patterns in a value are text, not instructions.
    ['[{q}]', { q: "$& $1 $` $'" }, "[$& $1 $` $']"],
    // A value that looks like a placeholder is not filled again.
    ['{a}{b}', { a: '{b}', b: 'B' }, '{b}B'],
    ['{q}', { q: '<script>' }, '<script>'],
  ])('%j with %j is %j', (template, values, expected) => {
    expect(fillTemplate(template, values)).toBe(expected);
  });
});
