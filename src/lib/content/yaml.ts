// YAML parsing that remembers where every value came from, so a problem can name its line.
// The YAML 1.2 core schema keeps dates as strings: "2024-02-30" stays text and is rejected by
// the schema, instead of being rolled over to 1 March as a Date.
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** Line (1-based) of the value at `path`, or of its closest parent that exists. */
  lineOf(path: readonly (string | number)[]): number;
  /** Syntax errors, each with its line. */
  errors: { line: number; message: string }[];
}

export function parseYaml(source: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const line = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    errors: doc.errors.map((e) => ({ line: line(e.pos[0]), message: e.message.split('\n')[0] ?? e.message })),
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range) return line(node.range[0]);
      }
      return firstLine;
    },
  };
}

/** Splits an MDX/Markdown file into its frontmatter (YAML between --- lines) and body. */
export function splitFrontmatter(
  source: string,
): { yaml: string; yamlLine: number; body: string; bodyLine: number } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!m) return null;
  const yaml = m[1] ?? '';
  const headerLines = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0);
  return { yaml, yamlLine: 2, body: source.slice(m[0].length), bodyLine: headerLines + 1 };
}
