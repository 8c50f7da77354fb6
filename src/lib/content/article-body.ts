// Parses and compiles an article's body the way the build does: @mdx-js/mdx (the compiler behind
// @astrojs/mdx) with GFM, the safe-subset inspection, the evidence rules and the second wall. `npm run check:content`,
// the build's content guard and `astro dev` all read articles through this one function, so an
// article the check accepts is one the build's MDX step accepts.
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { ContentError } from './problems';
import { checkEvidence, claimsOf } from '../mdx/evidence';
import { rehypeSafeArticle } from '../mdx/rehype-safe-article';
import {
  explainMdxError,
  inspectArticle,
  type BodyProblem,
  type Inspection,
  type MdxNode,
  type MdxParseError,
} from '../mdx/safe-subset';

/** Where the inspection is left on the file (vfile's `data`). */
type Data = Record<string, unknown> & { inspection?: Inspection };

/** Stops the compile once the inspection found problems: they are reported, the rest would repeat them. */
class Stop extends Error {}

function remarkInspect() {
  return (tree: MdxNode, file: { data: Data }) => {
    const inspection = inspectArticle(tree);
    inspection.problems.push(...longBlocks(tree));
    file.data.inspection = inspection;
    if (inspection.problems.length) throw new Stop();
    inspection.evidence = checkEvidence(tree);
    inspection.claims = claimsOf(tree);
  };
}

let processor: ReturnType<typeof createProcessor> | undefined;
const compiler = () =>
  (processor ??= createProcessor({
    format: 'mdx',
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    remarkPlugins: [remarkGfm, remarkInspect],
    rehypePlugins: [rehypeSafeArticle],
  }));

/**
 * The longest article body and the longest block (paragraph, heading, list item, table, quote) an
 * article may have, in characters. Far above what readers can take (the longest article today is
 * about 44,000 characters, its longest paragraph about 4,300), and far below what the MDX compiler
 * and the build can take: a single paragraph of about 540,000 characters overflowed the build's stack.
 */
export const BODY_MAX = 200_000;
export const BLOCK_MAX = 20_000;

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'listItem', 'table', 'blockquote', 'mdxJsxFlowElement']);

/** Blocks longer than BLOCK_MAX, outermost first (a long list is reported once, not for each item). */
function longBlocks(tree: MdxNode): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const visit = (node: MdxNode) => {
    const { start, end } = node.position ?? {};
    const length = (end?.offset ?? 0) - (start?.offset ?? 0);
    if (BLOCK_TYPES.has(node.type) && length > BLOCK_MAX && !(node.children ?? []).some((c) => BLOCK_TYPES.has(c.type))) {
      problems.push({
        line: start?.line ?? 1,
        field: node.type === 'paragraph' ? 'paragraph' : node.type,
        message: `is ${length.toLocaleString('en')} characters long; the most is ${BLOCK_MAX.toLocaleString('en')}: split it into paragraphs readers can take in`,
      });
      return;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

/** Results by file, reused while the file's text is unchanged (a dev server re-checks on every save). */
const cache = new Map<string, { source: string; inspection: Inspection }>();

/**
 * Compiles `body` (the text after the frontmatter, which starts on `bodyLine`). Lines in the result
 * are the file's own. Never throws: a syntax error is returned as the one problem it can report.
 */
export function compileArticleBody(file: string, body: string, bodyLine: number): Inspection {
  const source = '\n'.repeat(bodyLine - 1) + body;
  const hit = cache.get(file);
  if (hit?.source === source) return hit.inspection;
  const vfile = { path: file, value: source, data: {} as Data };
  let inspection: Inspection;
  if (body.length > BODY_MAX) {
    inspection = {
      problems: [
        {
          line: bodyLine,
          field: 'text',
          message: `is ${body.length.toLocaleString('en')} characters long; the most an article may have is ${BODY_MAX.toLocaleString('en')}: split it into two articles`,
        },
      ],
      components: [],
      text: '',
    };
    cache.set(file, { source, inspection });
    return inspection;
  }
  try {
    compiler().processSync(vfile);
    inspection = vfile.data.inspection!;
  } catch (error) {
    if (error instanceof Stop) inspection = vfile.data.inspection!;
    else if (error instanceof ContentError)
      inspection = {
        problems: error.problems.map(({ line, field, message }): BodyProblem => ({ line, field, message })),
        components: [],
        text: '',
      };
    else inspection = { problems: [explainMdxError(error as MdxParseError, source)], components: [], text: '' };
  }
  cache.set(file, { source, inspection });
  return inspection;
}
