// The one place that makes text safe where it is put: HTML and XML text, attribute values, and
// JSON inside a <script> element. ({placeholders} in interface strings: template.ts.)

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR: Record<string, string> = { ...TEXT, '"': '&quot;', "'": '&#39;' };

/** Text between tags, in HTML, SVG or XML. */
export const escapeText = (s: string): string => s.replace(/[&<>]/g, (c) => TEXT[c]!);

/** An attribute value, quoted with either kind of quote. */
export const escapeAttr = (s: string): string => s.replace(/[&<>"']/g, (c) => ATTR[c]!);

/**
 * JSON to put inside <script type="application/json"> (or ld+json): no `<` can close the element
 * or open a comment, and the line separators JavaScript once rejected are escaped too.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** A string matched literally inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
