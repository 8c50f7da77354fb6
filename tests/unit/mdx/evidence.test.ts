import { describe, expect, it } from 'vitest';
import { compileArticleBody } from '../../../src/lib/content/article-body';
import { figuresIn, lastSentence, statesFigure } from '../../../src/lib/mdx/evidence';

// The evidence rules on article bodies written here (fixtures), compiled as the check compiles them.
let n = 0;
const evidence = (body: string) =>
  (compileArticleBody(`fixture-${++n}.mdx`, body, 1).evidence ?? []).map((p) => `${p.line}: ${p.field}: ${p.message}`);

describe('a <Cite> after a sentence with a number or a date', () => {
  it('needs a quote', () => {
    const problems = evidence('Intro.\n\nThe deal closed on 31 January 2024. <Cite id="a" />\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^3: <Cite> quote: is required: “The deal closed on 31 January 2024” states a number/);
  });
  it('is fine with a quote, and a sentence without figures needs none', () => {
    expect(evidence('The deal closed on 31 January 2024. <Cite id="a" quote="pada 31 Januari 2024" />\n')).toEqual([]);
    expect(evidence('The first sentence has 87%. Shopping stayed in the app. <Cite id="a" />\n')).toEqual([]);
  });
  it('reads a month name as a date, and only the sentence the citation closes', () => {
    expect(evidence('Nothing here. It happened in March. <Cite id="a" />\n')).toHaveLength(1);
    expect(evidence('It was 87% in March. Then the app changed. <Cite id="a" />\n')).toEqual([]);
  });
  it('checks citations in list items, headings and table cells too', () => {
    expect(evidence('- One item of 2024. <Cite id="a" />\n')).toHaveLength(1);
    expect(evidence('| a |\n| - |\n| In 2024 <Cite id="a" /> |\n')).toHaveLength(1);
  });
});

describe('<Stat>', () => {
  it('needs a quote that contains its value', () => {
    expect(evidence('<Stat value="87%" date="2024-03-14" source="a">done</Stat>\n')).toEqual([
      "1: <Stat> quote: is required: quote the source's words that give 87%",
    ]);
    expect(evidence('<Stat value="87%" date="2024-03-14" source="a" quote="sudah 80 persen">done</Stat>\n')).toEqual([
      '1: <Stat> quote: does not contain 87 of value="87%": quote the words that give the figure, or correct the value',
    ]);
    expect(evidence('<Stat value="87%" date="2024-03-14" source="a" quote="sudah 87 persen">done</Stat>\n')).toEqual(
      [],
    );
  });
  it('compares numbers across languages: USD 1.5 billion is US$1,5 miliar', () => {
    expect(
      evidence('<Stat value="USD 1.5 billion" date="2024-01" source="a" quote="US$1,5 miliar">x</Stat>\n'),
    ).toEqual([]);
  });
});

describe('<KeyFacts>', () => {
  const keyFacts = (item: string) => evidence(`<KeyFacts>\n\n- ${item}\n\n</KeyFacts>\n`);
  it('needs every percentage and amount of money in a quote cited in the same item', () => {
    expect(
      keyFacts('TikTok bought 75.01% for USD 840 million. <Cite id="a" quote="75,01 persen senilai US$840 juta" />'),
    ).toEqual([]);
    expect(keyFacts('TikTok bought 75.01% for USD 840 million. <Cite id="a" quote="75,01 persen" />')).toEqual([
      '3: <KeyFacts>: “USD 840 million” is in no quote cited in this item: quote the words that give it in a <Cite quote="…"> here',
    ]);
    expect(keyFacts('It reached 87%.')).toEqual([
      '3: <KeyFacts>: “87%” is cited nowhere in this item: add <Cite id="…" quote="…" /> with the source\'s words that give it',
    ]);
  });
});

describe('the helpers', () => {
  it('finds the last sentence', () => {
    expect(lastSentence('One. Two “three.” Four 5. ')).toBe('Four 5');
    expect(lastSentence('Only one')).toBe('Only one');
    expect(lastSentence('')).toBe('');
  });
  it('knows figures and dates', () => {
    expect(statesFigure('in May 2024')).toBe(true);
    expect(statesFigure('you may go')).toBe(false);
    expect(figuresIn('87 persen, 75%, Rp15 miliar, USD 1.5 billion and 12 shops')).toEqual([
      '87 persen',
      '75%',
      'Rp15 miliar',
      'USD 1.5 billion',
    ]);
  });
});
