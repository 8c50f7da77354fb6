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
  /** The absolute URL of the article's social card. */
  image?: string;
  /** The absolute URLs of the article's sources, in citation order. */
  citations?: readonly string[];
}

export function articleStructuredData({ data, url, siteName, image, citations = [] }: ArticleStructuredDataInput) {
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
    ...(image ? { image: [image] } : {}),
    ...(citations.length ? { citation: [...citations] } : {}),
  };
}

/** schema.org BreadcrumbList: where a page sits, from the home page down. */
export function breadcrumbStructuredData(items: readonly { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}
