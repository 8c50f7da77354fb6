import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mdxComponents } from '../../src/components/mdx';
import Callout from '../../src/components/mdx/Callout.astro';
import Cite from '../../src/components/mdx/Cite.astro';
import Figure from '../../src/components/mdx/Figure.astro';
import KeyFacts from '../../src/components/mdx/KeyFacts.astro';
import Term from '../../src/components/mdx/Term.astro';
import ArticleUpdates from '../../src/components/ArticleUpdates.astro';
import SourceList from '../../src/components/SourceList.astro';
import type { Source } from '../../src/lib/content/schema';
import { sourceListItems } from '../../src/lib/sources-list';
import { contentRegistry } from '../../src/lib/content/registry';
import sample from '../fixtures/images/sample.png';
import Citations, { frontmatter } from '../fixtures/mdx/citations.mdx';

// The components read sources and glossary entries from a fixture content folder, never content/.
vi.stubEnv('CONTENT_ROOT', 'tests/fixtures/content/components');
afterAll(() => {
  vi.unstubAllEnvs();
});

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
  container.addServerRenderer({ renderer: mdxRenderer, name: 'astro:jsx' });
});

/** [href, id, text] of every footnote marker, in order. */
function markers(html: string): string[][] {
  return [...html.matchAll(/<sup class="cite"><a href="([^"]+)" id="([^"]+)"[^>]*>(.*?)<\/a><\/sup>/g)].map((m) => [
    m[1]!,
    m[2]!,
    m[3]!.replace(/<[^>]+>/g, ''),
  ]);
}

describe('an article through MDX, the remark plugin and the components', () => {
  let html: string;
  beforeAll(async () => {
    html = await container.renderToString(Citations, { props: { components: mdxComponents } });
  });

  it('numbers footnotes in order; a repeated source keeps its number; Quote and Stat are numbered too', () => {
    expect(markers(html)).toEqual([
      ['#source-1', 'cite-1-1', '[Source 1]'],
      ['#source-2', 'cite-2-1', '[Source 2]'],
      ['#source-1', 'cite-1-2', '[Source 1]'],
      ['#source-3', 'cite-3-1', '[Source 3]'],
      ['#source-2', 'cite-2-2', '[Source 2]'],
    ]);
  });

  it('hands the ordered sources and the reading time to the page', () => {
    expect(frontmatter.citations).toEqual([
      { id: 'fixture-a', uses: 2, evidence: [{ quote: 'kata pertama', at: 'paragraph 2' }, {}] },
      { id: 'fixture-b', uses: 2, evidence: [{}, { quote: 'sudah 87 persen' }] },
      { id: 'fixture-c', uses: 1, evidence: [{}] },
    ]);
    expect(frontmatter.minutesRead).toBe(1);
  });

  it('gives each Term its own card, in the page language', () => {
    expect(html).toContain(
      'href="/en/glossary/#pmse" aria-describedby="term-pmse-1-def" data-popover="term-pmse-1-card"',
    );
    expect(html).toContain(
      'href="/en/glossary/#pmse" aria-describedby="term-pmse-2-def" data-popover="term-pmse-2-card"',
    );
    expect(html).toContain('Fixture definition: trade conducted through electronic systems.');
    expect(html).toContain('More in the glossary →');
  });

  it("gives each citation mark a card with the source and that use's quote", () => {
    const card =
      /<span class="popover cite-card" id="cite-1-1-card" popover tabindex="-1" role="dialog" aria-label="Source 1" data-pagefind-ignore>(.*?)<a class="cite-all" href="#source-1">/s.exec(
        html,
      );
    expect(card, 'the card of the first citation').not.toBeNull();
    expect(card![1]).toContain('href="https://example.org/a"');
    expect(card![1]).toMatch(/<q cite="https:\/\/example.org\/a" lang="id"[^>]*>\s*kata pertama\s*<\/q>/);
    expect(card![1]).toContain('Where in the source: paragraph 2');
    expect(html).toMatch(/id="cite-1-2-card"[^>]*>((?!<q ).)*?<a class="cite-all"/s);
  });

  it('marks a quote in another language', () => {
    expect(html).toMatch(/<blockquote lang="id"[^>]*>Kata-kata\.<\/blockquote>/);
    expect(html).toMatch(/<figcaption[^>]*>— Isy Karim<sup class="cite">/);
  });
});

