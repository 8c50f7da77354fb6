// The `_headers` file in Cloudflare Pages' format: a path pattern on its own line, then indented
// `Name: value` lines, or `! Name` to detach a header an earlier rule set. In a pattern `*` matches
// any run of characters (slashes too) and `:name` one path segment.
//
// A request gets every matching rule, in file order, applied as Cloudflare Pages applies them:
// first the rule's detached headers are removed, then its headers are set; a header that an earlier
// rule set is joined to it with ", ". Patterns are matched against the decoded, normalised path
// (`requestPath` in ./request-path.ts), never the raw one.
import { escapeRegExp } from '../escape';

export interface HeaderRule {
  /** The pattern as written. */
  path: string;
  /** Headers removed before this rule's own are set. */
  detach: string[];
  /** Header names and values, in file order. */
  set: [string, string][];
}

interface CompiledRule extends HeaderRule {
  pattern: RegExp;
}

function toRegExp(path: string): RegExp {
  const escaped = escapeRegExp(path)
    .replace(/\\\*/g, '.*')
    .replace(/:[A-Za-z]\w*/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

const compile = (rule: HeaderRule): CompiledRule => ({ ...rule, pattern: toRegExp(rule.path) });

/** Parses a `_headers` file; a malformed line is an error naming its line number. */
export function parseHeadersFile(text: string): CompiledRule[] {
  const rules: CompiledRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const where = `_headers line ${index + 1}`;
    if (!/^\s/.test(raw)) {
      if (!line.startsWith('/')) throw new Error(`${where}: a path must start with "/": "${line}"`);
      rules.push(compile({ path: line, detach: [], set: [] }));
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: a header line must follow a path line: "${line}"`);
    if (line.startsWith('!')) {
      const name = line.slice(1).trim();
      if (!/^[\w-]+$/.test(name)) throw new Error(`${where}: "! " must be followed by a header name: "${line}"`);
      rule.detach.push(name);
      return;
    }
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    if (colon < 0 || !/^[\w-]+$/.test(name)) throw new Error(`${where}: expected "Name: value": "${line}"`);
    rule.set.push([name, line.slice(colon + 1).trim()]);
  });
  return rules;
}

/** The headers (lower-case names) for one decoded, normalised URL path: every matching rule, in file order. */
export function headersFor(rules: readonly CompiledRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const name of rule.detach) delete out[name.toLowerCase()];
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

/** Writes rules as a `_headers` file, with `comment` lines at the top. */
export function formatHeadersFile(rules: readonly HeaderRule[], comment: readonly string[] = []): string {
  const blocks = rules.map((rule) =>
    [rule.path, ...rule.detach.map((name) => `  ! ${name}`), ...rule.set.map(([n, v]) => `  ${n}: ${v}`)].join('\n'),
  );
  return [...comment.map((line) => (line ? `# ${line}` : '#')), '', blocks.join('\n\n'), ''].join('\n');
}
