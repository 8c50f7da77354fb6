// Text measurement without a DOM: widths estimated from per-character classes, calibrated on DejaVu
// Sans (among the widest system sans-serifs; Roboto and San Francisco are narrower), so boxes that
// do not overlap as estimated do not overlap when drawn. Deterministic, so the same label lands in
// the same place at build time, in the browser and in tests.

const NARROW = new Set([..."iIl.,:;!|'`()[]{}j1 "]);
const WIDE = new Set([...'mwMW%@']);

const widths = new Map<string, number>();

/** Bold text is about a tenth wider than regular in DejaVu Sans: scale the font size by this. */
export const BOLD = 1.1;

export function estimateTextWidth(text: string, fontSize: number): number {
  // Labels are measured again on every re-layout: remember each text's width in em.
  const known = widths.get(text);
  if (known !== undefined) return Math.ceil(known * fontSize) + 2;
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.36;
    else if (WIDE.has(ch)) em += 0.95;
    else if (ch >= 'A' && ch <= 'Z') em += 0.72;
    else if (ch >= '0' && ch <= '9') em += 0.66;
    else em += 0.61;
  }
  if (widths.size < 10_000) widths.set(text, em);
  return Math.ceil(em * fontSize) + 2;
}

/** Breaks text into lines no wider than `maxWidth`; a single word longer than that keeps its line. */
export function wrapWords(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
