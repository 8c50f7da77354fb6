// The remark plugin behind the article components. For each article it
//   1. stops the build when the article has a content error (unknown source, glossary or timeline id,
//      Figure without alt, anything outside the safe subset of MDX, …), with the same
//      `file:line: field: message` as `npm run check:content`;
//   2. gives each citation (<Cite>, <Quote>, <Stat>) its number `n` and use `k`, as the content
//      registry numbered them (once per article, src/lib/content/kinds/articles.ts); the ordered
//      sources, with each use's quote and place, go to frontmatter `citations`;
//   3. gives every component the page's language (`pageLang`), numbers <Term> and <KeyFacts> so
//      their element ids are unique, and sets a <Timeline>'s `headingLevel` one below the heading
//      it follows;
//   4. puts the registry's reading time in frontmatter `minutesRead`.
// The page reads both through `remarkPluginFrontmatter` from `render(entry)`.
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { relative, resolve, sep } from 'node:path';
import { isLocale } from '../../i18n/locales';
import { checkMessages } from '../../i18n/messages';
import { contentRoot } from '../content/paths';
import { ContentError, errorsIn } from '../content/problems';
import { contentRegistry } from '../content/registry';
import { isCiting, isMdxComponent, numberedComponents } from './components';
import { articleCitations, type CitedSourceWithEvidence } from './citations';
import { readableText, readingMinutes } from './reading-time';
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
    const inspection = inspectArticle(tree as MdxNode);
    const unsafe = inspection.problems.map((p) => ({
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
        if ((numberedComponents as readonly string[]).includes(node.name)) {
          const n = (counters.get(node.name) ?? 0) + 1;
          counters.set(node.name, n);
          setAttribute(node, 'n', n);
        }
        if (node.name === 'Timeline') setAttribute(node, 'headingLevel', headingLevelAfter(lastDepth), false);
      }
      if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);

    // The numbering and the reading time are the content registry's, computed once per article
    // (src/lib/content/kinds/articles.ts); a file the registry does not hold (a test's) gets them
    // from the same functions, on the inspection above (the components the registry would have found).
    const registered = inContent
      ? contentRegistry(root).content.articles.find((a) => resolve(a.file) === resolve(file.path!))
      : undefined;
    const citations = registered?.citations ?? articleCitations(inspection.components);
    citing.forEach((node, i) => {
      const use = citations.uses[i];
      if (!use)
        throw new ContentError([
          {
            file: name,
            line: node.position?.start.line ?? 1,
            field: `<${node.name}>`,
            message: checkMessages().mdx.notNumbered,
            severity: 'error',
          },
        ]);
      setAttribute(node, 'n', use.n);
      setAttribute(node, 'k', use.k);
    });
    const extras: ArticleFrontmatterExtras = {
      citations: citations.sources,
      minutesRead: registered?.minutesRead ?? readingMinutes(readableText(tree)),
    };
    Object.assign(frontmatter, extras);
  };
}
