// What a search result links to: the section of the page that matched best (a heading of an
// article, an entry of the glossary), not the top of the page. Pagefind splits each page's matches
// by the headings with ids before them (its sub-results); this picks the section with the most
// weight of matches. Pure, for the search page's script and its tests.

/** The parts of Pagefind's result data used here (pagefind 1.x `PagefindSearchFragment`). */
export interface SearchFragment {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: {
    title: string;
    url: string;
    excerpt: string;
    /** Present on sections that start at a heading; absent on the part before the first. */
    anchor?: { id: string };
    weighted_locations?: { weight: number; balanced_score: number }[];
    locations?: number[];
  }[];
}

export interface SearchHit {
  /** The page's title. */
  title: string;
  /** The section's heading, when the best match is below one. */
  section?: string;
  /** The page, or the page with the section's #id. */
  url: string;
  /** Escaped text with <mark> around the matched words (Pagefind's). */
  excerpt: string;
}

const score = (sub: NonNullable<SearchFragment['sub_results']>[number]) =>
  sub.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? sub.locations?.length ?? 0;

export function searchHit(page: SearchFragment): SearchHit {
  const title = page.meta.title ?? page.url;
  let best: NonNullable<SearchFragment['sub_results']>[number] | undefined;
  for (const sub of page.sub_results ?? []) if (!best || score(sub) > score(best)) best = sub;
  if (!best?.anchor) return { title, url: page.url, excerpt: best?.excerpt || page.excerpt };
  return { title, section: best.title, url: best.url, excerpt: best.excerpt || page.excerpt };
}
