// The evidence rules for an article's citations, read from its syntax tree (the MDX parser's):
//   - a <Cite> after a sentence that states a number or a date carries `quote`, the source's own
//     words (a sentence with no figure may cite a source without one);
//   - a <Stat> carries `quote`, and the quote contains the numbers of its `value`;
//   - in <KeyFacts>, every percentage and amount of money an item states is in a quote cited in
//     that item.
// Numbers are compared as values in either language's way of writing them (src/lib/content/figures.ts).
import { figuresMissing } from '../content/figures';
import { citingAttribute, isCiting } from './components';
import type { BodyProblem, MdxNode } from './safe-subset';

const isJsx = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function attr(node: MdxNode, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

const lineOf = (node: MdxNode) => node.position?.start.line ?? 1;

/** Month names in both languages ("Mei"/"May" only with a number, which the digit test finds). */
const MONTH =
  /\b(?:Januari|Februari|Maret|Juni|Juli|Agustus|Oktober|Desember|January|February|March|June|July|August|October|December|April|September|November)\b/;

/** True when a sentence states a number or a date. */
export function statesFigure(sentence: string): boolean {
  return /\d/.test(sentence) || MONTH.test(sentence);
}

/** The percentages and amounts of money in a text: "87%", "87 persen", "Rp15 miliar", "USD 1.5 billion". */
export function figuresIn(text: string): string[] {
  const n = String.raw`\d+(?:[.,]\d+)*`;
  const scale = String.raw`(?:\s*(?:ribu|juta|miliar|triliun|thousand|million|billion|trillion))?`;
  const percent = new RegExp(String.raw`${n}\s*(?:%|persen\b|per cent\b|percent\b)`, 'gi');
  const money = new RegExp(String.raw`(?:Rp\.?|USD|US\$|\$)\s?${n}${scale}`, 'g');
  return [...text.matchAll(percent), ...text.matchAll(money)].map((m) => m[0]);
}

/** The last sentence of `text`: what follows the last full stop, question or exclamation mark. */
export function lastSentence(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  const body = trimmed.replace(/[.!?…]+["”’)\]]*$/, '');
  const boundaries = [...body.matchAll(/[.!?…]+["”’)\]]*\s+(?=\S)/g)];
  const last = boundaries.at(-1);
  return (last ? body.slice(last.index + last[0].length) : body).trim();
}

/** The reader-visible text of inline content (a component's attributes are not text). */
function textOf(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (isJsx(node) && node.name && isCiting(node.name)) return '';
  return (node.children ?? []).map(textOf).join('');
}

/** A paragraph-like block's citations, each with the text that comes before it in the block. */
function citesWithTextBefore(block: MdxNode): { node: MdxNode; before: string }[] {
  const out: { node: MdxNode; before: string }[] = [];
  let before = '';
  const walk = (node: MdxNode) => {
    if (isJsx(node) && node.name === 'Cite') {
      out.push({ node, before });
      return;
    }
    if (node.type === 'text' || node.type === 'inlineCode') {
      before += node.value ?? '';
      return;
    }
    node.children?.forEach(walk);
  };
  block.children?.forEach(walk);
  return out;
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** Every rule above broken in `tree`, with its line and the fix. */
export function checkEvidence(tree: MdxNode): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const visit = (node: MdxNode) => {
    if (BLOCKS.has(node.type)) {
      for (const { node: cite, before } of citesWithTextBefore(node)) {
        // An empty quote="" is its own error (check:content's component checks), not "no quote".
        if (attr(cite, 'quote') !== undefined) continue;
        const sentence = lastSentence(before);
        if (statesFigure(sentence))
          problems.push({
            line: lineOf(cite),
            field: '<Cite> quote',
            message: `is required: “${short(sentence)}” states a number or a date, so quote the source's words that give it: <Cite id="${attr(cite, 'id') ?? '…'}" quote="…" />`,
          });
      }
    }
    if (isJsx(node) && node.name === 'Stat') {
      const value = attr(node, 'value') ?? '';
      const quote = attr(node, 'quote');
      if (quote === undefined)
        problems.push({
          line: lineOf(node),
          field: '<Stat> quote',
          message: `is required: quote the source's words that give ${value || 'the figure'}`,
        });
      else if (quote.trim()) {
        const missing = figuresMissing(value, [quote]);
        if (missing.length)
          problems.push({
            line: lineOf(node),
            field: '<Stat> quote',
            message: `does not contain ${missing.join(', ')} of value="${value}": quote the words that give the figure, or correct the value`,
          });
      }
    }
    if (isJsx(node) && node.name === 'KeyFacts') {
      for (const item of listItems(node)) checkKeyFact(item, problems);
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

function listItems(node: MdxNode): MdxNode[] {
  if (node.type === 'listItem') return [node];
  return (node.children ?? []).flatMap(listItems);
}

/** Quotes of every citing component inside `node`. */
function quotesIn(node: MdxNode): string[] {
  const own = isJsx(node) && node.name && isCiting(node.name) ? [attr(node, 'quote') ?? ''] : [];
  return [...own, ...(node.children ?? []).flatMap(quotesIn)].filter(Boolean);
}

function checkKeyFact(item: MdxNode, problems: BodyProblem[]) {
  const quotes = quotesIn(item);
  const cited = (function ids(n: MdxNode): string[] {
    const own =
      isJsx(n) && n.name && isCiting(n.name)
        ? [attr(n, citingAttribute[n.name as keyof typeof citingAttribute]) ?? '']
        : [];
    return [...own, ...(n.children ?? []).flatMap(ids)];
  })(item);
  for (const figure of figuresIn(textOf(item))) {
    const missing = figuresMissing(figure, quotes);
    if (missing.length)
      problems.push({
        line: lineOf(item),
        field: '<KeyFacts>',
        message: cited.length
          ? `“${figure}” is in no quote cited in this item: quote the words that give it in a <Cite quote="…"> here`
          : `“${figure}” is cited nowhere in this item: add <Cite id="…" quote="…" /> with the source's words that give it`,
      });
  }
}

function short(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
