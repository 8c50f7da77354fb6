// {placeholders} in interface strings, filled in the browser. Apart from escape.ts so the timeline's
// script, which needs only this, does not share a module (and so a chunk) with the embed builder,
// which needs the escapers: the timeline page stays one script of its own.

/** Fills every `{name}` in a template (all occurrences); names without a value are left as they are. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
