// Finding a source in the registry by what an editor remembers of it: words of its title or
// publisher (accents and case do not matter), part of its id or address, or its date (2024,
// 2024-03, 2024-03-14). Every word must match.

/** A source as read from sources.yaml, before it is checked: any field may be missing. */
export interface FoundSource {
  id: string;
  publisher?: unknown;
  title?: unknown;
  url?: unknown;
  published?: unknown;
}

const DATE_WORD = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** The words of a search: what the editor typed, split at spaces. */
export const searchWords = (query: string) => query.split(/\s+/).filter(Boolean);

/** The sources every word matches, in the registry's order. */
export function findSources<S extends FoundSource>(sources: readonly S[], words: readonly string[]): S[] {
  const wanted = words.map(fold);
  return sources.filter((s) => {
    const published = text(s.published);
    const haystack = fold([s.id, s.publisher, s.title, s.url].map(text).join(' '));
    return wanted.every((w) =>
      // A month finds its days, and a day the sources dated only by its month.
      DATE_WORD.test(w) && published
        ? published.startsWith(w) || w.startsWith(published) || haystack.includes(w)
        : haystack.includes(w),
    );
  });
}
