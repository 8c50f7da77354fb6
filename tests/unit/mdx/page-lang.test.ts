import { describe, expect, it } from 'vitest';
import { numberProp, pageLangOf } from '../../../src/lib/mdx/page-lang';

describe('page-lang', () => {
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
