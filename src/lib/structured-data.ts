// Structured data (schema.org JSON-LD) for search engines and news aggregators. One place, so the
// social-card work can extend it.
import type { Locale } from '../i18n/locales';
import { lastUpdated } from './articles';
import type { ArticleData } from './content/schema';

export interface ArticleStructuredDataInput {
  data: ArticleData;
  /** The article's absolute URL. */
  url: string;
  siteName: string;
  /** The absolute URLs of the article's sources, in citation order. */
  citations?: readonly string[];
}

export function articleStructuredData({ data, url, siteName, citations = [] }: ArticleStructuredDataInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.description,
    inLanguage: data.lang satisfies Locale,
    url,
    mainEntityOfPage: url,
    datePublished: data.published,
    dateModified: lastUpdated(data) ?? data.published,
    author: data.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: siteName },
    keywords: data.tags.length ? data.tags.join(', ') : undefined,
    ...(citations.length ? { citation: [...citations] } : {}),
  };
}

/** JSON for a <script type="application/ld+json"> element: "<" is escaped so the data can never
 *  close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
