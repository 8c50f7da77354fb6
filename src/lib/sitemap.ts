// The sitemap (https://www.sitemaps.org/protocol.html) with each page's language versions as
// xhtml:link alternates, the form search engines read for hreflang.
import { escapeAttr, escapeText } from './escape';

export interface SitemapEntry {
  url: string;
  lastmod?: string | undefined;
  /** Every language version of the page, this one included. */
  alternates: { hreflang: string; url: string }[];
}

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) =>
    [
      '  <url>',
      `    <loc>${escapeText(e.url)}</loc>`,
      ...(e.lastmod ? [`    <lastmod>${e.lastmod}</lastmod>`] : []),
      ...e.alternates.map(
        (a) => `    <xhtml:link rel="alternate" hreflang="${escapeAttr(a.hreflang)}" href="${escapeAttr(a.url)}"/>`,
      ),
      '  </url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
