// An article's evidence, read from its syntax tree (the MDX parser's):
//   - its sentences (`claimsOf`), each with the figures it states and the citations it carries, for
//     the rule that every figure is in the words of a citation (src/lib/content/claims.ts, which
//     needs the sources' dates); a heading carries its section's citations;
//   - a <Stat> carries `quote`, and the quote contains the numbers of its `value` (`checkEvidence`).
// Numbers are compared as values in either language's way of writing them (src/lib/content/figures.ts).
import { checkMessages } from '../../i18n/messages';
import { figuresIn, figuresMissing, type Figure } from '../content/figures';
import { sentenceSpans } from '../sentences';
import { citingAttribute, isCiting } from './components';
import type { BodyProblem, MdxNode } from './safe-subset';

const isJsx = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function attr(node: MdxNode, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

const lineOf = (node: MdxNode) => node.position?.start.line ?? 1;

/** A citation as a sentence carries it: the source, the words it quotes, and its line. */
export interface ClaimCitation {
  id: string;
  quote?: string | undefined;
  line: number;
  /** A <Quote>'s own source, which every sentence of the quotation carries. */
  inherited?: boolean;
}

/** A figure the site works out itself: `<Derived days="2024-04-23 to 2024-04-25">two days</Derived>`. */
export interface Derivation {
  line: number;
  /** The words the page shows: they state the result. */
  text: string;
  op: (typeof derivations)[number];
  /** The cited figures it comes from, as written in the attribute. */
  from: string;
}

/** How a figure can be worked out: days or months between two dates, a sum or a difference. */
export const derivations = ['days', 'months', 'sum', 'difference'] as const;

/** One sentence of an article (a table row, a heading), the figures it states and its citations. */
export interface Claim {
  line: number;
  text: string;
  /** The figures it states, those it works out itself (<Derived>) left out. */
  figures: Figure[];
  citations: ClaimCitation[];
  derived: Derivation[];
  /** A heading's level: its figures are held to the citations of its section. */
  depth?: number | undefined;
}

const citationOf = (node: MdxNode): ClaimCitation | undefined => {
  if (!isJsx(node) || !node.name || !isCiting(node.name)) return undefined;
  return {
    id: attr(node, citingAttribute[node.name as keyof typeof citingAttribute]) ?? '',
    quote: attr(node, 'quote'),
    line: lineOf(node),
  };
};

/**
 * The sentences of one block (a paragraph or heading; a table row is one sentence), each with the
 * citations that follow it: a <Cite> belongs to the sentence its preceding text ends, so
 * "87%.<Cite … />" cites the sentence that states 87%. `inherited` are citations every sentence
 * of the block carries (a <Quote>'s own source, for the quotation's words).
 */
function blockClaims(block: MdxNode, inherited: readonly ClaimCitation[]): Claim[] {
  let text = '';
  const lines: { at: number; line: number; value: string }[] = [];
  const cites: { at: number; citation: ClaimCitation }[] = [];
  const derived: { start: number; end: number; derivation?: Omit<Derivation, 'text'> | undefined }[] = [];
  const walk = (node: MdxNode) => {
    if (isJsx(node) && node.name === 'Derived') {
      const op = derivations.find((o) => attr(node, o) !== undefined);
      const start = text.length;
      node.children?.forEach(walk);
      // Without a way to work it out (reported with the component), its words are still not a claim of their own.
      derived.push({ start, end: text.length, derivation: op && { line: lineOf(node), op, from: attr(node, op)! } });
      return;
    }
    const citation = citationOf(node);
    if (citation) {
      // A <Stat> states its value itself (held to its own quote); a <Quote>'s words are not the site's.
      if (node.name === 'Cite') cites.push({ at: text.length, citation });
      return;
    }
    if (node.type === 'text' || node.type === 'inlineCode') {
      lines.push({ at: text.length, line: lineOf(node), value: node.value ?? '' });
      text += node.value ?? '';
      return;
    }
    if (node.type === 'break') text += ' ';
    node.children?.forEach(walk);
    if (node.type === 'tableCell') text += ' | ';
  };
  block.children?.forEach(walk);
  const spans = block.type === 'paragraph' ? sentenceSpans(text) : [[0, text.length] as [number, number]];
  const sentenceAt = (offset: number) => {
    let p = offset - 1;
    while (p > 0 && /\s/.test(text[p]!)) p--;
    return Math.max(
      0,
      spans.findIndex(([a, b]) => p >= a && p < b),
    );
  };
  /** The line of a character: its text node's, plus the line breaks before it in that node. */
  const lineAt = (offset: number) => {
    const node = lines.filter((l) => l.at <= offset).at(-1);
    if (!node) return lineOf(block);
    return node.line + (node.value.slice(0, offset - node.at).match(/\n/g)?.length ?? 0);
  };
  const inSpan = (at: number, [a, b]: [number, number]) => at >= a && at < b;
  return spans.map((span, i) => {
    const [a, b] = span;
    const mine = derived.filter((d) => inSpan(d.start, span));
    return {
      line: lineAt(a + (text.slice(a, b).length - text.slice(a, b).trimStart().length)),
      text: text.slice(a, b).replace(/\s+/g, ' ').trim(),
      figures: figuresIn(text.slice(a, b)).filter(
        (f) => !mine.some((d) => a + f.index >= d.start && a + f.index < d.end),
      ),
      citations: [...inherited, ...cites.filter((c) => sentenceAt(c.at) === i).map((c) => c.citation)],
      derived: mine.flatMap((d) =>
        d.derivation ? [{ ...d.derivation, text: text.slice(d.start, d.end).trim() }] : [],
      ),
      ...(block.type === 'heading' ? { depth: block.depth } : {}),
    };
  });
}

/** The words of a node, components' attributes left out. */
const wordsOf = (node: MdxNode): string =>
  node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : (node.children ?? []).map(wordsOf).join('');

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'inlineCode', 'mdxJsxTextElement', 'break']);

