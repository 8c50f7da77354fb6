// Footnote numbering for an article: sources are numbered in the order they are first cited, and a
// source cited again keeps its number. Each use also gets its own index (1, 2, …) so the sources
// list can link back to every place that cites it.

import { citingAttribute, isCiting } from './components';

export interface CitationUse {
  /** The source's number in the article's sources list (1-based). */
  n: number;
  /** Which use of that source this is (1 for the first). */
  k: number;
}

export interface CitedSource {
  id: string;
  /** How many times the article cites it. */
  uses: number;
}

/** What one use of a source says it rests on: the source's words and where they are. */
export interface UseEvidence {
  quote?: string;
  at?: string;
}

/** A source in an article's list, with the evidence of each of its uses (in document order). */
export interface CitedSourceWithEvidence extends CitedSource {
  evidence: UseEvidence[];
}

export interface Numbering {
  /** One entry per citation, in document order. */
  uses: CitationUse[];
  /** The sources list, in citation order. */
  sources: CitedSource[];
}

export function numberCitations(ids: readonly string[]): Numbering {
  const index = new Map<string, CitedSource & { n: number }>();
  const uses = ids.map((id) => {
    let source = index.get(id);
    if (!source) {
      source = { id, uses: 0, n: index.size + 1 };
      index.set(id, source);
    }
    source.uses += 1;
    return { n: source.n, k: source.uses };
  });
  return { uses, sources: [...index.values()].map(({ id, uses }) => ({ id, uses })) };
}

/** The element ids that tie a marker and its list entry together. */
export const citationAnchors = {
  source: (n: number) => `source-${n}`,
  use: (n: number, k: number) => `cite-${n}-${k}`,
};

/** One citation in an article, in document order: its source, evidence, number and marker's anchor. */
export interface ArticleCitationUse extends CitationUse {
  source: string;
  quote?: string;
  at?: string;
  anchor: string;
}

/** An article's citations, numbered once: each use in document order, and the sources list. */
export interface ArticleCitations {
  uses: ArticleCitationUse[];
  sources: CitedSourceWithEvidence[];
}

/**
 * The citations of an article body (its components in document order, as the content registry
 * found them): numbered, each use with its evidence and anchor, and the sources list with every
 * use's evidence. The content registry computes this once per article; the MDX pipeline, the
 * article page and the sources page read it.
 */
export function articleCitations(
  tags: readonly { name: string; attrs: Record<string, string | true> }[],
): ArticleCitations {
  const citing = tags.filter((tag) => isCiting(tag.name));
  const str = (v: string | true | undefined) => (typeof v === 'string' ? v : undefined);
  const ids = citing.map((tag) => str(tag.attrs[citingAttribute[tag.name as keyof typeof citingAttribute]]) ?? '');
  const numbering = numberCitations(ids);
  const sources: CitedSourceWithEvidence[] = numbering.sources.map((s) => ({ ...s, evidence: [] }));
  const uses = citing.map((tag, i): ArticleCitationUse => {
    const { n, k } = numbering.uses[i]!;
    const quote = str(tag.attrs.quote);
    const at = str(tag.attrs.at);
    const evidence = { ...(quote ? { quote } : {}), ...(at ? { at } : {}) };
    sources[n - 1]!.evidence.push(evidence);
    return { source: ids[i]!, n, k, ...evidence, anchor: citationAnchors.use(n, k) };
  });
  return { uses, sources };
}
