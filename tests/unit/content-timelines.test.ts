import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { formatProblem } from '../../src/lib/content/problems';

const root = 'tests/fixtures/content/bad-timelines';
const file = (name: string) => `${root}/timelines/${name}.yaml`;

// One fixture per kind of mistake; each must stop the build naming file, line, milestone and field.
describe('timeline validation', () => {
  const { problems } = loadContent(root);
  const errors = problems.filter((p) => p.severity === 'error');
  const cases: [string, number, string, RegExp][] = [
    ['missing-citation', 11, 'milestones[0](first).citations', /needs at least one citation/],
    ['unknown-source', 11, 'milestones[0](first).citations[1].source', /unknown source id "no-such-source"/],
    ['duplicate-id', 20, 'milestones[2](same-id).id', /duplicate milestone id "same-id"/],
    ['progress-out-of-range', 15, 'milestones[1](too-much).progress.value', /must be between 0 and 100; found 120/],
    ['unreal-date', 13, 'milestones[1](no-such-day).date', /must be a real date.*found "2023-02-29"/],
    ['missing-translation', 8, 'milestones[0](first).title.en', /is missing its English \(en\) text/],
    ['figure-not-quoted', 7, 'milestones[0](first).progress.value', /no citation's quote states 87%/],
    ['unknown-reporter', 9, 'milestones[0](first).progress.by', /unknown reporter "nobody"/],
    ['report-not-quoted', 17, 'milestones[0](first).reports[0].value', /does not state 80%/],
    ['two-lines', 5, 'reporters[1](minister).line', /only one reporter's figures are joined by a line/],
    ['quote-too-long', 12, 'milestones[0](first).citations[0].quote', /must be at most 300 characters/],
    ['bad-next', 1, 'next', /"no-such-timeline" is not another timeline/],
    [
      'summary-figure-not-quoted',
      9,
      'milestones[0](first).summary.en',
      /“The fine was Rp20 billion\.” states “Rp20 billion”, which no quote it cites gives \(“menjatuhkan denda Rp15 miliar, Senin \(4\/3\/2024\)”\)/,
    ],
    ['annotation-too-long', 8, 'milestones[0](first).annotation.id', /is 118 characters long; the limit is 90/],
  ];

  it.each(cases)('%s.yaml:%i %s', (name, line, field, message) => {
    const problem = errors.find((p) => p.file === file(name));
    expect(problem, errors.map(formatProblem).join('\n')).toMatchObject({ line, field });
    expect(problem!.message).toMatch(message);
  });

  it('reports exactly one problem per fixture', () => {
    expect(errors.map((p) => p.file).sort()).toEqual(cases.map(([name]) => file(name)).sort());
  });
});

describe('source validation', () => {
  const { problems } = loadContent('tests/fixtures/content/bad-sources');
  const lines = problems.map(formatProblem);

  it.each([
    ['[0](script-address).url', /must be a full web address starting with https:\/\/ or http:\/\//],
    ['[1](data-address).url', /must be a full web address/],
    ['[2](no-address).url', /is required/],
    ['[3](bad-archive).archive', /must be a full web address/],
    [
      '[5](injected-url).url',
      /must not contain ": copy the address from the browser's address bar, which writes it as %22/,
    ],
    ['[6](injected-archive).archive', /must not contain <: .* %3C/],
    ['[7](injected-via).via', /must not contain ': .* %27/],
    ['[8](spaced-url).url', /must not contain a space: .* %20/],
    ['[9](backtick-url).url', /must not contain `: .* %60/],
    [
      '[11](“pasted-id”).id',
      /use lowercase letters.*; it holds curly quotes \(“ ” ‘ ’\), as Word and Google Docs write them/,
    ],
  ])('%s', (field, message) => {
    const problem = problems.find((p) => p.field === field);
    expect(problem, lines.join('\n')).toBeDefined();
    expect(problem!.message).toMatch(message);
  });

  it('accepts an archive address, and reports nothing else', () => {
    expect(problems.filter((p) => p.field.includes('(fine)') || p.field.includes('(normalised)'))).toEqual([]);
    expect(problems).toHaveLength(10);
  });

  it('names the line of each address it refuses', () => {
    const yaml = readFileSync('tests/fixtures/content/bad-sources/sources.yaml', 'utf8').split('\n');
    for (const field of ['[5](injected-url).url', '[8](spaced-url).url']) {
      const problem = problems.find((p) => p.field === field)!;
      expect(yaml[problem.line - 1]).toMatch(/^\s+url: /);
    }
  });

  it('reports an id used twice at the later entry, naming the first (an entry that failed its own schema is not counted)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duplicate-sources-'));
    try {
      const entry = (id: string, url = 'https://example.org/a') =>
        `- id: ${id}\n  publisher: P\n  title: T\n  url: ${url}\n  published: 2024-03-04\n  language: en\n`;
      writeFileSync(
        join(dir, 'sources.yaml'),
        entry('a') + entry('b') + entry('a') + entry('b', 'javascript:alert(1)') + entry('b'),
      );
      const found = loadContent(dir)
        .problems.filter((p) => p.file.endsWith('sources.yaml'))
        .map((p) => `${p.line}: ${p.field}: ${p.message}`);
      expect(found).toEqual([
        '13: [2](a).id: duplicate source id "a": it is already used by item [0]; ids must be unique',
        '22: [3](b).url: must be a full web address starting with https:// or http://; found "javascript:alert(1)"',
        '25: [4](b).id: duplicate source id "b": it is already used by item [1]; ids must be unique',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps addresses as browsers read them', () => {
    const { content } = loadContent('tests/fixtures/content/bad-sources');
    expect(content.sources.find((s) => s.id === 'normalised')?.url).toBe('https://example.org/e?q=a&r=b');
  });
});

describe('glossary validation', () => {
  const { content, problems } = loadContent('tests/fixtures/content/bad-glossary');
  // (March 2024, in the Indonesian text, is when the cited source was published: that is evidence of it.)
  it('a person needs their role at the time; figures are in the quotes; nothing else is wrong; valid entries stay', () => {
    expect(problems.map(formatProblem)).toEqual([
      'tests/fixtures/content/bad-glossary/glossary.yaml:4: [1](someone).role: a person needs their role at the time: role: { id, en }',
      'tests/fixtures/content/bad-glossary/glossary.yaml:16: [3](fine).short.en: “A fine of Rp15 billion from KPPU in April 2024.” states “April 2024”, which no quote it cites gives (“menjatuhkan denda Rp15 miliar”): quote the words that give it, or correct the figure',
    ]);
    // Entries are validated one by one: the others stay known, so nothing citing them is reported.
    expect(content.glossary.map((e) => e.id)).toEqual(['a-term', 'official', 'fine']);
  });
});
