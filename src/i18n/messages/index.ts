// The editors' tools' messages, in the editor's language: Indonesian unless English is asked for.
import { isLocale, type Locale } from '../locales';
import { en } from './en';
import { id } from './id';
import type { Messages } from './types';

export type { Messages };

const catalogues: Record<Locale, Messages> = { id, en };

export function messages(lang: Locale): Messages {
  return catalogues[lang];
}

/** The variable that names the tools' language whatever the computer's language is: EDITOR_LANG=en. */
export const LANGUAGE_VARIABLE = 'EDITOR_LANG';

/**
 * The language the tools speak: `--lang` when given (it must be id or en), else EDITOR_LANG, else
 * the computer's language (LC_ALL, LC_MESSAGES, LANG, as POSIX orders them) when it is English or
 * Indonesian, else Indonesian. `undefined` when `--lang` names another language.
 */
export function editorLocale(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Locale | undefined {
  if (flag !== undefined) return isLocale(flag) ? flag : undefined;
  const named = env[LANGUAGE_VARIABLE]?.trim().toLowerCase();
  if (isLocale(named)) return named;
  const system = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v);
  const code = system?.toLowerCase().split(/[_.@-]/)[0];
  // "in" is the old ISO 639 code for Indonesian, still used by some systems.
  if (code === 'en') return 'en';
  if (code === 'id' || code === 'in') return 'id';
  return 'id';
}

let chosen: Locale | undefined;

/**
 * The language of the content check's messages in this process (check:content, the build, the
 * preview): the one a command chose with --lang (useMessageLocale), else the editor's (EDITOR_LANG,
 * then the computer's language), Indonesian by default.
 */
export function messageLocale(): Locale {
  return chosen ?? editorLocale(undefined, typeof process === 'undefined' ? {} : process.env) ?? 'id';
}

/** Makes `lang` the language of the check's messages from now on (a command's --lang, a test). */
export function useMessageLocale(lang: Locale | undefined): void {
  chosen = lang;
}

/** The content check's messages in the current language. */
export const checkMessages = () => messages(messageLocale()).check;
