// Reads a `_headers` file (the format Netlify and Cloudflare Pages use): a path pattern on its own
// line, then indented `Name: value` lines. `*` matches any run of characters, `:name` one segment.
// Later rules add to earlier ones; a header set by several rules is joined with ", " like hosts do.

export interface HeaderRule {
  pattern: RegExp;
  source: string;
  headers: [string, string][];
}

function toRegExp(path: string): RegExp {
  const escaped = path
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/:[A-Za-z]\w*/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: toRegExp(raw.trim()), source: raw.trim(), headers: [] });
      continue;
    }
    const colon = raw.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: a header line must follow a path line: "${raw.trim()}"`);
    rule.headers.push([raw.slice(0, colon).trim().toLowerCase(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers for one URL path: every matching rule, in file order. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}
