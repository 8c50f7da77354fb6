import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import FormattedDate from '../../src/components/FormattedDate.astro';
import LanguageSwitcher from '../../src/components/LanguageSwitcher.astro';
import TableOfContents from '../../src/components/TableOfContents.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('FormattedDate', () => {
  it.each([
    ['id', '2024-03-01', '<time datetime="2024-03-01">1 Maret 2024</time>'],
    ['en', '2024-04', '<time datetime="2024-04">April 2024</time>'],
  ] as const)('%s %s', async (lang, date, html) => {
    expect(await container.renderToString(FormattedDate, { props: { lang, date } })).toBe(html);
  });
});

describe('LanguageSwitcher', () => {
  it('links to the other language, labelled in that language', async () => {
    const html = await container.renderToString(LanguageSwitcher, {
      props: { lang: 'id', alternates: { id: '/id/articles/a/', en: '/en/articles/b/' } },
    });
    expect(html).toMatch(/href="\/en\/articles\/b\/" hreflang="en" lang="en"/);
    expect(html.replace(/<[^>]+>/g, '').trim()).toBe('Read in English');
    // Phones show the language's name; the words before it are in a span of their own.
    expect(html).toMatch(/<span class="lead"[^>]*>Read in <\/span>English<\/span><\/a>/);
  });
});

describe('TableOfContents', () => {
  const headings = [
    { depth: 2, slug: 'one', text: 'One' },
    { depth: 3, slug: 'one-a', text: 'One A' },
    { depth: 2, slug: 'two', text: 'Two' },
  ];
  it('renders a labelled nav with nested links', async () => {
    const html = await container.renderToString(TableOfContents, { props: { lang: 'en', headings } });
    expect(html).toMatch(/<nav[^>]*aria-labelledby="toc-heading"/);
    expect(html).toContain('>Contents</h2>');
    expect(html).toMatch(/<a href="#one"[^>]*>One<\/a><ol[^>]*><li[^>]*><a href="#one-a"/);
    expect(html).toContain('href="#two"');
  });
  it('is left out for an article with one section or none', async () => {
    const html = await container.renderToString(TableOfContents, {
      props: { lang: 'en', headings: headings.slice(0, 1) },
    });
    expect(html.trim()).toBe('');
  });
});
