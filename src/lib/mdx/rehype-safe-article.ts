// The second wall: after Markdown has become HTML (hast), every article must consist only of the
// elements Markdown makes, the toolkit's components with plain string attributes, and text. The
// first wall (safe-subset.ts) reports mistakes with a fix; this one is a short allowlist that stops
// the build if anything unsafe got past it: a script, an event handler, a javascript: address, code.
import { relative } from 'node:path';
import { ContentError } from '../content/problems';
import { isMdxComponent } from './components';
import { checkMessages } from '../../i18n/messages';
import { isSafeUrl } from './safe-subset';

interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
  position?: { start: { line: number } };
  data?: { estree?: { body: unknown[] } };
}

/** What Markdown, GFM (tables, footnotes, task lists) and code highlighting produce. */
const markdownElements = new Set(
  'a blockquote br code del em h1 h2 h3 h4 h5 h6 hr img input li ol p pre section span strong sup table tbody td th thead tr ul'.split(
    ' ',
  ),
);
const urlProperties = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'srcSet'];

/** Why a node is unsafe, or undefined. */
export function unsafeNode(node: HastNode): string | undefined {
  switch (node.type) {
    case 'root':
    case 'text':
    case 'comment':
      return undefined;
    case 'element': {
      const tag = node.tagName ?? '';
      if (!markdownElements.has(tag)) return `<${tag}> element`;
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        if (/^on/i.test(key)) return `${key} attribute on <${tag}>`;
        if (urlProperties.includes(key) && typeof value === 'string' && !isSafeUrl(value))
          return `${key}="${value}" on <${tag}>`;
      }
      return undefined;
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      if (!node.name || !isMdxComponent(node.name)) return `<${node.name ?? ''}> element`;
      const bad = node.attributes?.find(
        (a) => a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string' || /^on/i.test(a.name ?? ''),
      );
      return bad ? `attribute ${bad.name ?? '{…}'} on <${node.name}>` : undefined;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return node.data?.estree?.body.length === 0 ? undefined : 'expression';
    default:
      return `${node.type} node`;
  }
}

export function rehypeSafeArticle() {
  return (tree: HastNode, file: { path?: string }) => {
    const visit = (node: HastNode) => {
      const why = unsafeNode(node);
      if (why)
        throw new ContentError([
          {
            file: file.path ? relative(process.cwd(), file.path) : '(article)',
            line: node.position?.start.line ?? 1,
            field: checkMessages().fields.unsafe,
            message: checkMessages().mdx.unsafe(why),
            severity: 'error',
          },
        ]);
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