/** Every sentence of an article's prose, with its figures and citations (code and <Lang> included). */
export function claimsOf(tree: MdxNode): Claim[] {
  const claims: Claim[] = [];
  const visit = (node: MdxNode, inherited: readonly ClaimCitation[]) => {
    if (node.type === 'code') return;
    if (isJsx(node) && node.name === 'Quote') {
      // A quotation's words are its source's own: without quote="…" they are the evidence themselves.
      const own = citationOf(node);
      const words = () => (node.children ?? []).map(wordsOf).join(' ');
      inherited = own ? [...inherited, { ...own, quote: own.quote ?? words(), inherited: true }] : inherited;
    }
    // A component written on one line (<Callout kind="note">Text.</Callout>) holds its words itself.
    const holdsWords =
      node.type === 'mdxJsxFlowElement' &&
      node.name !== 'Cite' &&
      node.name !== 'Stat' &&
      (node.children ?? []).some((c) => PHRASING.has(c.type));
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableRow' || holdsWords) {
      claims.push(...blockClaims(node, inherited));
      return;
    }
    node.children?.forEach((child) => visit(child, inherited));
  };
  visit(tree, []);
  // A heading states what its section tells: it is held to the citations of its section.
  claims.forEach((claim, i) => {
    if (claim.depth === undefined) return;
    const end = claims.findIndex((c, j) => j > i && c.depth !== undefined && c.depth <= claim.depth!);
    claim.citations = claims.slice(i + 1, end < 0 ? undefined : end).flatMap((c) => c.citations);
  });
  return claims;
}

/** Every rule above broken in `tree`, with its line and the fix. */
export function checkEvidence(tree: MdxNode): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const visit = (node: MdxNode) => {
    if (isJsx(node) && node.name === 'Stat') {
      const value = attr(node, 'value') ?? '';
      const quote = attr(node, 'quote');
      if (quote === undefined)
        problems.push({
          line: lineOf(node),
          field: '<Stat> quote',
          message: checkMessages().evidence.statQuote(value),
        });
      else if (quote.trim()) {
        const missing = figuresMissing(value, [quote]);
        if (missing.length)
          problems.push({
            line: lineOf(node),
            field: '<Stat> quote',
            message: checkMessages().evidence.statMissing(missing.join(', '), value),
          });
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
