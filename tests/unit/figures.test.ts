import { describe, expect, it } from 'vitest';
import {
  figuresIn,
  figuresMissing,
  numbersIn,
  quoteStatesPercent,
  readingsOf,
  unsupported,
} from '../../src/lib/content/figures';

describe('readingsOf', () => {
  it.each([
    ['87', [87]],
    ['75,01', [75.01]],
    ['75.01', [75.01]],
    ['1.500', [1500, 1.5]],
    ['1,5', [1.5]],
    ['1.500.000', [1500000]],
    ['12,5.3', []],
  ])('%s → %j', (token, values) => expect(readingsOf(token).sort()).toEqual([...values].sort()));
});

describe('numbersIn', () => {
  it('finds whole numbers only, never a part of a longer one', () => {
    expect(numbersIn('tahun 1987, lalu 87 persen dan Rp15 miliar.')).toEqual([[1987], [87], [15]]);
  });
});

describe('quoteStatesPercent', () => {
  it.each([
    ['sudah mencapai 87%', 87, true],
    ['sudah memenuhi 87 persen', 87, true],
    ['87 per cent of the work', 87, true],
    ['sejak 1987', 87, false],
    ['sekitar 875 transaksi', 87, false],
    ['tinggal 13 persen', 87, false],
    ['sekitar 75 persen', 75, true],
    ['migrasi sudah rampung per 27 Maret', 100, true],
    ['Rampung 100%', 100, true],
    ['the migration is complete', 100, true],
    ['hampir rampung', 100, false],
    ['almost complete', 100, false],
    ['belum selesai', 100, false],
    ['rampung', 90, false],
  ])('%j states %i%%: %s', (quote, value, expected) => expect(quoteStatesPercent(quote, value)).toBe(expected));
});

describe('figuresMissing', () => {
  it('finds the money and percentages of a figure in quotes, whichever way a language writes them', () => {
    expect(figuresMissing('USD 840 juta', ['for US$840 million'])).toEqual([]);
    expect(figuresMissing('75,01%', ['75.01 per cent'])).toEqual([]);
    expect(figuresMissing('1,5 miliar dolar AS', ['over US$1.5 billion'])).toEqual([]);
  });
  it('names each number no quote gives', () => {
    expect(figuresMissing('USD 340 juta dan 75,01%', ['pembelian 75,01% saham'])).toEqual(['340']);
    expect(figuresMissing('87%', [])).toEqual(['87']);
  });
});

describe('figuresIn: what a sentence states', () => {
  const kinds = (text: string) => figuresIn(text).map((f) => `${f.kind}:${f.text}`);
  it.each([
    ['Migrasi sudah 87 persen.', ['percent:87 persen']],
    ['It was 87% done, three quarters of the way.', ['percent:87%', 'percent:three quarters']],
    ['Denda Rp15 miliar dan USD 340 juta.', ['money:Rp15 miliar', 'money:USD 340 juta']],
    ['a fine of 15 billion rupiah', ['money:15 billion rupiah']],
    ['Sekitar 6 juta penjual terdampak.', ['count:6 juta penjual']],
    ['tiga bulan masa transisi', ['count:tiga bulan']],
    ['pada 4 Maret 2024 dan 12–14 March 2024', ['date:4 Maret 2024', 'date:12–14 March 2024', 'date:12–14 March 2024']],
    ['March 4, 2024, and Maret 2024, and in April', ['date:March 4, 2024', 'date:Maret 2024', 'date:April']],
    // Not figures: numbers of laws, years alone, "march" as a verb, "May" alone.
    ['Permendag 31/2023, Nomor 31 Tahun 2023, Pasal 21 ayat (3), sejak 2023.', []],
    ['They march on. You may go.', []],
  ])('%j → %j', (text, expected) => expect(kinds(text)).toEqual(expected));
});

describe('supports: a figure and the words of a source', () => {
  const held = (text: string, quote: string, published?: string) =>
    unsupported(text, [{ quote, published }]).length === 0;
  it.each([
    // The cases: the same figure as sources write it.
    ['87 persen', 'sudah mencapai 87%', true],
    ['87%', 'sudah memenuhi 87 persen', true],
    ['Rp15 miliar', 'denda Rp 15 miliar', true],
    ['15 billion rupiah', 'denda Rp15 miliar', true],
    ['IDR 15 billion', 'Rp15.000.000.000', true],
    ['4 Maret 2024', 'kata Isy, Senin (4/3/2024)', true],
    ['4 March 2024', 'pada 2024-03-04', true],
    ['a quarter', 'tinggal seperempat jalan', true],
    ['USD 1.5 billion', 'lebih dari US$1,5 miliar', true],
    ['three months', 'masa tiga bulan', true],
    ['one week', 'would have a week to comply', true],
    // …and where they differ.
    ['Rp20 miliar', 'denda Rp15 miliar', false],
    ['87%', 'sejak 1987', false],
    ['87%', 'Senin (8/7/2024)', false],
    ['USD 840 million', 'Rp840 juta', false],
    ['5 March 2024', 'Senin (4/3/2024)', false],
  ])('%j in %j: %s', (text, quote, expected) => expect(held(text, quote)).toBe(expected));

  it('a date may be the cited source’s own publication date, at the precision it is known', () => {
    expect(held('on 12 February 2024', 'sudah 75%', '2024-02-12')).toBe(true);
    expect(held('in February 2024', 'sudah 75%', '2024-02-12')).toBe(true);
    expect(held('on 13 February 2024', 'sudah 75%', '2024-02-12')).toBe(false);
    expect(held('on 12 February 2024', 'sudah 75%', '2024-02')).toBe(false);
  });

  it('a day and month in a quote take their year from the source', () => {
    expect(held('on 4 March 2024', 'kata Isy, Senin (4/3)', '2024-03-05')).toBe(true);
    expect(held('on 4 March 2023', 'kata Isy, Senin (4/3)', '2024-03-05')).toBe(false);
  });

  it('"complete" is 100%', () => {
    expect(held('100%', 'migrasi sudah rampung per 27 Maret')).toBe(true);
    expect(held('100%', 'hampir rampung')).toBe(false);
  });
});
