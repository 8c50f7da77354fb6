import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { mdxComponents } from '../../src/components/mdx';
import Callout from '../../src/components/mdx/Callout.astro';
import Cite from '../../src/components/mdx/Cite.astro';
import Figure from '../../src/components/mdx/Figure.astro';
import KeyFacts from '../../src/components/mdx/KeyFacts.astro';
import Quote from '../../src/components/mdx/Quote.astro';
import Term from '../../src/components/mdx/Term.astro';
import ArticleUpdates from '../../src/components/ArticleUpdates.astro';
import SourceList from '../../src/components/SourceList.astro';
import { contentRegistry } from '../../src/lib/content/registry';
import sample from '../fixtures/images/sample.png';
import Citations, { frontmatter } from '../fixtures/mdx/citations.mdx';

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
      { id: 'antara-2024-02-21-sesuai-target', uses: 2 },
      { id: 'kumparan-2024-04-25-sudah-sesuai-aturan', uses: 2 },
      { id: 'tempo-2024-04-shop-tokopedia', uses: 1 },
    ]);
    expect(frontmatter.minutesRead).toBe(1);
  });

  it('gives each Term its own tooltip id, in the page language', () => {
    expect(html).toContain('href="/en/glossary/#pmse" aria-describedby="term-pmse-1"');
    expect(html).toContain('href="/en/glossary/#pmse" aria-describedby="term-pmse-2"');
    expect(html).toContain('trade conducted through electronic systems');
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
    const html = await container.renderToString(SourceList, {
      props: {
        lang: 'id',
        headingId: 'article-sources',
        items: [
          { n: 1, uses: 2, source: source('a', '2024-02-21') },
          {
            n: 2,
            uses: 1,
            source: { ...source('b', '2024-03'), archive: 'https://web.archive.org/web/2024/https://example.org/b' },
          },
        ],
      },
    });
    expect(html).toContain('<h2 id="article-sources"');
    expect(html).toMatch(/<li id="source-1" value="1"/);
    expect(html).toContain('href="#cite-1-1"');
    expect(html).toContain('href="#cite-1-2"');
    expect(html).toContain('Kembali ke kutipan sumber 1, tempat ke-2');
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain('<time datetime="2024-02-21">21 Februari 2024</time>');
    expect(html).toContain('href="https://example.org/b"');
  });
  it('is left out when nothing is cited', async () => {
    const html = await container.renderToString(SourceList, { props: { lang: 'en', headingId: 'x', items: [] } });
    expect(html.trim()).toBe('');
  });
});

describe('Cite', () => {
  it('is a superscript link to its numbered source', async () => {
    const html = await container.renderToString(Cite, { props: { id: 'x', n: '4', k: '2', pageLang: 'id' } });
    expect(html).toBe(
      '<sup class="cite"><a href="#source-4" id="cite-4-2" data-source="x">[<span class="visually-hidden">Sumber </span>4]</a></sup>',
    );
  });
  it('refuses to render without a number (the remark plugin gives one)', async () => {
    await expect(container.renderToString(Cite, { props: { id: 'x' } })).rejects.toThrow(/no footnote number/);
  });
});

describe('Term', () => {
  it('without JavaScript is a plain link to the glossary entry, described by the short definition', async () => {
    const html = await container.renderToString(Term, {
      props: { id: 'ppmse', n: '3', pageLang: 'id' },
      slots: { default: 'PPMSE' },
    });
    const short = contentRegistry().glossary.get('ppmse')!.short.id;
    expect(html).toBe(
      `<span class="term"><a class="term-link" href="/id/glossary/#ppmse" aria-describedby="term-ppmse-3">PPMSE</a>` +
        `<span class="term-tip" id="term-ppmse-3" role="tooltip">${short}</span></span>`,
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
  it.each([
    ['missing', { caption: 'c' }],
    ['empty', { alt: ' ', caption: 'c' }],
  ])('fails without alt (%s)', async (_, props) => {
    await expect(container.renderToString(Figure, { props: { src: sample, ...props } })).rejects.toThrow(
      /<Figure>: alt is required/,
    );
  });
  it('fails without a caption', async () => {
    await expect(container.renderToString(Figure, { props: { src: sample, alt: 'a' } })).rejects.toThrow(
      /caption is required/,
    );
  });
  it('fails for an image that is not in content/images/', async () => {
    await expect(
      container.renderToString(Figure, { props: { src: 'no-such.png', alt: 'a', caption: 'c' } }),
    ).rejects.toThrow(/no such image in content\/images\//);
  });
});

describe('Quote, Callout, KeyFacts, ArticleUpdates', () => {
  it('Quote fails without who is quoted', async () => {
    await expect(
      container.renderToString(Quote, { props: { by: '', source: 's', n: 1 }, slots: { default: 'x' } }),
    ).rejects.toThrow(/by is required/);
  });
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
