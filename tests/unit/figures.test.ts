import { describe, expect, it } from 'vitest';
import { figuresMissing, numbersIn, quoteStatesPercent, readingsOf } from '../../src/lib/content/figures';

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
