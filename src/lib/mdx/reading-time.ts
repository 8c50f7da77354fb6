// Reading time from an article's text. 200 words a minute is a common, cautious estimate for
// reading on a screen; it suits Bahasa Indonesia and English alike for the short pieces here.

export const WORDS_PER_MINUTE = 200;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes, rounded up, never less than one. */
export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(countWords(text) / wordsPerMinute));
}

/** The words of an article's syntax tree, as the reading time counts them (code and attributes left out). */
export function readableText(node: { type: string; value?: string; children?: readonly unknown[] }): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'code') return '';
  return (node.children ?? []).map((child) => readableText(child as typeof node)).join(' ');
}
