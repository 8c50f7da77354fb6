import { describe, expect, it } from 'vitest';
import { isCiting, isMdxComponent } from '../../../src/lib/mdx/components';

describe('component names', () => {
  it('knows the components and which of them cite', () => {
    expect(isMdxComponent('Cite')).toBe(true);
    expect(isMdxComponent('Cit')).toBe(false);
    expect(['Cite', 'Quote', 'Stat', 'Term', 'Timeline'].filter(isCiting)).toEqual(['Cite', 'Quote', 'Stat']);
  });
});
