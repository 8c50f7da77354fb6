// Where each source is cited, with the words quoted from it there: the sources page lists, under
// every source, each fact that rests on it, so a reader can check a source against every use.
import { formatAt } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { Citation, GlossaryEntry, Timeline } from './content/schema';
import { milestonePath } from './timeline/pages';
import { paths } from './urls';

export interface SourceUse {
  quote?: string;
  at?: string;
  /** What cites it, in the page's language, and where that is. */
  label: string;
  href: string;
}

/** The same words of a source, cited in one or more places. */
export interface QuotedPassage {
  quote?: string | undefined;
  /** Where the words are in the source, in the page's language. */
  at?: string | undefined;
  places: { label: string; href: string }[];
}

/**
 * A source's uses as passages: each quote once, with every place that cites it (in order of first
 * use), so a quote the site rests five facts on is shown once, not five times.
 */
export function passagesOf(uses: readonly SourceUse[], lang: Locale): QuotedPassage[] {
  const passages = new Map<string, QuotedPassage>();
  for (const use of uses) {
    const key = `${use.quote ?? ''}\u0000${use.at ?? ''}`;
    const passage = passages.get(key) ?? {
      ...(use.quote ? { quote: use.quote } : {}),
      ...(use.at ? { at: formatAt(use.at, lang) } : {}),
      places: [],
    };
    if (!passage.places.some((p) => p.href === use.href)) passage.places.push({ label: use.label, href: use.href });
    passages.set(key, passage);
  }
  return [...passages.values()];
}

/** An article's citations in one language, as the article page numbers them. */
export interface ArticleCitations {
  title: string;
  path: string;
  uses: (Pick<Citation, 'source'> & { quote?: string | undefined; at?: string | undefined; anchor: string })[];
}

export function sourceUses(
  lang: Locale,
  content: {
    timelines: readonly Timeline[];
    glossary: readonly GlossaryEntry[];
    articles: readonly ArticleCitations[];
  },
): Map<string, SourceUse[]> {
  const uses = new Map<string, SourceUse[]>();
  const add = (
    c: { source: string; quote?: string | undefined; at?: string | undefined },
    label: string,
    href: string,
  ) =>
    uses.set(c.source, [
      ...(uses.get(c.source) ?? []),
      { ...(c.quote ? { quote: c.quote } : {}), ...(c.at ? { at: c.at } : {}), label, href },
    ]);
  for (const article of content.articles)
    for (const use of article.uses) add(use, article.title, `${article.path}#${use.anchor}`);
  for (const timeline of content.timelines)
    for (const m of timeline.milestones) {
      const href = milestonePath(lang, timeline.id, timeline.milestones.length, m);
      const label = `${timeline.title[lang]}: ${m.title[lang]}`;
      for (const c of m.citations) add(c, label, href);
      for (const r of m.reports ?? []) add(r.citation, label, href);
    }
  for (const entry of content.glossary)
    for (const c of entry.citations ?? []) add(c, entry.term[lang], paths.glossary(lang, entry.id));
  return uses;
}
