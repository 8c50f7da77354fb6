// What the editors' commands share (`npm run source`, `npm run milestone`, `npm run schemas`): the
// language they speak (--lang, EDITOR_LANG, the computer's language; Indonesian by default), their
// options, the content folder they write in (--root, never outside it), and the questions they ask
// when run in a terminal. The commands take an `Io`, so that tests can answer the questions.
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '../i18n/locales';
import { editorLocale, messages, type Messages } from '../i18n/messages';
import { contentRoot } from '../lib/content/paths';

export interface Io {
  /** A line for the editor (standard output). */
  out(text: string): void;
  /** A problem (standard error). */
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Asks a question and resolves to the answer, or to undefined when the editor stops (Ctrl-D,
   * Ctrl-C). Absent when there is no terminal to ask in: then everything comes from options.
   */
  ask?: ((question: string, completions?: readonly string[]) => Promise<string | undefined>) | undefined;
}

/** The terminal's Io: questions only when both input and output are a terminal. */
export function terminalIo(): Io & { close(): void } {
  const out = (text: string) => process.stdout.write(`${text}\n`);
  const err = (text: string) => process.stderr.write(`${text}\n`);
  if (!process.stdin.isTTY || !process.stdout.isTTY) return { out, err, env: process.env, close() {} };
  let completions: readonly string[] = [];
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    // Tab completes what the question offers (existing publishers, source ids…).
    completer: (line: string) => [completions.filter((c) => c.toLowerCase().startsWith(line.toLowerCase())), line],
  });
  let closed = false;
  let pending: ((answer: string | undefined) => void) | undefined;
  // Lines typed ahead (before the question, or several pasted at once) wait for their question.
  const typedAhead: string[] = [];
  rl.on('line', (line) => {
    const answer = pending;
    pending = undefined;
    if (answer) answer(line);
    else typedAhead.push(line);
  });
  rl.on('close', () => {
    closed = true;
    // Ctrl-D ends the line the question was on.
    if (pending) process.stdout.write('\n');
    pending?.(undefined);
  });
  rl.on('SIGINT', () => rl.close());
  return {
    out,
    err,
    env: process.env,
    ask(question, offered = []) {
      if (typedAhead.length) {
        const answer = typedAhead.shift()!;
        process.stdout.write(`${question}${answer}\n`);
        return Promise.resolve(answer);
      }
      if (closed) return Promise.resolve(undefined);
      completions = offered;
      return new Promise((resolve) => {
        pending = resolve;
        rl.setPrompt(question);
        rl.prompt();
      });
    },
    close: () => rl.close(),
  };
}

/** The editor stopped answering: nothing is written. */
export class Cancelled extends Error {}

/** A path as the editor reads it: relative to where the command runs. */
export const shown = (path: string) => relative(process.cwd(), path) || path;

/** The lines of the list item that starts at `line` (1-based), up to the next item or field. */
export function itemLines(text: string, line: number): string {
  const lines = text.split('\n');
  const indent = /^\s*/.exec(lines[line - 1] ?? '')![0].length;
  const end = lines.findIndex((l, i) => i >= line && l.trim() !== '' && /^\s*/.exec(l)![0].length <= indent);
  return lines
    .slice(line - 1, end === -1 ? undefined : end)
    .map((l) => `  ${l}`)
    .join('\n')
    .trimEnd();
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The values of options as `parseArgs` gives them: a string or a flag, a list when repeated. */
type Values<O> = {
  [K in keyof O]?: O[K] extends { type: 'boolean' }
    ? O[K] extends { multiple: true }
      ? boolean[]
      : boolean
    : O[K] extends { multiple: true }
      ? string[]
      : string;
};

export type CommandLine<O extends Options> = {
  t: Messages;
  lang: Locale;
  root: string;
  values: Values<O & typeof common>;
  positionals: string[];
};

const common = {
  lang: { type: 'string' },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The language of `--lang` (read before anything else, so that every message is in it). */
function languageOption(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1] ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/**
 * Checks the options that were given, each with its own check (a message, or undefined when it is
 * right; an empty value is "required"): what passed, and every problem at once as `--name: problem`.
 */
export function checkOptions<F extends string>(
  checks: Record<F, (value: string) => string | undefined>,
  values: Partial<Record<F, string>>,
  required: string,
): { given: Partial<Record<F, string>>; problems: string[] } {
  const given: Partial<Record<F, string>> = {};
  const problems: string[] = [];
  for (const field of Object.keys(checks) as F[]) {
    const value = values[field]?.trim();
    if (value === undefined) continue;
    const problem = value ? checks[field](value) : required;
    if (problem) problems.push(`--${field}: ${problem}`);
    else given[field] = value;
  }
  return { given, problems };
}

/**
 * Reads the command line: the language, the options, the content folder. Prints the usage for
 * --help and a message for a mistake, then returns the exit code instead.
 */
export function readCommandLine<O extends Options>(
  argv: readonly string[],
  io: Io,
  options: O,
  usage: (t: Messages) => string,
): CommandLine<O> | { exit: number } {
  const lang = editorLocale(languageOption(argv), io.env);
  if (!lang) {
    const t = messages('id');
    io.err(`✗ ${t.cli.common.badLang(languageOption(argv) ?? '')}`);
    return { exit: 1 };
  }
  const t = messages(lang);
  const fail = (message: string) => {
    io.err(`✗ ${message}\n\n${t.cli.common.usage}\n${usage(t)}`);
    return { exit: 1 };
  };
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...options, ...common }, allowPositionals: true, strict: true });
  } catch (e) {
    const error = e as Error & { code?: string };
    const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return fail(t.cli.common.unknownOption(option));
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /ambiguous/.test(error.message))
      return fail(t.cli.common.dashValue(option));
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return fail(t.cli.common.missingValue(option));
    return fail(error.message);
  }
  const values = parsed.values as unknown as CommandLine<O>['values'];
  if (values.help) {
    io.out(`${t.cli.common.usage}\n${usage(t)}`);
    return { exit: 0 };
  }
  const root = (values.root as string | undefined) ?? contentRoot();
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    io.err(`✗ ${t.cli.common.noRoot(root)}`);
    return { exit: 1 };
  }
  return { t, lang, root, values, positionals: parsed.positionals };
}

