// What is new since the site's last update, for the home page: the articles published and the
// updates noted on the most recent date that has either. Pure: the page passes its articles in.

export interface NewsArticle {
  title: string;
  path: string;
  published: string;
  updates?: readonly { date: string; note: string }[] | undefined;
}

export interface NewsItem {
  title: string;
  path: string;
  /** A new article, or the note of an update to one. */
  note?: string;
}

export interface WhatsNew {
  /** The last day anything was published or updated (YYYY-MM-DD), or undefined for no articles. */
  date: string | undefined;
  /** New articles first, then updates (one per article, its notes joined), each in the given order. */
  added: NewsItem[];
  updated: NewsItem[];
}

export function whatsNew(articles: readonly NewsArticle[]): WhatsNew {
  const days = articles.flatMap((a) => [a.published, ...(a.updates ?? []).map((u) => u.date)]);
  const date = days.sort().at(-1);
  if (!date) return { date, added: [], updated: [] };
  const added = articles.filter((a) => a.published === date).map(({ title, path }) => ({ title, path }));
  const updated = articles
    .filter((a) => a.published !== date && (a.updates ?? []).some((u) => u.date === date))
    .map(({ title, path, updates }) => ({
      title,
      path,
      note: updates!
        .filter((u) => u.date === date)
        .map((u) => u.note)
        .join(' '),
    }));
  return { date, added, updated };
}
