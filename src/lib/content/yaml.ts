// YAML parsing that remembers where every value came from, so a problem can name its line.
// The YAML 1.2 core schema keeps dates as strings: "2024-02-30" stays text and is rejected by
// the schema, instead of being rolled over to 1 March as a Date.
import { checkMessages } from '../../i18n/messages';
import { isAlias, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** Line (1-based) of the value at `path`, or of its closest parent that exists. */
  lineOf(path: readonly (string | number)[]): number;
  /** Syntax errors, each with its line and a message that says what to do. */
  errors: { line: number; message: string }[];
}

/** At most this many aliases (*name) in a file: far more than content needs, far less than a "billion laughs". */
const MAX_ALIASES = 50;

/** What a YAML syntax error means for an editor, from the parser's code and the line it is on. */
export function explainYamlError(code: string, message: string, lineText: string): string {
  const value = /^\s*(?:-\s+)?(?:[\w-]+:\s+)?(['"])/.exec(lineText);
  if (value?.[1] === "'" && (code === 'UNEXPECTED_TOKEN' || code === 'MISSING_CHAR'))
    return checkMessages().yaml.singleQuote;
  if (value?.[1] === '"' && (code === 'UNEXPECTED_TOKEN' || code === 'MISSING_CHAR'))
    return checkMessages().yaml.doubleQuote;
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY')
    return checkMessages().yaml.colon;
  if (code === 'TAB_AS_INDENT') return checkMessages().yaml.tab;
  if (code === 'DUPLICATE_KEY') return checkMessages().yaml.duplicateKey(message.split('\n')[0]!);
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR')
    return checkMessages().yaml.indent(message.split('\n')[0]!);
  return checkMessages().yaml.other(message.split('\n')[0]!);
}

export function parseYaml(source: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const line = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const lines = source.split('\n');
  const errors = doc.errors.map((e) => {
    const at = lineCounter.linePos(e.pos[0]).line;
    return { line: at + firstLine - 1, message: explainYamlError(e.code, e.message, lines[at - 1] ?? '') };
  });
  let data: unknown;
  if (!errors.length) {
    const aliases: number[] = [];
    visit(doc, {
      Alias(_, node) {
        if (isAlias(node) && node.range) aliases.push(node.range[0]);
      },
    });
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch {
      // An alias bomb (aliases of aliases, expanding to millions of values) or an alias to nothing.
      errors.push({
        line: line(aliases[0] ?? 0),
        message:
          checkMessages().yaml.aliases,
      });
    }
  }
  return {
    data,
    errors,
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range) return line(node.range[0]);
      }
      return firstLine;
    },
  };
}

/** The byte order mark some editors put at the start of a file: invisible, and ignored here as by Astro. */
export const stripBom = (source: string) => (source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);

/** Splits an MDX/Markdown file into its frontmatter (YAML between --- lines) and body. */
export function splitFrontmatter(
  source: string,
): { yaml: string; yamlLine: number; body: string; bodyLine: number } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(stripBom(source));
  if (!m) return null;
  const yaml = m[1] ?? '';
  const headerLines = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0);
  return { yaml, yamlLine: 2, body: stripBom(source).slice(m[0].length), bodyLine: headerLines + 1 };
}
