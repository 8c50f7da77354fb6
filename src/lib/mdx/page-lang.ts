import { defaultLocale, isLocale, type Locale } from '../../i18n/locales';

/** The first of the candidates that is a site language (the remark plugin's `pageLang`, then
 *  Astro.currentLocale), else the default. */
export function pageLangOf(...candidates: unknown[]): Locale {
  return candidates.find(isLocale) ?? defaultLocale;
}

/** A numeric prop that MDX hands over as a string ("3"); undefined when absent or not a number. */
export function numberProp(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}
