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
  // Company forms: "TikTok Nusantara (SG) Pte. Ltd.", "PT GoTo Gojek Tokopedia Tbk."
  'pte',
  'ltd',
  'tbk',
  'inc',
  'corp',
  'bhd',
]);

/**
 * The first sentence of `text` and the rest, both trimmed. A sentence ends at ".", "!" or "?"
 * (with any closing quote or bracket) followed by a space and a capital letter, a digit or an
 * opening quote, unless the word before the stop is a known abbreviation or a single letter
 * ("No. 31", "J. Smith"). Text of one sentence gives it whole and an empty rest.
 */
export function splitFirstSentence(text: string): [first: string, rest: string] {
  const trimmed = text.trim();
  const [first] = sentenceEnds(trimmed);
  return first === undefined ? [trimmed, ''] : [trimmed.slice(0, first), trimmed.slice(first).trim()];
}

/** Where each sentence of `text` but the last ends (after its stop and closing quote or bracket). */
function sentenceEnds(text: string): number[] {
  const end = /[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\d])/gu;
  const ends: number[] = [];
  for (const match of text.matchAll(end)) {
    const before = text.slice(0, match.index);
    // (An apostrophe belongs to the word: "Tokopedia's." ends a sentence; "J." does not.)
    const word = /([\p{L}.'’]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (text[match.index] === '.' && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    ends.push(match.index + match[0].trimEnd().length);
  }
  return ends;
}

/**
 * The sentences of `text` as [start, end) offsets, by the same rule as splitFirstSentence: every
 * character belongs to exactly one sentence (the spaces after a stop to the next one).
 */
export function sentenceSpans(text: string): [start: number, end: number][] {
  const cuts = [0, ...sentenceEnds(text), text.length];
  return cuts
    .slice(0, -1)
    .map((start, i) => [start, cuts[i + 1]!] as [number, number])
    .filter(([a, b]) => b > a);
}
