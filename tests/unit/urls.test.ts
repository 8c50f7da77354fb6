import { describe, expect, it } from 'vitest';
import { absolute, folders, paths, SLUG } from '../../src/lib/urls';

describe('paths', () => {
  it.each([
    [paths.home('id'), '/id/'],
    [paths.article('en', 'a-b'), '/en/articles/a-b/'],
    [paths.timeline('id', 't'), '/id/timeline/t/'],
    [paths.glossary('en'), '/en/glossary/'],
    [paths.glossary('en', 'tiktok-shop'), '/en/glossary/#tiktok-shop'],
    [paths.sources('id', 's1'), '/id/sources/#s1'],
    [paths.search('en'), '/en/search/'],
    [paths.searchScript(), '/pagefind/pagefind.js'],
    [paths.embedTimeline('en', 't'), '/embed/en/timeline/t/'],
    [paths.embedBuilder('en', 't'), '/en/timeline/t/embed/'],
    [paths.oembedTimeline('id', 't'), '/oembed/id/timeline/t.json'],
    [paths.oembedArticle('en', 'a'), '/oembed/en/articles/a.json'],
    [paths.timelineData('t', 'csv'), '/data/timelines/t.csv'],
    [paths.timelineImage('t', 'en', 'svg'), '/data/timelines/t.en.svg'],
    [paths.pymScript('1.3.2'), '/pym-1.3.2.min.js'],
  ])('%s is %s', (path, expected) => {
    expect(path).toBe(expected);
  });

  it('files of a kind are in their folder', () => {
    expect(paths.embedTimeline('id', 'x').startsWith(folders.embed)).toBe(true);
    expect(paths.oembedTimeline('id', 'x').startsWith(folders.oembed)).toBe(true);
    expect(paths.oembedArticle('id', 'x').startsWith(folders.oembed)).toBe(true);
    expect(paths.timelineData('x', 'json').startsWith(folders.data)).toBe(true);
    expect(paths.timelineImage('x', 'id', 'png').startsWith(folders.data)).toBe(true);
    expect(paths.searchScript().startsWith(folders.searchIndex)).toBe(true);
  });

  it('folders are absolute and end with a slash', () => {
    for (const folder of Object.values(folders)) expect(folder).toMatch(/^\/[a-z_]+\/$/);
  });
});

describe('absolute', () => {
  it('resolves a path against the site', () => {
    expect(absolute('/en/', 'https://a.test/')).toBe('https://a.test/en/');
    expect(absolute('/en/', new URL('https://a.test/x/'))).toBe('https://a.test/en/');
  });
  it('falls back to the dev server without a site', () => {
    expect(absolute('/en/', undefined)).toBe('http://localhost:4321/en/');
  });
});

describe('SLUG', () => {
  it.each(['a', 'tiktok-shop', 'permendag-31-2023', '2024'])('accepts %j', (slug) =>
    expect(SLUG.test(slug)).toBe(true),
  );
  it.each(['', 'A', 'a--b', '-a', 'a-', 'a_b', 'a b', 'a/b', '../a', 'é', 'a\n'])('refuses %j', (slug) =>
    expect(SLUG.test(slug)).toBe(false),
  );
});
