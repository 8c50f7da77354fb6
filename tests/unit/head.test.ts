import { describe, expect, it } from 'vitest';
import { languageAlternates, mergeHead, pageHead, renderAfter, type HeadTag } from '../../src/lib/head';

const names = (tags: HeadTag[]) =>
  tags.map(({ tag, attrs = {} }) =>
    [tag, attrs.charset && 'charset', attrs.name, attrs.property, attrs.rel, attrs.hreflang].filter(Boolean).join(' '),
  );

describe('pageHead', () => {
  it('writes the shared tags in order, the early script after the scheme it may change', () => {
    const tags = pageHead({ title: 'T', description: 'D', canonical: 'https://x/a/', firstScript: 'run()' });
    expect(names(tags)).toEqual([
      'meta charset',
      'meta viewport',
      'title',
      'meta description',
      'link canonical',
      'meta color-scheme',
      'script',
      'link icon',
    ]);
    expect(tags.find((t) => t.tag === 'title')?.content).toBe('T');
    expect(tags.find((t) => t.tag === 'script')?.content).toBe('run()');
  });

  it('leaves out canonical and the script when not given, and says noindex when not indexable', () => {
    const tags = pageHead({ title: 'T', description: 'D', indexable: false, colorScheme: 'light' });
    expect(names(tags)).toEqual([
      'meta charset',
      'meta viewport',
      'title',
      'meta description',
      'meta robots',
      'meta color-scheme',
      'link icon',
    ]);
    expect(tags.find((t) => t.attrs?.name === 'color-scheme')?.attrs?.content).toBe('light');
  });
});

describe('mergeHead', () => {
  it('a later tag with the same identity takes the earlier one’s place; others are added in order', () => {
    const merged = mergeHead(pageHead({ title: 'Site', description: 'D' }), [
      { tag: 'title', content: 'Page' },
      { tag: 'meta', attrs: { name: 'description', content: 'Better' } },
      { tag: 'meta', attrs: { property: 'og:title', content: 'Page' } },
      { tag: 'link', attrs: { rel: 'icon', href: '/other.svg' } },
      renderAfter('main'),
      renderAfter('list'),
    ]);
    expect(merged.filter((t) => t.tag === 'title')).toEqual([{ tag: 'title', content: 'Page' }]);
    expect(merged.filter((t) => t.attrs?.name === 'description').map((t) => t.attrs?.content)).toEqual(['Better']);
    expect(merged.filter((t) => t.attrs?.rel === 'icon').map((t) => t.attrs?.href)).toEqual(['/other.svg']);
    expect(names(merged).slice(2, 4)).toEqual(['title', 'meta description']);
    expect(merged.filter((t) => t.attrs?.rel === 'expect').map((t) => t.attrs?.href)).toEqual(['#main', '#list']);
    expect(names(merged).at(-3)).toBe('meta og:title');
  });

  it('keeps one alternate per language, replacing by hreflang, and any number of other alternates', () => {
    const merged = mergeHead(languageAlternates({ id: '/id/', en: '/en/' }, '/'), [
      { tag: 'link', attrs: { rel: 'alternate', hreflang: 'en', href: '/en/page/' } },
      { tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', href: '/id/rss.xml' } },
      { tag: 'link', attrs: { rel: 'alternate', type: 'application/json+oembed', href: '/o.json' } },
    ]);
    expect(merged.map((t) => t.attrs?.href)).toEqual(['/id/', '/en/page/', '/', '/id/rss.xml', '/o.json']);
    expect(merged.map((t) => t.attrs?.hreflang)).toEqual(['id', 'en', 'x-default', undefined, undefined]);
  });
});
