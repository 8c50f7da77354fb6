// The editors' tools speak Indonesian and English from one catalogue (src/i18n/messages/): both
// languages have every message, none is empty, and the language is chosen as the guide says.
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { editorLocale, LANGUAGE_VARIABLE, messages } from '../../src/i18n/messages';

/** Every message of a catalogue by its path ("cli.source.found"), with its text: a function is called with sample arguments. */
function texts(node: unknown, prefix = ''): [string, unknown][] {
  if (typeof node === 'function') {
    const sample = Array.from({ length: node.length }, (_, i) => (i === 0 ? 'contoh-1' : 2));
    return [[prefix, (node as (...args: unknown[]) => unknown)(...sample)]];
  }
  if (typeof node !== 'object' || node === null) return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) => texts(value, prefix ? `${prefix}.${key}` : key));
}

const paths = (lang: (typeof locales)[number]) => texts(messages(lang)).map(([path]) => path);

describe('the message catalogue', () => {
  it('has the same messages in both languages', () => {
    expect(paths('en')).toEqual(paths('id'));
    expect(paths('id').length).toBeGreaterThan(150);
  });

  it.each(locales)('%s: every message is text, none empty', (lang) => {
    const empty = texts(messages(lang)).filter(([, text]) => typeof text !== 'string' || !text.trim());
    expect(empty.map(([path]) => path)).toEqual([]);
  });

  it('messages of a thing name it', () => {
    for (const lang of locales) {
      expect(messages(lang).cli.source.idTaken('kompas-2024')).toContain('kompas-2024');
      expect(messages(lang).cli.common.unknownOption('--judul')).toContain('--judul');
    }
  });

  it('is translated: the languages differ but for the words that are the same on purpose', () => {
    // "Id", "folder" and "frontmatter" are the same words in both languages.
    const sameOnPurpose = ['cli.source.prompts.id', 'check.fields.folder', 'check.fields.frontmatter'];
    const id = new Map(texts(messages('id')));
    const same = texts(messages('en'))
      .filter(([path, text]) => id.get(path) === text)
      .map(([path]) => path);
    expect(same).toEqual(sameOnPurpose);
  });
});

describe('the tools’ language', () => {
  it('is Indonesian unless English is asked for', () => {
    expect(editorLocale(undefined, {})).toBe('id');
    expect(editorLocale(undefined, { LANG: 'C.UTF-8' })).toBe('id');
    expect(editorLocale(undefined, { LANG: 'fr_FR.UTF-8' })).toBe('id');
    expect(editorLocale(undefined, { LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(editorLocale(undefined, { LANG: 'in_ID' })).toBe('id');
  });

  it('follows --lang, then EDITOR_LANG, then the computer (LC_ALL, LC_MESSAGES, LANG)', () => {
    expect(LANGUAGE_VARIABLE).toBe('EDITOR_LANG');
    expect(editorLocale('en', { EDITOR_LANG: 'id' })).toBe('en');
    expect(editorLocale('id', { LANG: 'en_US.UTF-8' })).toBe('id');
    expect(editorLocale(undefined, { EDITOR_LANG: 'id', LANG: 'en_US.UTF-8' })).toBe('id');
    expect(editorLocale(undefined, { EDITOR_LANG: 'EN' })).toBe('en');
    expect(editorLocale(undefined, { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(editorLocale(undefined, { LC_ALL: 'id_ID.UTF-8', LANG: 'en_US.UTF-8' })).toBe('id');
    expect(editorLocale(undefined, { LC_MESSAGES: 'en_US', LANG: 'id_ID' })).toBe('en');
  });

  it('refuses a --lang it does not speak', () => {
    expect(editorLocale('fr', {})).toBeUndefined();
    expect(editorLocale('', {})).toBeUndefined();
  });
});
