// A citation as readers see it: the source's publisher, title, date and addresses, and the
// source's own words that support the fact. One shape for every place a source is shown (the
// timeline's list and card, glossary entries, the sources page, an article's sources).
import { formatAt, formatDate, type Locale } from '../i18n';
import type { Citation, Source } from './content/schema';

export interface CitationView {
  source: string;
  publisher: string;
  title: string;
  url: string;
  archive?: string;
  via?: string;
  /** The source's publication date in the page's language. */
  dateText: string;
  /** The language the source (and so the quote) is written in. */
  language: Source['language'];
  /** The source's words that support the fact, each with where it is, in the page's language. */
  quotes: { quote: string; at?: string }[];
}

export function citationView(
  citation: { source: string; quote?: string | undefined; at?: string | undefined },
  sources: ReadonlyMap<string, Source>,
  lang: Locale,
): CitationView {
  const s = sources.get(citation.source);
  if (!s) throw new Error(`unknown source id "${citation.source}": add it to content/sources.yaml or fix the id`);
  return {
    source: s.id,
    publisher: s.publisher,
    title: s.title,
    url: s.url,
    ...(s.archive ? { archive: s.archive } : {}),
    ...(s.via ? { via: s.via } : {}),
    dateText: formatDate(s.published, lang),
    language: s.language,
    quotes: citation.quote
      ? [{ quote: citation.quote, ...(citation.at ? { at: formatAt(citation.at, lang) } : {}) }]
      : [],
  };
}

/** The citations of one fact, one entry per source (in order of first citation) with all its quotes. */
export function citationViews(
  citations: readonly Citation[] | undefined,
  sources: ReadonlyMap<string, Source>,
  lang: Locale,
): CitationView[] {
  const bySource = new Map<string, CitationView>();
  for (const c of citations ?? []) {
    const view = citationView(c, sources, lang);
    const seen = bySource.get(c.source);
    if (seen) seen.quotes.push(...view.quotes);
    else bySource.set(c.source, view);
  }
  return [...bySource.values()];
}