describe('SourceList', () => {
  it('lists sources by number with a back-link to every citation', async () => {
    const source = (id: string, published: string) => ({
      id,
      publisher: `Publisher ${id}`,
      title: `Title of ${id}`,
      url: `https://example.org/${id}`,
      published,
      language: 'id' as const,
    });
    const registry = new Map<string, Source>([
      ['a', source('a', '2024-02-21')],
      ['b', { ...source('b', '2024-03'), archive: 'https://web.archive.org/web/2024/https://example.org/b' }],
    ]);
    const items = sourceListItems(
      [
        { id: 'a', uses: 2, evidence: [{ quote: 'kata <pertama>', at: 'paragraph 2' }, {}] },
        { id: 'b', uses: 1, evidence: [{}] },
      ],
      registry,
      'id',
    );
    const html = await container.renderToString(SourceList, {
      props: { lang: 'id', headingId: 'article-sources', items },
    });
    expect(html).toContain('<h2 id="article-sources"');
    expect(html).toMatch(/<li id="source-1" value="1"/);
    expect(html).toContain('href="#cite-1-1"');
    expect(html).toContain('href="#cite-1-2"');
    expect(html).toContain('Kembali ke kutipan sumber 1, tempat ke-2');
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain('(21 Februari 2024)');
    // Each use's quote, escaped, and where it is, in the page's language.
    expect(html).toMatch(/<q cite="https:\/\/example.org\/a"[^>]*>\s*kata &lt;pertama&gt;\s*<\/q>/);
    expect(html).toContain('Letak dalam sumber: paragraf 2');
    expect(html.match(/<q /g)).toHaveLength(1);
    expect(html).toContain('href="https://example.org/b"');
    expect(html).toContain('href="https://web.archive.org/web/2024/https://example.org/b"');
  });
  it('is left out when nothing is cited', async () => {
    const html = await container.renderToString(SourceList, { props: { lang: 'en', headingId: 'x', items: [] } });
    expect(html.trim()).toBe('');
  });
});

describe('Cite', () => {
  it('is a superscript link to its numbered source, with a card that names it', async () => {
    const html = await container.renderToString(Cite, { props: { id: 'x', n: '4', k: '2', pageLang: 'id' } });
    expect(html).toMatch(
      /^<sup class="cite"><a href="#source-4" id="cite-4-2" data-source="x" data-popover="cite-4-2-card">\[<span class="visually-hidden">Sumber <\/span>4\]<\/a><\/sup><span class="popover cite-card" id="cite-4-2-card" popover tabindex="-1" role="dialog" aria-label="Sumber 4" data-pagefind-ignore>/,
    );
    expect(html).toContain('Publisher X, “<span>Title of x</span>”');
    expect(html).not.toContain('<q');
    expect(html).toMatch(/<a class="cite-all" href="#source-4">Semua sumber artikel ini<\/a><\/span>$/);
  });
  it('shows the quote of this use, in the source language, and where it is', async () => {
    const html = await container.renderToString(Cite, {
      props: { id: 'x', n: '1', k: '1', pageLang: 'en', quote: 'sudah "87" persen', at: 'paragraph 3' },
    });
    expect(html).toMatch(/<q cite="https:\/\/example.org\/x" lang="id"[^>]*>\s*sudah &quot;87&quot; persen\s*<\/q>/);
    expect(html).toContain('Where in the source: paragraph 3');
  });
  it('refuses to render without a number (the remark plugin gives one)', async () => {
    await expect(container.renderToString(Cite, { props: { id: 'x' } })).rejects.toThrow(/no footnote number/);
  });
});

