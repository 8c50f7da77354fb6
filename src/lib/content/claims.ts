// Evidence in every sentence: each figure a sentence states (a percentage, an amount of money, a
// count with a unit, a date) must be in the words of a citation the sentence carries, or be the
// publication date of a source it cites; a figure the site works out itself is written as a
// <Derived> that names the cited figures it comes from, and is recomputed here. A sentence cites
// each source once. Pure: sentences come from src/lib/mdx/evidence.ts (articles) or data files.
import { checkMessages } from '../../i18n/messages';
import { figuresIn, supports, type DateFigure, type Evidence, type Figure } from './figures';
import type { Claim, ClaimCitation, Derivation } from '../mdx/evidence';
import type { BodyProblem } from '../mdx/safe-subset';

const short = (s: string, max = 70) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

/** How a figure is named in a message: its words as written. */
const named = (figures: readonly Figure[]) => figures.map((f) => `“${f.text}”`).join(', ');

/** The evidence a citation gives: its quote, and its source's publication date. */
export const evidenceOf = (c: Pick<ClaimCitation, 'id' | 'quote'>, publishedOf: (id: string) => string | undefined): Evidence => ({
  quote: c.quote ?? '',
  published: publishedOf(c.id),
});

/** What is wrong with `text` held to `evidence`: the figures no evidence gives, in one message (or none). */
export function missingFigures(
  text: string,
  figures: readonly Figure[],
  evidence: readonly Evidence[],
): string | undefined {
  const missing = figures.filter((f) => !supports(f, evidence));
  if (!missing.length) return undefined;
  const m = checkMessages().evidence;
  const quotes = evidence.map((e) => e.quote).filter(Boolean);
  const sentence = `“${short(text)}”`;
  if (!evidence.length) return m.uncited(sentence, named(missing));
  if (!quotes.length) return m.unquoted(sentence, named(missing));
  const shown = quotes.slice(0, 2).map((q) => `“${short(q, 50)}”`);
  if (quotes.length > 2) shown.push(m.more(quotes.length - 2));
  return m.notGiven(sentence, named(missing), shown.join(', '));
}

const DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** The two operands of a derivation: "2024-04-23 to 2024-04-25", "a + b", "a - b". */
function operands(d: Derivation): string[] | undefined {
  if (d.op === 'days' || d.op === 'months') {
    const parts = d.from.split(/\s*(?:\.\.|\bto\b|\bsampai\b|–|—)\s*/).filter(Boolean);
    return parts.length === 2 && parts.every((p) => ISO.test(p)) ? parts : undefined;
  }
  const parts = d.from.split(d.op === 'sum' ? /\s+\+\s+/ : /\s+[-−–]\s+/);
  return parts.length >= 2 ? parts : undefined;
}

const asDate = (iso: string): DateFigure => {
  const [, y, m, d] = ISO.exec(iso)!;
  return { kind: 'date', text: iso, index: 0, year: Number(y), month: Number(m), ...(d ? { day: Number(d) } : {}) };
};

/** The numbers the words of a derivation state: "two days" holds 2, "USD 1.84 billion" 1.84e9. */
function statedValues(text: string, op: Derivation['op']): number[] {
  const figures = figuresIn(text);
  if (op === 'sum' || op === 'difference') return figures.flatMap((f) => ('values' in f ? f.values : []));
  // "two days", "2 hari": a count; "dua hari kemudian" too.
  return figures.flatMap((f) => (f.kind === 'count' ? f.values : []));
}

