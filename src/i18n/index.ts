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
