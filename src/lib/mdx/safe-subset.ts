// Articles are a safe subset of MDX: Markdown, the toolkit's components (exact names, string
// attributes) and nothing else. No import/export, no {expressions} (comments `{/* … */}` excepted),
// no lowercase JSX or HTML elements, no links to javascript:, data: or other non-web addresses.
//
// `inspectArticle` walks the syntax tree the MDX parser (remark-mdx) made and returns every
// violation with its line and a fix, the components used (for the reference checks in
// src/lib/content/load.ts) and the article's prose (for the language and placeholder checks).
// `explainMdxError` turns the parser's own errors (a bare `<`, an unclosed tag) into the same form.
// Both run wherever an article is read: `npm run check:content`, the build, `astro dev`.
import GithubSlugger from 'github-slugger';
import { checkMessages } from '../../i18n/messages';
import type { Claim } from './evidence';
import { componentAttributes, componentNamed, isMdxComponent, mdxComponentNames } from './components';

// The mdast / MDX shapes read here (mdast-util-mdx, mdast-util-mdx-jsx, mdast-util-mdx-expression).
export interface MdxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}
export interface MdxNode {
  type: string;
  children?: MdxNode[];
  value?: string;
  url?: string;
  depth?: number;
  name?: string | null;
  attributes?: MdxAttribute[];
  position?: { start: { line: number; offset?: number }; end?: { line: number; offset?: number } };
  data?: { estree?: { body: unknown[] } };
}

/** A problem inside an article's text: the file adds its name. */
export interface BodyProblem {
  line: number;
  field: string;
  message: string;
  /** A syntax error about a tag left open (`unclosed`), or one that must be closed first (`mustClose`). */
  unclosed?: string;
  mustClose?: string;
}

/** A component as written in an article: its name, string attributes and line. */
export interface FoundComponent {
  name: string;
  attrs: Record<string, string>;
  line: number;
  /** False for `<Term id="x" />` or a tag with only white space inside. */
  hasChildren: boolean;
  /** Attributes written but not readable as text (`id={x}`): already reported, not checked again. */
  unreadable: string[];
}

export interface Inspection {
  problems: BodyProblem[];
  components: FoundComponent[];
  /** The prose in the page's language: text outside code, <Lang> and <Quote lang="…">. */
  text: string;
  /** Citations without the evidence they need (src/lib/mdx/evidence.ts); set when the article is safe. */
  evidence?: BodyProblem[];
  /** The headings' anchors as the build writes them (github-slugger, as Astro's heading ids). */
  headings?: { line: number; slug: string }[];
  /** Every sentence with its figures and citations (src/lib/mdx/evidence.ts); set when the article is safe. */
  claims?: Claim[];
  /** Every link and image address, with its line. */
  links?: { line: number; url: string; image: boolean }[];
  /** The reading time, in whole minutes (./reading-time.ts); set when the article is safe. */
  minutesRead?: number;
}

/** A node's text as a heading's anchor is made from it: its text and inline code, in order. */
const plainText = (node: MdxNode): string =>
  node.type === 'text' || node.type === 'inlineCode'
    ? (node.value ?? '')
    : (node.children ?? []).map(plainText).join('');

const componentList = mdxComponentNames.map((n) => `<${n}>`).join(', ');
const SAFE_SCHEMES = new Set(['http', 'https']);

// eslint-disable-next-line no-control-regex
const compactUrl = (url: string) => url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();

/** `//host/path`, or `/\host` and `\\host`, which browsers read the same way: another site, with no scheme. */
const isOtherHost = (compact: string) => /^[/\\]{2}/.test(compact);

/**
 * Whether a link or image address is safe to publish: http(s), or an address on this site
 * (/path, #fragment, relative), never another host written without its scheme (`//host/…`). The
 * scheme is read the way browsers read it, ignoring case, spaces and control characters
 * ("Java\tScript:" is javascript:).
 */
