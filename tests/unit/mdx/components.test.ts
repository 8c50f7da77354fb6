import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureExtensions, isCiting, isMdxComponent } from '../../../src/lib/mdx/components';

describe('component names', () => {
  it('knows the components and which of them cite', () => {
    expect(isMdxComponent('Cite')).toBe(true);
    expect(isMdxComponent('Cit')).toBe(false);
    expect(['Cite', 'Quote', 'Stat', 'Term', 'Timeline'].filter(isCiting)).toEqual(['Cite', 'Quote', 'Stat']);
  });
});

describe('<Figure> images', () => {
  // import.meta.glob takes only a literal, so Figure.astro spells the extensions out: they are the
  // ones the content check accepts (figureExtensions), no more and no fewer.
  it('are looked up by the extensions the check accepts', () => {
    const figure = readFileSync('src/components/mdx/Figure.astro', 'utf8');
    const glob = /import\.meta\.glob[^(]*\('[^']*\*\.\{([^}]+)\}'\)/.exec(figure);
    expect(glob?.[1]?.split(',').sort()).toEqual([...figureExtensions].sort());
  });
});
