// The remark plugin behind the article components. For each article it
//   1. stops the build when the article has a content error (unknown source, glossary or timeline id,
//      Figure without alt, anything outside the safe subset of MDX, …), with the same
//      `file:line: field: message` as `npm run check:content`;
//   2. numbers the citations (<Cite>, <Quote>, <Stat>) in document order and gives each element its
//      number `n` and use `k`; the ordered sources, with each use's quote and place, go to
//      frontmatter `citations`;
//   3. gives every component the page's language (`pageLang`), numbers <Term> and <KeyFacts> so
//      their element ids are unique, and sets a <Timeline>'s `headingLevel` one below the heading
//      it follows;
//   4. puts the reading time in frontmatter `minutesRead`.
// The page reads both through `remarkPluginFrontmatter` from `render(entry)`.
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { relative, resolve, sep } from 'node:path';
import { isLocale } from '../../i18n/locales';
import { contentRoot } from '../content/paths';
import { ContentError, errorsIn } from '../content/problems';
import { contentRegistry } from '../content/registry';
import { citingAttribute, isCiting, isMdxComponent } from './components';
import { numberCitations, type CitedSourceWithEvidence } from './citations';
import { readingMinutes } from './reading-time';
import { inspectArticle, type MdxNode } from './safe-subset';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
interface MdFile {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export interface ArticleFrontmatterExtras {
  citations: CitedSourceWithEvidence[];
  minutesRead: number;
}

const isJsx = (node: Nodes): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

export function attribute(node: JsxElement, name: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

function setAttribute(node: JsxElement, name: string, value: string | number, overwrite = true) {
  node.attributes ??= []; // (a hand-made tree may leave them out)
  const existing = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (existing) {
    if (overwrite) existing.value = String(value);
  } else node.attributes.push({ type: 'mdxJsxAttribute', name, value: String(value) });
}

/** The heading level for a component's own headings placed after a heading of `depth` (2–4). */
export function headingLevelAfter(depth: number): 2 | 3 | 4 {
  return Math.min(4, Math.max(2, depth + 1)) as 2 | 3 | 4;
}

/** The document's text, for the reading time (JSX attribute values are not read, so not counted). */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'code') return '';
  return 'children' in node ? node.children.map(textOf).join(' ') : '';
}

export interface RemarkArticleOptions {
  /** The content folder; CONTENT_ROOT or content/ by default. */
  root?: string;
}

export function remarkArticle(options: RemarkArticleOptions = {}) {
  return (tree: Root, file: MdFile) => {
    const root = options.root ?? contentRoot();
    const name = file.path ? relative(process.cwd(), file.path) : '(article)';
    // Only a file of the content folder can have problems in the registry (no need to read it for others).
    const inContent = !!file.path && resolve(file.path).startsWith(resolve(root) + sep);
    const errors = inContent ? errorsIn(contentRegistry(root).problems).filter((p) => p.file === name) : [];
    if (errors.length) throw new ContentError(errors);
    // An MDX file the registry does not hold (a test fixture) gets the same safe-subset check here.
    // (inspectArticle reads the same tree through its own narrower shape, shared with the content loader.)
    const unsafe = inspectArticle(tree as MdxNode).problems.map((p) => ({
      ...p,
      file: name,
      severity: 'error' as const,
    }));
    if (unsafe.length) throw new ContentError(unsafe);

    const frontmatter = (file.data.astro ??= {}).frontmatter ?? {};
    file.data.astro.frontmatter = frontmatter;
    const lang = isLocale(frontmatter.lang) ? frontmatter.lang : undefined;

    const citing: JsxElement[] = [];
    const counters = new Map<string, number>();
    let lastDepth = 1; // the page's <h1> is the title
    const visit = (node: Nodes) => {
      if (node.type === 'heading' && node.depth) lastDepth = node.depth;
      if (isJsx(node) && node.name && isMdxComponent(node.name)) {
        if (lang) setAttribute(node, 'pageLang', lang);
        if (isCiting(node.name)) citing.push(node);
        if (node.name === 'Term' || node.name === 'KeyFacts') {
          const n = (counters.get(node.name) ?? 0) + 1;
          counters.set(node.name, n);
          setAttribute(node, 'n', n);
        }
        if (node.name === 'Timeline') setAttribute(node, 'headingLevel', headingLevelAfter(lastDepth), false);
      }
      if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);

    const numbering = numberCitations(
      citing.map((node) => attribute(node, citingAttribute[node.name as keyof typeof citingAttribute]) ?? ''),
    );
    const citations: CitedSourceWithEvidence[] = numbering.sources.map((s) => ({ ...s, evidence: [] }));
    citing.forEach((node, i) => {
      const use = numbering.uses[i]!;
      setAttribute(node, 'n', use.n);
      setAttribute(node, 'k', use.k);
      const quote = attribute(node, 'quote');
      const at = attribute(node, 'at');
      citations[use.n - 1]!.evidence.push({ ...(quote ? { quote } : {}), ...(at ? { at } : {}) });
    });
    const extras: ArticleFrontmatterExtras = {
      citations,
      minutesRead: readingMinutes(textOf(tree)),
    };
    Object.assign(frontmatter, extras);
  };
}
