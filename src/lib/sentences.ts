// Splitting a paragraph after its first sentence, for introductions that fold (the timeline page
// shows the first sentence and folds the rest). Pure, so it is tested on plain strings.

/** Words that end in a full stop without ending a sentence (Indonesian and English). */
const ABBREVIATIONS = new Set([
  'no',
  'nr',
  'mis',
  'dll',
  'dsb',
  'dkk',
  'tn',
  'ny',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'vs',
  'e.g',
  'i.e',
  'etc',
  'approx',
  'jl',
  'hlm',
  'ps',
]);

/**
 * The first sentence of `text` and the rest, both trimmed. A sentence ends at ".", "!" or "?"
 * (with any closing quote or bracket) followed by a space and a capital letter, a digit or an
 * opening quote, unless the word before the stop is a known abbreviation or a single letter
 * ("No. 31", "J. Smith"). Text of one sentence gives it whole and an empty rest.
 */
export function splitFirstSentence(text: string): [first: string, rest: string] {
  const trimmed = text.trim();
  const end = /[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\d])/gu;
  for (const match of trimmed.matchAll(end)) {
    const before = trimmed.slice(0, match.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (trimmed[match.index] === '.' && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    const cut = match.index + match[0].trimEnd().length;
    return [trimmed.slice(0, cut), trimmed.slice(cut).trim()];
  }
  return [trimmed, ''];
}
