// The one place that makes text safe where it is put: HTML and XML text, attribute values, JSON
// inside a <script> element, and {placeholders} in interface strings.

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

/** Fills every `{name}` in a template (all occurrences); names without a value are left as they are. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
