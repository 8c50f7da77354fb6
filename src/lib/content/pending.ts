// One language first: an article, a milestone or a glossary entry marked `translation: pending` is
// written in one language, the other to follow (a desk writes in Indonesian, a translator adds the
// English later). Such an entry may lack the other language's texts; it is checked as if they were
// there, published in neither language until they are, and listed by the check as pending, not as
// an error. Pure: the loaders (./kinds/) apply it.
import { locales, type Locale } from '../../i18n/locales';
import { checkMessages } from '../../i18n/messages';
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

/** The languages a pending entry lacks, named in the check's language. */
const named = (missing: readonly Locale[]) => {
  const m = checkMessages().pending;
  return missing.map((l) => m.languages[l]).join(m.and);
};

/** What the check says of a pending article: it goes live with its translation. */
export function pendingArticleMessage(missing: readonly Locale[], file: string): string {
  return checkMessages().pending.article(named(missing), file);
}

/** What the check says of a pending entry: what it waits for, and how it goes live. */
export function pendingMessage(missing: readonly Locale[], translate: string): string {
  if (!missing.length) return checkMessages().pending.done;
  return checkMessages().pending.entry(named(missing), translate);
}