const YES = /^(y|ya|yes)$/i;
const NO = /^(t|tidak|n|no)$/i;

/** Questions, asked again until the answer is valid. Throws `Cancelled` when the editor stops. */
export class Prompter {
  constructor(
    private readonly io: Io,
    private readonly t: Messages,
  ) {}

  get interactive(): boolean {
    return this.io.ask !== undefined;
  }

  private async answer(question: string, completions?: readonly string[]): Promise<string> {
    const answer = await this.io.ask!(question, completions);
    if (answer === undefined) throw new Cancelled();
    return answer.trim();
  }

  /**
   * A text. `check` returns what is wrong with an answer (or nothing); `suggested` is taken when the
   * editor presses Enter; an `optional` question may be skipped (undefined).
   */
  async text(
    label: string,
    options: {
      check?: (answer: string) => string | undefined;
      suggested?: string | undefined;
      optional?: boolean;
      completions?: readonly string[];
      /** The question says itself what Enter does. */
      saysEnter?: boolean;
    } = {},
  ): Promise<string | undefined> {
    const { common } = this.t.cli;
    const hint = options.saysEnter
      ? ''
      : options.suggested
        ? ` (${common.suggested(options.suggested)})`
        : options.optional
          ? ` (${common.optional})`
          : '';
    for (;;) {
      const answer = (await this.answer(`${label}${hint}: `, options.completions)) || options.suggested || '';
      if (!answer) {
        if (options.optional) return undefined;
        this.io.err(`  ✗ ${common.required}`);
        continue;
      }
      const problem = options.check?.(answer);
      if (!problem) return answer;
      this.io.err(`  ✗ ${problem}`);
    }
  }

  /** A text that must be given. */
  async required(label: string, options: Parameters<Prompter['text']>[1] = {}): Promise<string> {
    return (await this.text(label, { ...options, optional: false }))!;
  }

  async yesNo(label: string, byDefault: boolean): Promise<boolean> {
    const { common } = this.t.cli;
    for (;;) {
      const answer = await this.answer(`${label} ${byDefault ? common.yesNo : common.noYes} `);
      if (!answer) return byDefault;
      if (YES.test(answer)) return true;
      if (NO.test(answer)) return false;
      this.io.err(`  ✗ ${common.answerYesOrNo}`);
    }
  }

  /** One of a list, by its number or its value. */
  async choose<T extends string>(label: string, choices: readonly { value: T; text: string }[]): Promise<T> {
    choices.forEach((c, i) => this.io.out(`  ${i + 1}. ${c.value}${c.text ? `: ${c.text}` : ''}`));
    const values = choices.map((c) => c.value);
    const answer = await this.required(label, {
      completions: values,
      check: (a) =>
        values.includes(a as T) || (/^\d+$/.test(a) && Number(a) >= 1 && Number(a) <= choices.length)
          ? undefined
          : this.t.cli.common.choose(choices.length),
    });
    return /^\d+$/.test(answer) ? choices[Number(answer) - 1]!.value : (answer as T);
  }
}
