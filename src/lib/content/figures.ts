// Does a quote carry the figure a fact states? Used by the content check: a milestone reported at
// 87% must quote a source saying 87, a <Stat value="USD 840 juta"> must quote one saying 840.
//
// Numbers are compared as values, whichever way a language writes them: "75,01" (Indonesian) and
// "75.01" (English) are the same number; "1.500" may be 1500 (Indonesian) or 1.5 (English), so
// both readings count. A number inside a longer one never counts ("87" is not in "1987").

/** Every value a written number can stand for, under Indonesian and English conventions. */
export function readingsOf(token: string): number[] {
  if (/^\d+$/.test(token)) return [Number(token)];
  const readings = new Set<number>();
  for (const [thousands, decimal] of [
    ['.', ','],
    [',', '.'],
  ] as const) {
    const [whole = '', fraction, ...rest] = token.split(decimal);
    if (rest.length) continue;
    const groups = whole.split(thousands);
    if (groups.length > 1 && (groups[0]!.length > 3 || groups.slice(1).some((g) => g.length !== 3))) continue;
    if (fraction !== undefined && !/^\d+$/.test(fraction)) continue;
    readings.add(Number(`${groups.join('')}${fraction === undefined ? '' : `.${fraction}`}`));
  }
  return [...readings];
}

/** The numbers written in a text, each with all its readings. */
export function numbersIn(text: string): number[][] {
  return [...text.matchAll(/(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])/g)].map((m) => readingsOf(m[0]));
}

/** Words that say a job is complete: "complete" is a figure too, 100%. */
const COMPLETE = /(?<!\b(?:hampir|nyaris|belum|almost|nearly|not yet|not)\s+)\b(rampung|selesai|tuntas|complete[ds]?|finished)\b/i;

/** True when `quote` states the percentage `value` (as a number, or for 100 as "complete"). */
export function quoteStatesPercent(quote: string, value: number): boolean {
  if (numbersIn(quote).some((readings) => readings.includes(value))) return true;
  return value === 100 && COMPLETE.test(quote);
}

/** The numbers of `figure` (say "USD 840 juta" or "75,01%") that none of the quotes contains. */
export function figuresMissing(figure: string, quotes: readonly string[]): string[] {
  const inQuotes = quotes.flatMap(numbersIn).flat();
  return [...figure.matchAll(/(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])/g)]
    .map((m) => m[0])
    .filter((token) => !readingsOf(token).some((v) => inQuotes.includes(v)));
}
