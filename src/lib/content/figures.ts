// Figures in text, and whether a source's words support them. The content check holds every
// sentence that states a figure (a percentage, an amount of money, a count with a unit, a date) to
// the quotes of the citations it carries: "87 persen" = "87%", "Rp15 miliar" = "Rp 15 miliar" =
// "15 billion rupiah", "Senin (4/3/2024)" = "4 Maret 2024" = 2024-03-04, "seperempat" = a quarter.
//
// Numbers are compared as values, whichever way a language writes them: "75,01" (Indonesian) and
// "75.01" (English) are the same number; "1.500" may be 1500 (Indonesian) or 1.5 (English), so
// both readings count. A number inside a longer one never counts ("87" is not in "1987").
// Pure: tested on plain strings (tests/unit/figures.test.ts).

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

const NUMBER = String.raw`(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])`;

/** The numbers written in a text, each with all its readings. */
export function numbersIn(text: string): number[][] {
  return [...text.matchAll(new RegExp(NUMBER, 'g'))].map((m) => readingsOf(m[0]));
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
  return [...figure.matchAll(new RegExp(NUMBER, 'g'))]
    .map((m) => m[0])
    .filter((token) => !readingsOf(token).some((v) => inQuotes.includes(v)));
}

// --- Figures in sentences -------------------------------------------------------------------

export type Figure = PercentFigure | MoneyFigure | CountFigure | DateFigure;
interface Found {
  /** The words as written: "87 persen", "USD 340 juta", "4 Maret 2024". */
  text: string;
  /** Where they start in the text. */
  index: number;
}
export interface PercentFigure extends Found {
  kind: 'percent';
  values: number[];
}
export interface MoneyFigure extends Found {
  kind: 'money';
  currency: 'IDR' | 'USD';
  values: number[];
}
export interface CountFigure extends Found {
  kind: 'count';
  values: number[];
}
export interface DateFigure extends Found {
  kind: 'date';
  day?: number;
  month?: number;
  year?: number;
}

/** What a figure is held to: a cited source's words, and the date the source was published. */
export interface Evidence {
  quote: string;
  /** YYYY-MM-DD or YYYY-MM. */
  published?: string | undefined;
}

const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  februari: 2,
  february: 2,
  maret: 3,
  march: 3,
  april: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  juli: 7,
  july: 7,
  agustus: 8,
  august: 8,
  september: 9,
  sept: 9,
  oktober: 10,
  october: 10,
  november: 11,
  nopember: 11,
  desember: 12,
  december: 12,
};
const MONTH = `(${Object.keys(MONTHS).join('|')})`;
/** "May" alone is a verb; as a month it comes with a day or a year. */
const monthOf = (word: string) => MONTHS[word.toLowerCase()];

const SCALES: Record<string, number> = {
  ribu: 1e3,
  thousand: 1e3,
  juta: 1e6,
  million: 1e6,
  miliar: 1e9,
  milyar: 1e9,
  billion: 1e9,
  triliun: 1e12,
  trillion: 1e12,
};
const SCALE = `(?:\\s*(${Object.keys(SCALES).join('|')})\\b)?`;

