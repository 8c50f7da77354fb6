// Characters that come with text pasted from a word processor, a chat or a web page, and that look
// right but are not what a field needs: curly quotes where straight ones or none belong, spaces that
// do not break, invisible characters, dashes in place of hyphens. A message about a value that holds
// one says so, and how to fix it.
import { checkMessages } from '../../i18n/messages';

const PASTED: [RegExp, 'curly' | 'nbsp' | 'invisible' | 'dash'][] = [
  [/[“”„‟«»‘’‚‛]/u, 'curly'],
  [/[\u00a0\u202f\u2007]/u, 'nbsp'],
  [/[\u200b-\u200d\u2060\ufeff\u00ad]/u, 'invisible'],
  [/[‐‑‒–—―−]/u, 'dash'],
];

/** Why a value that was refused may look right and still be wrong (undefined: nothing pasted in it). */
export function pastedHint(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const kind = PASTED.find(([pattern]) => pattern.test(value))?.[1];
  return kind && checkMessages().pasted[kind];
}

/** A message with the pasted-character hint for `value` added, when there is one. */
export const withPastedHint = (message: string, value: unknown): string => {
  const hint = pastedHint(value);
  return hint ? checkMessages().pasted.holds(message, hint) : message;
};
