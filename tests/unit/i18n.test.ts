import { describe, expect, it } from 'vitest';
import { formatAt, formatDate, formatList, locales, t } from '../../src/i18n';

/** Every leaf key path of a dictionary, like "nav.home". */
function keyPaths(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => keyPaths(value, prefix ? `${prefix}.${key}` : key));
}

function leaf(dict: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], dict);
}

describe('UI dictionaries', () => {
  const all = new Set(locales.flatMap((lang) => keyPaths(t(lang))));

  it.each(locales)('%s has every key that any locale has, each with text', (lang) => {
    const dict = t(lang);
    for (const path of all) {
      const value = leaf(dict, path);
      expect(value, `${lang}: ${path}`).toBeDefined();
      if (typeof value === 'string') expect(value.trim(), `${lang}: ${path} is empty`).not.toBe('');
      else expect(typeof value, `${lang}: ${path}`).toBe('function');
    }
  });

  it('the two locales differ (no untranslated copy)', () => {
    // Words that are the same in both languages, on purpose: nothing else may be.
    const sameOnPurpose = ['menu.open'];
    const same = [...all].filter(
      (p) =>
        typeof leaf(t('id'), p) === 'string' && leaf(t('id'), p) === leaf(t('en'), p) && !sameOnPurpose.includes(p),
    );
    expect(same).toEqual([]);
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-03-01', 'id', '1 Maret 2024'],
    ['2024-03-01', 'en', '1 March 2024'],
    ['2023-12-12', 'id', '12 Desember 2023'],
    ['2024-02-21', 'en', '21 February 2024'],
    ['2024-04', 'id', 'April 2024'],
    ['2024-08', 'id', 'Agustus 2024'],
    ['2024-04', 'en', 'April 2024'],
  ] as const)('%s in %s → %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });

  it('does not depend on the time zone of the machine (calendar dates stay put)', () => {
    // TZ is Asia/Jakarta (UTC+7) in the test config; a local-time parse would still show the 1st,
    // but a UTC-12 reader must too: formatting always uses UTC.
    expect(formatDate('2024-01-01', 'en')).toBe('1 January 2024');
    expect(formatDate('2024-12-31', 'id')).toBe('31 Desember 2024');
  });
});

describe('formatList', () => {
  it.each([
    [['Ani'], 'id', 'Ani'],
    [['Ani', 'Budi'], 'id', 'Ani dan Budi'],
    [['Ani', 'Budi', 'Citra'], 'en', 'Ani, Budi and Citra'],
  ] as const)('%j in %s → %s', (items, lang, expected) => {
    expect(formatList(items, lang)).toBe(expected);
  });
});

describe('formatAt', () => {
  it.each([
    ['paragraph 3', 'paragraf 3'],
    ['page 2, paragraph 4', 'halaman 2, paragraf 4'],
    ['headline', 'judul'],
    ['table, row "Tanggal Penetapan"', 'tabel, baris "Tanggal Penetapan"'],
    ['section "Patuhi aturan", paragraph 2', 'bagian "Patuhi aturan", paragraf 2'],
    ['last paragraph', 'paragraf terakhir'],
    [
      'section "Patuhi aturan" (read on the copy at cpu-data.info)',
      'bagian "Patuhi aturan" (dibaca pada salinan di cpu-data.info)',
    ],
    ['list item "Pasal 21 ayat 2"', 'butir daftar "Pasal 21 ayat 2"'],
    ['the printed edition', 'the printed edition'],
  ])('%s → %s in Indonesian, unchanged in English', (at, id) => {
    expect(formatAt(at, 'id')).toBe(id);
    expect(formatAt(at, 'en')).toBe(at);
  });
});
