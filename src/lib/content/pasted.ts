// Characters that come with text pasted from a word processor, a chat or a web page, and that look
// right but are not what a field needs: curly quotes where straight ones or none belong, spaces that
// do not break, invisible characters, dashes in place of hyphens. A message about a value that holds
// one says so, and how to fix it.

const PASTED: [RegExp, string][] = [
  [/[“”„‟«»‘’‚‛]/u, 'curly quotes (“ ” ‘ ’), as Word and Google Docs write them: type straight quotes (" or \'), or none'],
  [/[\u00a0\u202f\u2007]/u, 'a non-breaking space, copied from a web page or a document: type an ordinary space'],
  [/[\u200b-\u200d\u2060\ufeff\u00ad]/u, 'an invisible character (a zero-width space or soft hyphen), copied with the text: type the value again'],
  [/[‐‑‒–—―−]/u, 'a dash (– —) where a hyphen (-) belongs: type the hyphen key'],
];

/** Why a value that was refused may look right and still be wrong (undefined: nothing pasted in it). */
export function pastedHint(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return PASTED.find(([pattern]) => pattern.test(value))?.[1];
}

/** A message with the pasted-character hint for `value` added, when there is one. */
export const withPastedHint = (message: string, value: unknown): string => {
  const hint = pastedHint(value);
  return hint ? `${message}; it holds ${hint}` : message;
};
