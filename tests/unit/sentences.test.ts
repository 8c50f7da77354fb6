import { describe, expect, it } from 'vitest';
import { sentenceSpans, splitFirstSentence } from '../../src/lib/sentences';

describe('splitFirstSentence', () => {
  it.each([
    ['One. Two three.', ['One.', 'Two three.']],
    [
      'Pada 2024 migrasi rampung. Angka 87% tidak bergerak! Lalu?',
      ['Pada 2024 migrasi rampung.', 'Angka 87% tidak bergerak! Lalu?'],
    ],
    ['Is it done? "Yes," they said.', ['Is it done?', '"Yes," they said.']],
    ['He said “it is done.” Then it was.', ['He said “it is done.”', 'Then it was.']],
    [
      'Rule No. 31 of 2023 took effect. It repealed another.',
      ['Rule No. 31 of 2023 took effect.', 'It repealed another.'],
    ],
    ['TikTok bought 75.01% of it. GoTo kept the rest.', ['TikTok bought 75.01% of it.', 'GoTo kept the rest.']],
    ['J. Smith wrote it. Then it was read.', ['J. Smith wrote it.', 'Then it was read.']],
    ['Mis. contoh ini, dll. Lalu berikutnya.', ['Mis. contoh ini, dll. Lalu berikutnya.', '']],
    [
      'Shop | Tokopedia complied in April 2024. 2025 brought a fine.',
      ['Shop | Tokopedia complied in April 2024.', '2025 brought a fine.'],
    ],
    ['  Only one sentence here.  ', ['Only one sentence here.', '']],
    ['lowercase after. a stop is not an end', ['lowercase after. a stop is not an end', '']],
  ])('%s', (text, expected) => {
    expect(splitFirstSentence(text)).toEqual(expected);
  });
});

describe('sentenceSpans', () => {
  const sentences = (text: string) => sentenceSpans(text).map(([a, b]) => text.slice(a, b).trim());
  it('cuts after a possessive, not after an initial or a company form', () => {
    expect(sentences("The licence was Tokopedia's. Then it changed.")).toEqual([
      "The licence was Tokopedia's.",
      'Then it changed.',
    ]);
    expect(sentences('J. Smith said so. TikTok Nusantara (SG) Pte. Ltd. was fined. Later.')).toEqual([
      'J. Smith said so.',
      'TikTok Nusantara (SG) Pte. Ltd. was fined.',
      'Later.',
    ]);
  });
});