/** What is wrong with a derivation, held to the article's evidence (undefined when nothing is). */
export function derivationProblem(d: Derivation, evidence: readonly Evidence[]): string | undefined {
  const parts = operands(d);
  const example =
    d.op === 'days' || d.op === 'months'
      ? `${d.op}="2024-04-23 to 2024-04-25"`
      : `${d.op}="USD 840 million ${d.op === 'sum' ? '+' : '-'} USD 340 million"`;
  const m = checkMessages().evidence;
  if (!parts) return m.derivedForm(example, d.from);
  let result: number;
  if (d.op === 'days' || d.op === 'months') {
    const [a, b] = parts.map(asDate) as [DateFigure, DateFigure];
    for (const date of [a, b])
      if (!supports(date, evidence))
        return m.dateNotCited(date.text);
    result =
      d.op === 'days'
        ? Math.round((Date.UTC(b.year!, b.month! - 1, b.day ?? 1) - Date.UTC(a.year!, a.month! - 1, a.day ?? 1)) / DAY)
        : (b.year! - a.year!) * 12 + (b.month! - a.month!);
    result = Math.abs(result);
  } else {
    const figures = parts.map((p) => figuresIn(p));
    const bad = parts.find((_, i) => figures[i]!.length !== 1 || !('values' in figures[i]![0]!));
    if (bad !== undefined) return m.notOneFigure(bad, example);
    const [first, ...rest] = figures.map((f) => f[0]!) as (Figure & { values: number[] })[];
    if (rest.some((f) => f.kind !== first!.kind || ('currency' in f && 'currency' in first! && f.currency !== first.currency)))
      return m.mixed(d.from);
    // The whole, 100%, is a figure no one needs to cite.
    const whole = (f: Figure & { values: number[] }) => f.kind === 'percent' && f.values.includes(100);
    for (const figure of [first!, ...rest])
      if (!whole(figure) && !supports(figure, evidence)) return m.figureNotCited(figure.text);
    result = rest.reduce((sum, f) => sum + (d.op === 'sum' ? 1 : -1) * f.values[0]!, first!.values[0]!);
  }
  const stated = statedValues(d.text, d.op);
  const close = (v: number) => Math.abs(v - result) <= Math.max(Math.abs(result) * 0.01, 1e-9);
  if (!stated.some(close))
    return m.wrong(
      d.from,
      result.toLocaleString('en'),
      d.text,
      stated.length ? stated.map((v) => v.toLocaleString('en')).join(m.or) : m.noSuchFigure,
    );
  return undefined;
}

/**
 * The problems of an article's sentences: unsupported figures, a source cited twice in one
 * sentence, derivations that do not add up. `publishedOf` gives a source's publication date.
 */
export function claimProblems(claims: readonly Claim[], publishedOf: (id: string) => string | undefined): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const all = claims.flatMap((c) => c.citations).map((c) => evidenceOf(c, publishedOf));
  for (const claim of claims) {
    const evidence = claim.citations.map((c) => evidenceOf(c, publishedOf));
    const message = missingFigures(claim.text, claim.figures, evidence);
    const fields = checkMessages().fields;
    if (message) problems.push({ line: claim.line, field: claim.depth ? fields.heading : fields.figure, message });
    if (claim.depth === undefined) {
      const seen = new Map<string, ClaimCitation>();
      for (const c of claim.citations.filter((x) => !x.inherited)) {
        const first = seen.get(c.id);
        if (first && first !== c)
          problems.push({
            line: c.line,
            field: '<Cite> id',
            message: checkMessages().evidence.twice(c.id, first.line),
          });
        else seen.set(c.id, c);
      }
    }
    for (const d of claim.derived) {
      const problem = derivationProblem(d, all);
      if (problem) problems.push({ line: d.line, field: `<Derived> ${d.op}`, message: problem });
    }
  }
  return problems;
}

/** The texts in both languages an entry holds (`title: { id, en }`…), each with its path. */
export function localizedTexts(entry: object, skip: readonly string[] = []): { path: string[]; text: string }[] {
  return Object.entries(entry).flatMap(([key, value]) =>
    !skip.includes(key) && value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
      ? (['id', 'en'] as const).flatMap((lang) => {
          const text = (value as Record<string, unknown>)[lang];
          return typeof text === 'string' ? [{ path: [key, lang], text }] : [];
        })
      : [],
  );
}

/** The figures of a data file's text that its citations do not give, as a message (or none). */
export const textProblem = (text: string, evidence: readonly Evidence[]) =>
  missingFigures(text, figuresIn(text), evidence);
