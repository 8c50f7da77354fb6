import { describe, expect, it } from 'vitest';
import { compileArticleBody } from '../../../src/lib/content/article-body';
import { claimProblems, derivationProblem } from '../../../src/lib/content/claims';

// The evidence rules on article bodies written here (fixtures), compiled as the check compiles them.
let n = 0;
const compiled = (body: string) => compileArticleBody(`fixture-${++n}.mdx`, body, 1);
const claims = (body: string) => compiled(body).claims ?? [];
/** Sources "a" and "b", published on 1 March 2024. */
const published = (id: string) => (id === 'a' || id === 'b' ? '2024-03-01' : undefined);
const problems = (body: string) =>
  [...(compiled(body).evidence ?? []), ...claimProblems(claims(body), published)].map(
    (p) => `${p.line}: ${p.field}: ${p.message}`,
  );

describe('the sentences of an article, each with its figures and citations', () => {
  it('gives a citation to the sentence its preceding text ends', () => {
    const found = claims('It was 87%.<Cite id="a" quote="87 persen" /> Then 13% was left. <Cite id="b" />\n');
    expect(found.map((c) => [c.text, c.figures.map((f) => f.text), c.citations.map((x) => x.id)])).toEqual([
      ['It was 87%.', ['87%'], ['a']],
      ['Then 13% was left.', ['13%'], ['b']],
    ]);
  });

  it('a citation inside a sentence belongs to it; the lines are the sentences’ own', () => {
    const [first, second] = claims('Line one says 87%<Cite id="a" /> on 4 March 2024.\nLine two is plain.\n');
    expect(first!.citations.map((c) => c.id)).toEqual(['a']);
    expect(first!.figures.map((f) => f.text)).toEqual(['87%', '4 March 2024']);
    expect(second!.line).toBe(2);
  });

  it('a heading carries its section’s citations, up to the next heading of its level', () => {
    const found = claims(
      '## The 87% figure\n\nIt was 87%. <Cite id="a" quote="87 persen" />\n\n### Detail\n\nMore.\n\n## Next\n\nText.\n',
    );
    expect(found[0]!.citations.map((c) => c.id)).toEqual(['a']);
    expect(found.find((c) => c.text === 'Next')!.citations).toEqual([]);
  });

  it('the words of a <Quote> carry its own source; table rows are one sentence each', () => {
    const quoted = claims('<Quote by="Isy Karim" source="a" quote="sudah 87%">Sudah 87 persen.</Quote>\n');
    expect(quoted[0]!.citations.map((c) => [c.id, c.inherited])).toEqual([['a', true]]);
    const rows = claims('| month | share |\n| - | - |\n| March | 87% <Cite id="a" /> |\n');
    expect(rows.map((r) => r.text)).toEqual(['month | share |', 'March | 87% |']);
    expect(rows[1]!.citations.map((c) => c.id)).toEqual(['a']);
  });

  it('the words of a <Derived> are worked out, not stated: they are not the sentence’s figures', () => {
    const [claim] = claims('It came <Derived days="2024-03-01 to 2024-03-03">two days</Derived> later.\n');
    expect(claim!.figures).toEqual([]);
    expect(claim!.derived).toEqual([{ line: 1, op: 'days', from: '2024-03-01 to 2024-03-03', text: 'two days' }]);
  });
});

describe('every figure is in a quote the sentence cites', () => {
  it('an uncited figure, a figure no quote gives, a citation without a quote: file line, figure and quote', () => {
    expect(problems('Sekitar 6 juta penjual terdampak larangan ini.\n')).toEqual([
      '1: figure: “Sekitar 6 juta penjual terdampak larangan ini.” states “6 juta penjual” but cites no source: add <Cite id="…" quote="…" /> with the source\'s words that give it',
    ]);
    expect(problems('Dendanya Rp20 miliar. <Cite id="a" quote="denda Rp15 miliar" />\n')).toEqual([
      '1: figure: “Dendanya Rp20 miliar.” states “Rp20 miliar”, which no quote it cites gives (“denda Rp15 miliar”): quote the words that give it, or correct the figure',
    ]);
    expect(problems('It was 87%. <Cite id="a" />\n')).toEqual([
      '1: figure: “It was 87%.” states “87%”, which its citation does not quote: add quote="…" with the source\'s words that give it',
    ]);
  });

  it('is satisfied by the figure as the source writes it, or a cited source’s own date', () => {
    expect(problems('The fine was Rp15 billion. <Cite id="a" quote="denda Rp 15 miliar" />\n')).toEqual([]);
    expect(problems('It was reported on 1 March 2024. <Cite id="a" />\n')).toEqual([]);
    expect(problems('A sentence without figures. <Cite id="a" />\n')).toEqual([]);
  });

  it('one mark per source per sentence', () => {
    expect(problems('It was 87% on 4 March. <Cite id="a" quote="87%" /><Cite id="a" quote="Senin (4/3)" />\n')).toEqual(
      [
        '1: <Cite> id: cites "a" again in the same sentence (line 1): one mark per source per sentence, so give both passages in one quote (joined by …) or split the sentence',
      ],
    );
    expect(problems('It was 87%. <Cite id="a" quote="87%" /> It was 87%. <Cite id="a" quote="87%" />\n')).toEqual([]);
  });
});

describe('a figure the site works out itself', () => {
  const evidence = [
    {
      quote: 'pada 23 April 2024, lalu 25 April 2024; US$840 juta dan US$1 miliar; 87 persen',
      published: '2024-04-25',
    },
  ];
  const derived = (op: 'days' | 'months' | 'sum' | 'difference', from: string, text: string) =>
    derivationProblem({ line: 1, op, from, text }, evidence);
  it.each([
    ['days', '2024-04-23 to 2024-04-25', 'two days'],
    ['days', '2024-04-23..2024-04-25', '2 hari'],
    ['sum', 'USD 840 million + USD 1 billion', 'USD 1.84 billion'],
    ['difference', '100% - 87%', '13%'],
  ] as const)('%s="%s": “%s” adds up', (op, from, text) => expect(derived(op, from, text)).toBeUndefined());

  it('is recomputed, and names the cited figures it comes from', () => {
    expect(derived('days', '2024-04-23 to 2024-04-25', 'three days')).toBe(
      '2024-04-23 to 2024-04-25 gives 2; the words “three days” state 3: correct one of them',
    );
    expect(derived('days', '2024-04-20 to 2024-04-25', 'five days')).toMatch(
      /^2024-04-20 is in no quote the article cites/,
    );
    expect(derived('sum', 'USD 840 million + USD 2 billion', 'USD 2.84 billion')).toMatch(
      /^“USD 2 billion” is in no quote/,
    );
    expect(derived('sum', 'USD 840 million + 87%', 'x')).toMatch(/different kinds or currencies/);
    expect(derived('days', 'last week', 'x')).toMatch(
      /must name the cited figures it comes from, like days="2024-04-23 to 2024-04-25"/,
    );
  });
});