export function isSafeUrl(url: string): boolean {
  const compact = compactUrl(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  return scheme === undefined ? !isOtherHost(compact) : SAFE_SCHEMES.has(scheme);
}

const short = (s: string, max = 40) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

/** Why a lowercase (HTML) element is not allowed, and what to write instead. */
export function htmlElementProblem(name: string, attributeNames: readonly string[] = []): Omit<BodyProblem, 'line'> {
  const component = componentNamed(name);
  if (component) return { field: `<${name}>`, message: checkMessages().mdx.capital(component) };
  if (name === 'span' && attributeNames.includes('lang'))
    return {
      field: '<span>',
      message: checkMessages().mdx.spanLang,
    };
  return {
    field: `<${name}>`,
    message: checkMessages().mdx.html,
  };
}

function isHtmlName(name: string): boolean {
  return /^[a-z]/.test(name) || name.includes('.') || name.includes(':');
}

function inspectComponent(node: MdxNode, name: string, line: number, out: Inspection) {
  const allowed: readonly string[] = isMdxComponent(name) ? componentAttributes[name] : [];
  const attrs: Record<string, string> = {};
  const unreadable: string[] = [];
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      out.problems.push({
        line,
        field: `<${name}>`,
        message: checkMessages().mdx.attributeCode(short(String(attr.value ?? ''))),
      });
      continue;
    }
    const attrName = attr.name ?? '';
    if (!allowed.includes(attrName)) {
      out.problems.push({
        line,
        field: `<${name}> ${attrName}`,
        message: allowed.length
          ? checkMessages().mdx.notAnAttribute(name, allowed.join(', '))
          : checkMessages().mdx.noAttributes(name),
      });
      continue;
    }
    if (typeof attr.value === 'string') {
      attrs[attrName] = attr.value;
      continue;
    }
    unreadable.push(attrName);
    if (attr.value == null)
      out.problems.push({ line, field: `<${name}> ${attrName}`, message: checkMessages().mdx.valueNeeded(attrName) });
    else
      out.problems.push({
        line,
        field: `<${name}> ${attrName}`,
        message: checkMessages().mdx.valueInBraces(attrName),
      });
  }
  const hasChildren = (node.children ?? []).some((c) => c.type !== 'text' || !!c.value?.trim());
  out.components.push({ name, attrs, line, hasChildren, unreadable });
}

/** Walks an MDX syntax tree (mdast with MDX nodes) and reports everything outside the safe subset. */
export function inspectArticle(tree: MdxNode): Inspection {
  const out: Inspection = { problems: [], components: [], text: '', headings: [], links: [] };
  const slugger = new GithubSlugger();
  const text: string[] = [];
  const visit = (node: MdxNode, prose: boolean) => {
    const line = node.position?.start.line ?? 1;
    let childProse = prose;
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = /^\s*export\b/.test(node.value ?? '') ? 'export' : 'import';
        out.problems.push({
          line,
          field: keyword,
          message: keyword === 'import' ? checkMessages().mdx.importLine : checkMessages().mdx.exportLine,
        });
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // `{/* a note */}` is a comment: an expression with no code in it.
        if (node.data?.estree && node.data.estree.body.length === 0) return;
        out.problems.push({
          line,
          field: '{…}',
          message: checkMessages().mdx.expression(short(node.value ?? '')),
        });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        if (!name) {
          out.problems.push({
            line,
            field: '<>',
            message: checkMessages().mdx.fragment,
          });
        } else if (isHtmlName(name)) {
          const attributeNames = (node.attributes ?? []).flatMap((a) => (a.name ? [a.name] : []));
          out.problems.push({ line, ...htmlElementProblem(name, attributeNames) });
        } else if (!isMdxComponent(name)) {
          out.problems.push({
            line,
            field: `<${name}>`,
            message: checkMessages().mdx.notComponent(componentList),
          });
        } else {
          inspectComponent(node, name, line, out);
          if (name === 'Lang' || (name === 'Quote' && node.attributes?.some((a) => a.name === 'lang')))
            childProse = false;
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (node.url !== undefined) out.links!.push({ line, url: node.url, image: node.type === 'image' });
        if (node.url !== undefined && !isSafeUrl(node.url))
          out.problems.push({
            line,
            field: node.type === 'image' ? checkMessages().fields.image : checkMessages().fields.link,
            message: isOtherHost(compactUrl(node.url))
              ? checkMessages().mdx.otherHost(short(node.url))
              : checkMessages().mdx.unsafeLink(short(node.url)),
          });
        break;
      case 'heading':
        out.headings!.push({ line, slug: slugger.slug(plainText(node)) });
        break;
      case 'code':
      case 'inlineCode':
        return;
      case 'text':
        if (prose && node.value) text.push(node.value);
        return;
    }
    for (const child of node.children ?? []) visit(child, childProse);
  };
  visit(tree, true);
  out.text = text.join(' ');
  return out;
}

