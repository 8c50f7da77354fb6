// Finds the site's components in an MDX body without compiling it, for `check:content` and the build
// guard: `<Cite id="x" />` → { name: 'Cite', attrs: { id: 'x' }, line }. Code blocks are skipped, so
// the editor's guide can show examples.

export interface MdxTag {
  name: string;
  attrs: Record<string, string | true>;
  /** 1-based line within the body. */
  line: number;
  /** `<Term id="x" />`: written without children. */
  selfClosing: boolean;
}

const ATTR = String.raw`[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?`;
const TAG = new RegExp(String.raw`<([A-Z][A-Za-z0-9]*)((?:\s+${ATTR})*)\s*(\/?)>`, 'g');
const ATTR_PARTS = /([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

/** Replaces fenced and inline code with spaces, keeping line breaks so lines still count right. */
function blankCode(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

export function findMdxTags(body: string, names?: readonly string[]): MdxTag[] {
  const text = blankCode(body);
  const tags: MdxTag[] = [];
  for (const m of text.matchAll(TAG)) {
    const name = m[1] ?? '';
    if (names && !names.includes(name)) continue;
    const attrs: MdxTag['attrs'] = {};
    for (const a of (m[2] ?? '').matchAll(ATTR_PARTS)) {
      const value = a[2] ?? a[3] ?? a[4];
      attrs[a[1] ?? ''] = value === undefined ? true : value;
    }
    const line = text.slice(0, m.index).split('\n').length;
    tags.push({ name, attrs, line, selfClosing: m[3] === '/' });
  }
  return tags;
}