const WORDS: Record<string, number> = {
  satu: 1,
  one: 1,
  dua: 2,
  two: 2,
  tiga: 3,
  three: 3,
  empat: 4,
  four: 4,
  lima: 5,
  five: 5,
  enam: 6,
  six: 6,
  tujuh: 7,
  seven: 7,
  delapan: 8,
  eight: 8,
  sembilan: 9,
  nine: 9,
  sepuluh: 10,
  ten: 10,
  sebelas: 11,
  eleven: 11,
  'dua belas': 12,
  twelve: 12,
};
const NUMBER_WORD = `(${Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** Things counted: a number followed by one of these is a figure ("6 juta penjual", "tiga bulan"). */
const UNITS = [
  'penjual',
  'pedagang',
  'sellers?',
  'merchants?',
  'UMKM',
  'pelaku usaha',
  'pengguna',
  'users?',
  'akun',
  'accounts?',
  'toko',
  'shops?',
  'stores?',
  'produk',
  'products?',
  'transaksi',
  'transactions?',
  'orang',
  'people',
  'persons?',
  'tahun',
  'years?',
  'bulan',
  'months?',
  'minggu',
  'pekan',
  'weeks?',
  'hari(?: kerja)?',
  '(?:working )?days?',
  'jam',
  'hours?',
  'menit',
  'minutes?',
];
const UNIT = `(${UNITS.join('|')})`;

const scaled = (readings: number[], scale: string | undefined) =>
  readings.map((v) => v * (scale ? SCALES[scale.toLowerCase()]! : 1));

/** Spans already taken by a figure, so that "12 Desember 2023" is not also a count of 12. */
function taken(spans: [number, number][], start: number, end: number) {
  return spans.some(([a, b]) => start < b && end > a);
}

function datesIn(text: string, spans: [number, number][], quotes: boolean): DateFigure[] {
  const found: DateFigure[] = [];
  const add = (m: RegExpMatchArray, figure: Omit<DateFigure, 'kind' | 'text' | 'index'>[]) => {
    const start = m.index!;
    const end = start + m[0].length;
    if (taken(spans, start, end)) return;
    spans.push([start, end]);
    for (const f of figure) found.push({ kind: 'date', text: m[0], index: start, ...f });
  };
  const flags = 'gi';
  const year = (y: string | undefined) => (y === undefined ? {} : { year: Number(y.length === 2 ? `20${y}` : y) });
  // 2024-03-04, 2024-03
  for (const m of text.matchAll(/(?<![\d-])(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])/g))
    add(m, [{ year: Number(m[1]), month: Number(m[2]), ...(m[3] ? { day: Number(m[3]) } : {}) }]);
  // 12–14 Maret 2024, 4 March 2024, 4 Maret
  for (const m of text.matchAll(new RegExp(String.raw`\b(\d{1,2})(?:\s*[–-]\s*(\d{1,2}))?\s+${MONTH}\b(?:\s+(\d{4})\b)?`, flags))) {
    const month = monthOf(m[3]!)!;
    add(m, [m[1], m[2]].filter(Boolean).map((d) => ({ day: Number(d), month, ...year(m[4]) })));
  }
  // March 4, 2024; March 4
  for (const m of text.matchAll(new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})\b(?!\s*[%.,]?\d)(?:,?\s+(\d{4})\b)?`, flags)))
    add(m, [{ month: monthOf(m[1]!)!, day: Number(m[2]), ...year(m[3]) }]);
  // Maret 2024, March 2024
  for (const m of text.matchAll(new RegExp(String.raw`\b${MONTH}\s+(\d{4})\b`, flags)))
    add(m, [{ month: monthOf(m[1]!)!, year: Number(m[2]) }]);
  if (quotes) {
    // Senin (4/3/2024), (4/3), 4/3/2024: Indonesian news dates, day first.
    for (const m of text.matchAll(/\((\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?\)|(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g)) {
      const [d, mo, y] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
      if (Number(mo) >= 1 && Number(mo) <= 12) add(m, [{ day: Number(d), month: Number(mo), ...year(y) }]);
    }
  }
  // A month alone ("in March", "pada Maret"), written with its capital; "May" alone is left out (a
  // verb as often as a month).
  for (const m of text.matchAll(new RegExp(String.raw`\b${MONTH}\b`, 'gi')))
    if (/^\p{Lu}/u.test(m[1]!) && m[1] !== 'May') add(m, [{ month: monthOf(m[1]!)! }]);
  return found;
}

function amountsIn(text: string, spans: [number, number][]): MoneyFigure[] {
  const found: MoneyFigure[] = [];
  const currencyOf = (word: string): 'IDR' | 'USD' => (/^(?:rp|idr|rupiah)/i.test(word) ? 'IDR' : 'USD');
  const before = new RegExp(String.raw`(Rp\.?|IDR|USD|US\$|\$)\s?(${NUMBER})${SCALE}`, 'gi');
  const after = new RegExp(
    String.raw`(${NUMBER})${SCALE}\s+(rupiah|dolar AS|dolar Amerika Serikat|dolar Amerika|dolar|US dollars?|dollars?)\b`,
    'gi',
  );
  for (const m of text.matchAll(before)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    if (taken(spans, start, end)) continue;
    spans.push([start, end]);
    found.push({ kind: 'money', text: m[0], index: start, currency: currencyOf(m[1]!), values: scaled(readingsOf(m[2]!), m[3]) });
  }
  for (const m of text.matchAll(after)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    if (taken(spans, start, end)) continue;
    spans.push([start, end]);
    found.push({ kind: 'money', text: m[0], index: start, currency: currencyOf(m[3]!), values: scaled(readingsOf(m[1]!), m[2]) });
  }
  return found;
}

function percentsIn(text: string, spans: [number, number][]): PercentFigure[] {
  const found: PercentFigure[] = [];
  const push = (m: RegExpMatchArray, values: number[]) => {
    const [start, end] = [m.index!, m.index! + m[0].length];
    if (taken(spans, start, end)) return;
    spans.push([start, end]);
    found.push({ kind: 'percent', text: m[0], index: start, values });
  };
  for (const m of text.matchAll(new RegExp(String.raw`(${NUMBER})\s*(?:%|persen\b|per cent\b|percent\b)`, 'gi')))
    push(m, readingsOf(m[1]!));
  for (const m of text.matchAll(/\b(?:tiga perempat|three quarters|three-quarters)\b/gi)) push(m, [75]);
  for (const m of text.matchAll(/\b(?:seperempat|a quarter|one quarter)\b/gi)) push(m, [25]);
  return found;
}

function countsIn(text: string, spans: [number, number][]): CountFigure[] {
  const found: CountFigure[] = [];
  // "Nomor 31 Tahun 2023" numbers a regulation of the year 2023: not 31 years.
  const pattern = new RegExp(String.raw`(?:(${NUMBER})|\b${NUMBER_WORD})${SCALE}\s+${UNIT}\b(?!\s+\d{4}\b)`, 'gi');
  for (const m of text.matchAll(pattern)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    if (taken(spans, start, end)) continue;
    spans.push([start, end]);
    const readings = m[1] ? readingsOf(m[1]) : [WORDS[m[2]!.toLowerCase()]!];
    found.push({ kind: 'count', text: m[0], index: start, values: scaled(readings, m[3]) });
  }
  return found;
}

/**
 * The figures a text states: dates, amounts of money, percentages and counts of things, in the
 * order they are written. A bare number (an article of a law, "Permendag 31/2023") or a year alone
 * is not a figure.
 */
export function figuresIn(text: string): Figure[] {
  const spans: [number, number][] = [];
  return [
    ...datesIn(text, spans, false),
    ...amountsIn(text, spans),
    ...percentsIn(text, spans),
    ...countsIn(text, spans),
  ].sort((a, b) => a.index - b.index);
}

/** The dates a quote gives, a missing year taken from the source's publication. */
function quoteDates(e: Evidence): DateFigure[] {
  const published = e.published?.split('-').map(Number);
  const dates = datesIn(e.quote, [], true).map((d) =>
    d.year === undefined && d.month !== undefined && published?.[0] ? { ...d, year: published[0] } : d,
  );
  if (published?.[0]) {
    const [year, month, day] = published;
    dates.push({ kind: 'date', text: e.published!, index: -1, year, ...(month ? { month } : {}), ...(day ? { day } : {}) });
  }
  return dates;
}

const sameValue = (a: readonly number[], b: readonly number[]) =>
  a.some((x) => b.some((y) => Math.abs(x - y) <= Math.abs(x) * 1e-9));

/** Words that hold the number one: "seminggu", "a week". */
const ONE = /\b(?:se(?:minggu|pekan|bulan|tahun|hari)|an? (?:week|month|year|day|hour))\b/i;

/** Every number a quote holds, with its scale and as a word ("tiga bulan" holds 3). */
function quoteValues(quote: string): number[] {
  const values: number[] = ONE.test(quote) ? [1] : [];
  for (const m of quote.matchAll(new RegExp(String.raw`(${NUMBER})${SCALE}`, 'gi')))
    values.push(...scaled(readingsOf(m[1]!), m[2]), ...readingsOf(m[1]!));
  for (const m of quote.matchAll(new RegExp(String.raw`\b${NUMBER_WORD}\b${SCALE}`, 'gi')))
    values.push(...scaled([WORDS[m[1]!.toLowerCase()]!], m[2]));
  return values;
}

/** Whether one piece of evidence supports a figure. */
function supportedBy(figure: Figure, e: Evidence): boolean {
  switch (figure.kind) {
    case 'date':
      return quoteDates(e).some(
        (d) =>
          (figure.day === undefined || d.day === figure.day) &&
          (figure.month === undefined || d.month === figure.month) &&
          (figure.year === undefined || d.year === figure.year),
      );
    case 'money':
      return amountsIn(e.quote, []).some((a) => a.currency === figure.currency && sameValue(a.values, figure.values));
    case 'percent': {
      if (percentsIn(e.quote, []).some((p) => sameValue(p.values, figure.values))) return true;
      if (figure.values.includes(100) && COMPLETE.test(e.quote)) return true;
      return false;
    }
    case 'count':
      return sameValue(quoteValues(e.quote), figure.values);
  }
}

/** The figures of `text` that none of the evidence supports. */
export function unsupported(text: string, evidence: readonly Evidence[]): Figure[] {
  return figuresIn(text).filter((f) => !evidence.some((e) => supportedBy(f, e)));
}

/** Whether the evidence supports `figure`. */
export const supports = (figure: Figure, evidence: readonly Evidence[]) => evidence.some((e) => supportedBy(figure, e));
