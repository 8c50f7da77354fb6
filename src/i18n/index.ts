// One entry point for everything language-related: the dictionaries and Intl formatting.
import { intlLocale, type Locale } from './locales';
import { en } from './ui/en';
import { id } from './ui/id';
import type { UiStrings } from './ui/types';
import { precisionOf, startOf } from '../lib/content/dates';

export * from './locales';
export type { UiStrings };

const dictionaries: Record<Locale, UiStrings> = { id, en };

export function t(lang: Locale): UiStrings {
  return dictionaries[lang];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Locale, precision: 'day' | 'month'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[lang], {
      ...(precision === 'day' ? { day: 'numeric' } : {}),
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** "2024-03-01" → "1 Maret 2024" / "1 March 2024"; "2024-04" → "April 2024". */
export function formatDate(iso: string, lang: Locale): string {
  return dateFormat(lang, precisionOf(iso)).format(startOf(iso));
}

export function formatNumber(value: number, lang: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale[lang], options).format(value);
}

/** "Ani, Budi dan Citra" / "Ani, Budi and Citra". */
export function formatList(items: readonly string[], lang: Locale): string {
  return new Intl.ListFormat(intlLocale[lang], { style: 'long', type: 'conjunction' }).format(items);
}

/** Phrases editors use in a citation's `at`, in Indonesian (quoted text is left as the source wrote it). */
const AT_PHRASES: [RegExp, string][] = [
  [/\btitle block below the table\b/g, 'blok judul di bawah tabel'],
  [/\blist of sanctions\b/g, 'daftar sanksi'],
  [/\blist item\b/g, 'butir daftar'],
  [/\bitem (\d+)/g, 'butir $1'],
  [/\btable, row\b/g, 'tabel, baris'],
  [/\blast paragraph\b/g, 'paragraf terakhir'],
  [/\bparagraph (\d+)/g, 'paragraf $1'],
  [/\bpage (\d+)/g, 'halaman $1'],
  [/\bsection (\d+)/g, 'bagian $1'],
  [/\bsection\b/g, 'bagian'],
  [/\bheadline\b/g, 'judul'],
  [/\bquote after\b/g, 'kutipan setelah'],
  [/\barticle body\b/g, 'isi artikel'],
  [/\bafter the dateline paragraph\b/g, 'setelah paragraf tanggal'],
  [/\bread on the copy at\b/g, 'dibaca pada salinan di'],
  [/\bunder\b/g, 'di bawah'],
];

/**
 * Where a quote is in its source, in the page's language. Editors write it in English with a few
 * fixed phrases ("paragraph 3", "page 2, paragraph 4", "headline", `table, row "X"`, `section "X"`);
 * for Indonesian pages those phrases are translated and quoted words left as the source wrote them.
 */
export function formatAt(at: string, lang: Locale): string {
  if (lang === 'en') return at;
  return at
    .split(/("[^"]*")/)
    .map((part) =>
      part.startsWith('"') ? part : AT_PHRASES.reduce((text, [pattern, id]) => text.replace(pattern, id), part),
    )
    .join('');
}
