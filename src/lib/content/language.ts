// A cheap test of which of the site's languages a text is written in: the share of each language's
// most common small words. Enough to catch an English "translation" still in Indonesian; names,
// numbers and quoted words in the other language (<Lang>, <Quote lang>) do not tip it.
import type { Locale } from '../../i18n/locales';

const stopWords: Record<Locale, ReadonlySet<string>> = {
  id: new Set(
    'yang dan di ke dari ini itu untuk dengan tidak pada adalah dalam akan juga oleh sudah atau karena bisa telah para kami mereka sebagai tersebut bahwa lebih harus masih saat setelah belum hanya agar namun menjadi tetapi dapat secara antara hingga sejak bagi sebelum serta apa kata ada pun tak sebuah seperti'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the and of to in is that for it with as was on be by this are from at or an not which have has had but were its their they will would can been after before also than into who what when there these those such only should could about'.split(
      ' ',
    ),
  ),
};

/** Fewer common words than this in total, and the text is too short to judge. */
export const MIN_COMMON_WORDS = 20;

export interface LanguageGuess {
  /** The language most common words belong to, or undefined when the text is too short to tell. */
  lang: Locale | undefined;
  counts: Record<Locale, number>;
}

export function guessLanguage(text: string): LanguageGuess {
  const counts: Record<Locale, number> = { id: 0, en: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (stopWords.id.has(word)) counts.id++;
    if (stopWords.en.has(word)) counts.en++;
  }
  if (counts.id + counts.en < MIN_COMMON_WORDS) return { lang: undefined, counts };
  return { lang: counts.id > counts.en ? 'id' : counts.en > counts.id ? 'en' : undefined, counts };
}