describe('Term', () => {
  it('is a link to the glossary entry, described by the short definition, with a card beside it', async () => {
    const html = await container.renderToString(Term, {
      props: { id: 'ppmse', n: '3', pageLang: 'id' },
      slots: { default: 'PPMSE' },
    });
    const short = contentRegistry().glossary.get('ppmse')!.short.id;
    expect(html).toBe(
      `<span class="term"><a class="term-link" href="/id/glossary/#ppmse" aria-describedby="term-ppmse-3-def" data-popover="term-ppmse-3-card">PPMSE</a>` +
        `<span class="popover term-card" id="term-ppmse-3-card" popover tabindex="-1" role="dialog" aria-label="PPMSE" data-pagefind-ignore>` +
        `<span class="term-name">PPMSE</span><span class="term-def" id="term-ppmse-3-def">${short}</span>` +
        `<a href="/id/glossary/#ppmse">Selengkapnya di glosarium →</a></span></span>`,
    );
    expect(html).not.toContain('<script');
  });
  it('fails for an id that is not in the glossary', async () => {
    await expect(
      container.renderToString(Term, { props: { id: 'no-such-term' }, slots: { default: 'x' } }),
    ).rejects.toThrow(/unknown glossary id/);
  });
});

describe('Figure', () => {
  it('renders an optimised, responsive image with its alt text and caption', async () => {
    const html = await container.renderToString(Figure, {
      props: { src: sample, alt: 'A blue rectangle', caption: 'The caption.', credit: 'Photo: us' },
    });
    expect(html).toMatch(/<img src="\/_image\/\?href=[^"]*&#38;f=webp"/);
    expect(html).toMatch(/srcset="[^"]*480w, [^"]*800w, [^"]*960w"/);
    expect(html).toContain('alt="A blue rectangle"');
    expect(html).toMatch(/<figcaption[^>]*>\s*The caption\.\s*<span class="figure-credit"[^>]*>Photo: us<\/span>/);
  });
  it('fails for an image that is not in content/images/', async () => {
    await expect(
      container.renderToString(Figure, { props: { src: 'no-such.png', alt: 'a', caption: 'c' } }),
    ).rejects.toThrow(/no such image in the content folder's images\//);
  });
});

describe('Callout, KeyFacts, ArticleUpdates', () => {
  it('Callout is a labelled note in the page language', async () => {
    const html = await container.renderToString(Callout, {
      props: { kind: 'discrepancy', pageLang: 'id' },
      slots: { default: '<p>Teks.</p>' },
    });
    expect(html).toMatch(/class="callout callout-discrepancy"[^>]*role="note"/);
    expect(html).toMatch(/<strong[^>]*>Sumber tidak sepakat<\/strong>/);
  });
  it('KeyFacts is a section named by its visible title', async () => {
    const html = await container.renderToString(KeyFacts, {
      props: { n: '2', pageLang: 'en' },
      slots: { default: '<ul><li>A fact.</li></ul>' },
    });
    expect(html).toMatch(/<section class="key-facts" aria-labelledby="key-facts-2"/);
    expect(html).toMatch(/id="key-facts-2"[^>]*>Key facts</);
  });
  it('ArticleUpdates lists changes newest first with their dates', async () => {
    const html = await container.renderToString(ArticleUpdates, {
      props: {
        lang: 'en',
        updates: [
          { date: '2024-04-26', note: 'Older.' },
          { date: '2025-09-30', note: 'Newer.' },
        ],
      },
    });
    expect(html).toContain('Update history');
    expect(html.indexOf('Newer.')).toBeLessThan(html.indexOf('Older.'));
    expect(html).toContain('<time datetime="2025-09-30">30 September 2025</time>');
  });
});
