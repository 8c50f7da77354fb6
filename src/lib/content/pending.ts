// One language first: an article, a milestone or a glossary entry marked `translation: pending` is
// written in one language, the other to follow (a desk writes in Indonesian, a translator adds the
// English later). Such an entry may lack the other language's texts; it is checked as if they were
// there, published in neither language until they are, and listed by the check as pending, not as
// an error. Pure: the loaders (./kinds/) apply it.
import { locales, type Locale } from '../../i18n/locales';
import { PENDING } from './schema';

export const isPending = (raw: unknown): boolean =>
  !!raw && typeof raw === 'object' && (raw as { translation?: unknown }).translation === PENDING;

/** A `{ id, en }` text with one language missing, and which one. */
function halfText(value: unknown): Locale | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (!keys.length || !keys.every((k) => (locales as readonly string[]).includes(k))) return undefined;
  const missing = locales.filter((l) => typeof (value as Record<string, unknown>)[l] !== 'string');
  return missing.length === 1 ? missing[0] : undefined;
}

/**
 * A pending entry as it is checked: each text that lacks one language gets the other's words in its
 * place (the schema then checks everything else as usual), with the languages still missing.
 */
export function asIfTranslated(raw: unknown): { data: unknown; missing: Locale[] } {
  const missing = new Set<Locale>();
  const fill = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(fill);
    if (!value || typeof value !== 'object') return value;
    const lacking = halfText(value);
    if (lacking) {
      missing.add(lacking);
      const other = locales.find((l) => l !== lacking)!;
      return { ...value, [lacking]: (value as Record<string, unknown>)[other] };
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
  };
  return { data: fill(raw), missing: [...missing] };
}

const names: Record<Locale, string> = { id: 'Indonesian', en: 'English' };

/** What the check says of a pending article: it goes live with its translation. */
export function pendingArticleMessage(missing: readonly Locale[], file: string): string {
  const language = missing.map((l) => names[l]).join(' and ');
  return `awaits its ${language} translation (translation: pending): it is published in neither language until the ${language} article exists (npm run new -- --translate ${file} starts it)`;
}

/** What the check says of a pending entry: what it waits for, and how it goes live. */
export function pendingMessage(missing: readonly Locale[], translate: string): string {
  if (!missing.length)
    return 'has both languages but is still marked translation: pending: remove that line to publish it';
  const language = missing.map((l) => names[l]).join(' and ');
  return `awaits its ${language} text (translation: pending): it is published in neither language until every text has it and the line translation: pending is removed (npm run new -- --translate ${translate} copies the text to translate in)`;
}
