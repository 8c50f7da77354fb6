// Pagefind's index of the fixture site holds the text and not the interface around it: no label of
// the interface dictionaries (src/i18n/ui/) is in any page's fragment, whatever the components
// draw around the text (citations, the timeline's key and list, folds, "show all"), unless the
// content folder's own text uses the same words. Fragments are gzip'd JSON after Pagefind's
// signature (pagefind_dcd), one per indexed page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { locales, t, type Locale } from '../../src/i18n';
import { filesUnder } from '../../src/lib/files';
import { folders } from '../../src/lib/urls';
import { fixtureContent } from '../e2e/fixture-site';
import { dir } from './site';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}
/** Everything editors wrote in the fixture's content folder. */
const contentText = filesUnder(fixtureContent)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const fragmentDir = join(dir, folders.searchIndex, 'fragment');
const fragments: Fragment[] = readdirSync(fragmentDir)
  .filter((name) => name.endsWith('.pf_fragment'))
  .map((name) => {
    const text = gunzipSync(readFileSync(join(fragmentDir, name))).toString();
    return JSON.parse(text.replace(/^pagefind_dcd/, ''));
  });

/** Stands for a function's argument: where any text may be. */
const HOLE = '\u0001';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Strings of the interface dictionary that are a page's text, not the interface: the title and
 * introduction of the pages they head, the sentence a reported figure is given in, and the title of
 * the key facts box, a heading of the article (a search result may lead to it).
 */
const pageText = new Set([
  'glossary.title',
  'glossary.intro',
  'sourcesPage.title',
  'sourcesPage.intro',
  'timeline.intro',
  'timeline.progress',
  'timeline.projection',
  'mdx.keyFacts',
]);

interface Label {
  key: string;
  /** Its longest stretch of words, looked for first. */
  words: string;
  pattern: RegExp;
}

/**
 * Every label of a language's dictionary as a pattern: a string as it is (two words and ten
 * characters at least, so a word such as "Sources" or a phrase such as "Tidak ada" is not taken for
 * a label wherever the text uses it), a function by what it writes around its arguments (three words
 * at least), called with text and with 1.
 */
function labels(lang: Locale): Label[] {
  const out: Label[] = [];
  const ui = t(lang);
  const valueOf = (key: string) => key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], ui);
  // What the page's text says in those words, and what the content folder's text says, is the text.
  const exempt = [...pageText]
    .map(valueOf)
    .map((v) => (typeof v === 'function' ? (v as (...a: string[]) => string)(HOLE, HOLE, HOLE) : String(v)));
  const isText = (label: string) => exempt.some((e) => e.includes(label)) || contentText.includes(label);
  const wordsOf = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const add = (key: string, text: string) => {
    if (pageText.has(key) || isText(text)) return;
    const parts = text.split(HOLE);
    if (parts.length > 1 ? wordsOf(parts.join(' ')) < 3 : wordsOf(text) < 2 || text.length < 10) return;
    const words = parts.reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
    out.push({ key, words, pattern: new RegExp(parts.map(escape).join('[^]{1,40}?'), 'u') });
  };
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') add(key, value);
    else if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      for (const arg of [HOLE, 1]) {
        let text: unknown;
        try {
          text = fn(...Array.from({ length: Math.max(fn.length, 1) }, () => arg));
        } catch {
          continue; // Wants an object: not a label of its own.
        }
        if (typeof text === 'string') add(key, text);
      }
    } else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
  };
  walk(ui, '');
  return out;
}

describe('the search index holds the text, not the interface', () => {
  it('every language has fragments, and labels to look for in them', () => {
    for (const lang of locales) {
      expect(fragments.filter((f) => f.url.startsWith(`/${lang}/`))).not.toEqual([]);
      const keys = new Set(labels(lang).map((l) => l.key));
      for (const key of ['citation.at', 'sourcesPage.uses', 'timeline.showAll', 'timeline.legend.show'])
        expect(keys, `${lang}: ${key}`).toContain(key);
    }
  });

  it.each(fragments.map((f) => [f.url, f] as const))('%s', (url, fragment) => {
    const lang = locales.find((l) => url.startsWith(`/${l}/`));
    expect(lang, 'a page of one language').toBeDefined();
    const found = labels(lang!).flatMap(({ key, words, pattern }) => {
      const match = fragment.content.includes(words) && pattern.exec(fragment.content);
      return match ? [`${key}: “${match[0]}”`] : [];
    });
    expect(found, `${url}: mark what draws them data-pagefind-ignore`).toEqual([]);
  });
});
