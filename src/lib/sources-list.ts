// The sources list at the end of an article: the cited ids (in citation order, from the remark
// plugin) joined with the registry, each with the evidence of every use (its quote and where it is).
import type { Locale } from '../i18n';
import { citationView, type CitationView } from './citations';
import type { Source } from './content/schema';
import { citationAnchors, type CitedSource, type UseEvidence } from './mdx/citations';

export interface SourceListUse {
  /** The id of the citation mark in the text, to link back to. */
  anchor: string;
  /** The source's words this use rests on, and where they are (in the page's language). */
  quote?: string;
  at?: string;
}

export interface SourceListItem {
  n: number;
  uses: SourceListUse[];
  /** The source as shown everywhere (its quotes are the uses'). */
  citation: CitationView;
}

export function sourceListItems(
  citations: readonly (CitedSource & { evidence?: UseEvidence[] })[],
  sources: ReadonlyMap<string, Source>,
  lang: Locale,
): SourceListItem[] {
  return citations.map((c, i) => {
    const n = i + 1;
    const uses = Array.from({ length: c.uses }, (_, k): SourceListUse => {
      const evidence = c.evidence?.[k] ?? {};
      const view = citationView({ source: c.id, ...evidence }, sources, lang).quotes[0];
      return { anchor: citationAnchors.use(n, k + 1), ...(view ?? {}) };
    });
    return { n, uses, citation: { ...citationView({ source: c.id }, sources, lang), quotes: [] } };
  });
}