/** The error the MDX parser throws (a VFileMessage), as far as it is read here. */
export interface MdxParseError {
  reason?: string;
  message?: string;
  ruleId?: string;
  line?: number;
  place?: { line?: number; offset?: number; start?: { line: number; offset?: number } };
}

function lineAt(source: string, offset: number): number {
  return source.slice(0, offset).split('\n').length;
}

/** The tag an offset is inside of: `<img src=x` → { name: 'img', line }. */
function tagBefore(source: string, offset: number): { name: string; line: number } | undefined {
  const before = source.slice(0, offset + 1);
  const m = /<\/?([A-Za-z][\w.:-]*)[^<>]*$/.exec(before);
  return m ? { name: m[1]!, line: lineAt(source, m.index) } : undefined;
}

/** How a curly quote that opens a value is shown: with its closing one. */
const CURLY_PAIRS: Record<string, string> = {
  '“': '“…”',
  '”': '”…”',
  '‘': '‘…’',
  '’': '’…’',
  '„': '„…“',
  '«': '«…»',
  '»': '»…«',
};

/** Turns an MDX parse error into a problem an editor can act on, with the line it is on. */
export function explainMdxError(error: MdxParseError, source: string): BodyProblem {
  const reason = error.reason ?? error.message ?? String(error);
  const offset = error.place?.offset ?? error.place?.start?.offset;
  let line = error.line ?? error.place?.line ?? error.place?.start?.line ?? 1;
  const tag = offset === undefined ? undefined : tagBefore(source, offset);

  // An unclosed tag has no place of its own: its opening tag's is in the message, "(3:1-3:22)".
  const unclosed = /^Expected a closing tag for `<([^>]*)>` \((\d+):\d+-/.exec(reason);
  if (unclosed) {
    const name = unclosed[1]!;
    line = Number(unclosed[2]);
    if (isHtmlName(name)) return { line, ...htmlElementProblem(name) };
    return {
      line,
      field: `<${name}>`,
      message: checkMessages().mdx.unclosed(name),
      unclosed: name,
    };
  }
  // Anything wrong inside an HTML tag: the HTML is the mistake to fix.
  if (tag && isHtmlName(tag.name) && !reason.includes('to create a comment'))
    return { line: tag.line, ...htmlElementProblem(tag.name) };

  const mismatch =
    /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>` \((\d+):/.exec(reason);
  if (mismatch)
    return {
      line,
      field: `</${mismatch[1]}>`,
      message: checkMessages().mdx.mismatch(mismatch[2]!, mismatch[3]!),
      mustClose: mismatch[2]!,
    };
  if (error.ruleId === 'unexpected-closing-slash') {
    const closing = offset === undefined ? undefined : /^<\/([A-Za-z][\w.:-]*)/.exec(source.slice(offset - 1))?.[1];
    return {
      line,
      field: closing ? `</${closing}>` : tag ? `</${tag.name}>` : '</…>',
      message: checkMessages().mdx.neverOpened,
    };
  }
  if (reason.includes('to create a comment')) return { line, field: '<!--', message: checkMessages().mdx.comment };
  if (reason.includes('to create a link')) return { line, field: '<…>', message: checkMessages().mdx.autolink };
  if (error.ruleId === 'acorn' || reason.startsWith('Could not parse expression'))
    return {
      line,
      field: '{…}',
      message: checkMessages().mdx.braces,
    };
  const curly = /^Unexpected character `([“”‘’„«»])` \(U\+[0-9A-F]+\) before attribute value/.exec(reason);
  if (curly)
    return {
      line,
      field: tag ? `<${tag.name}>` : '<…>',
      message: checkMessages().mdx.curlyQuotes(CURLY_PAIRS[curly[1]!] ?? curly[1]!),
    };
  if (/attribute value, expected a character that can start an attribute value/.test(reason) && tag)
    return {
      line,
      field: `<${tag.name}>`,
      message: checkMessages().mdx.unquoted,
    };
  if (/end of file in attribute value, expected a corresponding closing quote/.test(reason))
    return {
      line: tag?.line ?? line,
      field: tag ? `<${tag.name}>` : '<…>',
      message: checkMessages().mdx.noClosingQuote,
    };
  const char = /^Unexpected character `(.+?)` \(U\+[0-9A-F]+\) before name/.exec(reason);
  if (char)
    return {
      line,
      field: '<',
      message: checkMessages().mdx.lessThan(char[1]!),
    };
  return {
    line,
    field: 'MDX',
    message: checkMessages().mdx.other(reason.replace(/\s+/g, ' ')),
  };
}
