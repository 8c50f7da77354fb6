// The glossary as a page shows it: entries sorted by their term in the page's language.
import { intlLocale, type Locale } from '../i18n/locales';
import type { GlossaryEntry } from './content/schema';

export function sortedGlossary<T extends Pick<GlossaryEntry, 'term'>>(entries: readonly T[], lang: Locale): T[] {
  const collator = new Intl.Collator(intlLocale[lang], { sensitivity: 'base', numeric: true });
  return [...entries].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
}
