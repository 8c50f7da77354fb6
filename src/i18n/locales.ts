// The site's languages. Bahasa Indonesia comes first: it is the default and the first in every list.
export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'id';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other language, for the language switcher. */
export function otherLocale(lang: Locale): Locale {
  return lang === 'id' ? 'en' : 'id';
}

/** BCP 47 tags for Intl formatting. */
export const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };
