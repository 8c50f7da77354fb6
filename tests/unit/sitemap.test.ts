import { describe, expect, it } from 'vitest';
import { sitemapXml } from '../../src/lib/sitemap';

describe('sitemapXml', () => {
  it('lists each page with its language versions', () => {
    const xml = sitemapXml([
      {
        url: 'https://a.test/en/',
        lastmod: '2024-01-02',
        alternates: [
          { hreflang: 'id', url: 'https://a.test/id/' },
          { hreflang: 'en', url: 'https://a.test/en/' },
        ],
      },
    ]);
    expect(xml).toContain('<loc>https://a.test/en/</loc>');
    expect(xml).toContain('<lastmod>2024-01-02</lastmod>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="id" href="https://a.test/id/"/>');
  });
  it('escapes addresses in text and in attributes', () => {
    const url = `https://a.test/?a=1&b="2"<x>'`;
    const xml = sitemapXml([{ url, alternates: [{ hreflang: 'en', url }] }]);
    expect(xml).toContain('<loc>https://a.test/?a=1&amp;b="2"&lt;x&gt;\'</loc>');
    expect(xml).toContain('href="https://a.test/?a=1&amp;b=&quot;2&quot;&lt;x&gt;&#39;"/>');
  });
});
