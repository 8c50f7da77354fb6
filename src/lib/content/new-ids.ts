// Ids for new sources and milestones, made from what the editor typed: lowercase letters, digits and
// single hyphens (SLUG), at most SLUG_MAX characters, and never one already taken.
import { SLUG, SLUG_MAX } from '../urls';

/** Words of a text as a slug: accents dropped (é → e), anything not a letter or digit a hyphen. */
export function slugOf(text: string, maxLength: number = SLUG_MAX): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A first word longer than the limit is cut rather than lost.
  return slug || (words[0] ?? '').slice(0, maxLength);
}

/** `base`, or `base-2`, `base-3`… : the first one not taken, within SLUG_MAX. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/** The longest publisher part of an id; a longer name is written with its initials (South China Morning Post → scmp). */
const PUBLISHER_MAX = 20;
/** The title's first words in an id. */
const TITLE_WORDS_MAX = 40;

/** The publisher as one word: "Kompas.com" → kompas, "Bloomberg Technoz" → bloombergtechnoz. */
export function publisherSlug(publisher: string): string {
  const name = publisher
    .replace(/\s*\(.*$/, '')
    .trim()
    .replace(/\.(com|co\.id|id|net|org)$/i, '');
  const joined = slugOf(name, Infinity).replaceAll('-', '');
  if (joined.length <= PUBLISHER_MAX) return joined || 'source';
  return slugOf(name, Infinity)
    .split('-')
    .map((w) => w[0])
    .join('');
}

/** A source's id as the registry writes them: publisher, date, first words of the title (kompas-2024-04-03-transisi-tiktok-shop). */
export function newSourceId(
  source: { publisher: string; published: string; title: string },
  taken: ReadonlySet<string>,
): string {
  const head = `${publisherSlug(source.publisher)}-${source.published}`;
  const words = slugOf(source.title, Math.min(TITLE_WORDS_MAX, SLUG_MAX - head.length - 4));
  return uniqueId(words ? `${head}-${words}` : head, taken);
}

/** A milestone's id from its Indonesian title (kemendag-shop-tokopedia-sudah-sesuai-aturan), or its date. */
export function newMilestoneId(titleId: string, date: string, taken: ReadonlySet<string>): string {
  return uniqueId(slugOf(titleId, 50) || date, taken);
}

/** Whether an id typed by the editor is well formed (the schema's rules: SLUG, SLUG_MAX). */
export const isSlug = (id: string) => SLUG.test(id) && id.length <= SLUG_MAX;
