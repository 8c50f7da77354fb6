// Astro writes every attribute escaped, URLs with `&` included (src/integrations/attribute-escaping.ts):
// a value the content schema would refuse still cannot end its attribute. Rendered through the
// Container API, which runs the same Vite plugins as the build.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import SourceCitation from '../../src/components/SourceCitation.astro';
import { escapeEveryAttribute } from '../../src/integrations/attribute-escaping';
import type { CitationView } from '../../src/lib/citations';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
const elements = (node: Node): Element[] => {
  const children = 'childNodes' in node ? node.childNodes : [];
  const self = 'tagName' in node ? [node as Element] : [];
  return [...self, ...children.flatMap(elements)];
};

const hostile =
  'https://example.org/a?x=1&y="><meta http-equiv="refresh" content="1;url=https://elsewhere.example/"><b x="';
const citation = (url: string): CitationView => ({
  source: 'hostile',
  publisher: 'Publisher',
  title: 'Title',
  url,
  archive: url,
  via: url,
  language: 'en',
  dateText: '1 March 2024',
  quotes: [{ quote: 'words' }],
});

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('attributes from content are escaped, URLs with & included', () => {
  it('a URL with & and quotes stays inside its attribute, and reads back as it was', async () => {
    const html = await container.renderToString(SourceCitation, { props: { citation: citation(hostile), lang: 'en' } });
    const found = elements(parseFragment(html));
    expect(found.map((e) => e.tagName)).not.toContain('meta');
    expect(found.map((e) => e.tagName)).not.toContain('b');
    const hrefs = found.flatMap((e) =>
      e.attrs.filter((a) => a.name === 'href' || a.name === 'cite').map((a) => a.value),
    );
    expect(hrefs).toEqual([hostile, hostile, hostile, hostile]);
  });
});

describe('escapeEveryAttribute', () => {
  const special =
    'function addAttribute(value, key) {\n  if (typeof value === "string" && value.includes("&") && isHttpUrl(value)) {\n    return markHTMLString(` ${key}="${toAttributeString(value, false)}"`);\n  }\n  return 1;\n}';
  it('removes the special case', () => {
    expect(escapeEveryAttribute(special)).not.toContain('isHttpUrl(value)');
    expect(escapeEveryAttribute(special)).toContain('return 1;');
  });
  it('leaves code without it alone', () => {
    expect(escapeEveryAttribute('function addAttribute() { return 1; }')).toBe('function addAttribute() { return 1; }');
  });
  it('stops the build when the special case is there in another form', () => {
    expect(() => escapeEveryAttribute('if (isHttpUrl(value) && value.includes("&")) { return raw; }')).toThrow(
      /attribute-escaping\.ts: .*has changed/,
    );
  });
});
