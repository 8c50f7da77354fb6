// Parses and compiles an article's body the way the build does: @mdx-js/mdx (the compiler behind
// @astrojs/mdx) with GFM, the safe-subset inspection, the evidence rules and the second wall. `npm run check:content`,
// the build's content guard and `astro dev` all read articles through this one function, so an
// article the check accepts is one the build's MDX step accepts.
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { checkMessages, messageLocale } from '../../i18n/messages';
import { ContentError } from './problems';
import { checkEvidence, claimsOf } from '../mdx/evidence';
import { readableText, readingMinutes } from '../mdx/reading-time';
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
    // The evidence is read even when the article has other mistakes: every problem in one pass.
    inspection.evidence = checkEvidence(tree);
    inspection.claims = claimsOf(tree);
    inspection.minutesRead = readingMinutes(readableText(tree));
    if (inspection.problems.length) throw new Stop();
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
        field: node.type === 'paragraph' ? checkMessages().fields.paragraph : node.type,
        message: checkMessages().articles.blockTooLong(length, BLOCK_MAX),
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

/** How many syntax errors one file reports before the rest of it is left unread. */
const MAX_RECOVERIES = 20;

/** `text` with the block around `line` (up to the empty lines before and after it) made empty lines. */
function blankBlock(text: string, line: number): { text: string; removed: string } | undefined {
  const lines = text.split('\n');
  const at = line - 1;
  if (at < 0 || at >= lines.length || !lines[at]!.trim()) return undefined;
  let start = at;
  while (start > 0 && lines[start - 1]!.trim()) start--;
  let end = at;
  while (end < lines.length - 1 && lines[end + 1]!.trim()) end++;
  const removed = lines.slice(start, end + 1).join('\n');
  for (let i = start; i <= end; i++) lines[i] = '';
  return { text: lines.join('\n'), removed };
}

/**
 * Compiles `body` (the text after the frontmatter, which starts on `bodyLine`). Lines in the result
 * are the file's own. Never throws: syntax errors are returned as problems, each of them, with the
 * rest of the article's problems.
 */
export function compileArticleBody(file: string, body: string, bodyLine: number): Inspection {
  const source = '\n'.repeat(bodyLine - 1) + body;
  // Problems are worded in the check's language: kept per file and language.
  const key = `${file}\u0000${messageLocale()}`;
  const hit = cache.get(key);
  if (hit?.source === source) return hit.inspection;
  let inspection: Inspection;
  if (body.length > BODY_MAX) {
    inspection = {
      problems: [
        {
          line: bodyLine,
          field: checkMessages().fields.text.replace(/[()]/g, ''),
          message: checkMessages().articles.tooLong(body.length, BODY_MAX),
        },
      ],
      components: [],
      text: '',
    };
    cache.set(key, { source, inspection });
    return inspection;
  }
  // A syntax error stops the MDX parser where it is. To report the mistakes after it in the same
  // run, its block (the lines between empty lines) is blanked out and the rest parsed again, a few
  // times at most; a closing tag left without its opening tag by that is not reported.
  const syntax: BodyProblem[] = [];
  const blankedTags = new Set<string>();
  const unclosedTags = new Set<string>();
  let text = source;
  for (let attempt = 0; ; attempt++) {
    const vfile = { path: file, value: text, data: {} as Data };
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
      else {
        const problem = explainMdxError(error as MdxParseError, text);
        const closing = /^<\/([A-Za-z][\w.]*)>$/.exec(problem.field)?.[1];
        const { unclosed, mustClose, ...shown } = problem;
        // A consequence of a mistake already reported is not reported again: a closing tag whose
        // opening tag was blanked out, a tag said to be unclosed when a wrong closing tag was.
        if (!(closing && blankedTags.has(closing)) && !(unclosed && unclosedTags.has(unclosed))) syntax.push(shown);
        if (mustClose) unclosedTags.add(mustClose);
        const blanked = attempt < MAX_RECOVERIES ? blankBlock(text, problem.line) : undefined;
        if (blanked && blanked.text !== text) {
          for (const tag of blanked.removed.matchAll(/<([A-Z][\w.]*)(?![^<>]*\/>)/g)) blankedTags.add(tag[1]!);
          text = blanked.text;
          continue;
        }
        inspection = { problems: [], components: [], text: '' };
      }
    }
    break;
  }
  inspection = { ...inspection, problems: [...syntax, ...inspection.problems].sort((a, b) => a.line - b.line) };
  cache.set(key, { source, inspection });
  return inspection;
}
