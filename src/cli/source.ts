// `npm run source`: finds sources in content/sources.yaml and adds one, without writing YAML by hand.
//
//   npm run source -- cari <kata…>          (or find) by words of the title, publisher, id, or a date
//   npm run source -- tambah [options]       (or add) asks for what the options do not give
//   npm run source                           asks: search first, then add
//
// A new source is checked field by field as it is typed (the schema's own rules: webAddress for
// addresses, real dates, an id that is free), then the whole content folder is checked with it as
// `npm run check:content` does, and only then written: in date order, in its section, with every
// other line of the file as it was. Writes only inside the content folder.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { isLocale } from '../i18n/locales';
import { addSource, type NewSource } from '../lib/content/edit-yaml';
import { findSources, searchWords, type FoundSource } from '../lib/content/find-sources';
import { isInside } from '../lib/content/inside';
import { contentPaths } from '../lib/content/paths';
import { isSlug, newSourceId } from '../lib/content/new-ids';
import { formatProblem } from '../lib/content/problems';
import { isoDayOrMonth, webAddress } from '../lib/content/schema';
import { refreshSchemas } from '../lib/content/schema-files';
import { parseYaml } from '../lib/content/yaml';
import { problemsOfEdit } from './check-edit';
import {
  Cancelled,
  checkOptions,
  itemLines,
  Prompter,
  readCommandLine,
  shown,
  terminalIo,
  type Io,
} from './editor-cli';

const options = {
  url: { type: 'string' },
  title: { type: 'string' },
  publisher: { type: 'string' },
  date: { type: 'string' },
  language: { type: 'string' },
  id: { type: 'string' },
  archive: { type: 'string' },
  via: { type: 'string' },
  'note-id': { type: 'string' },
  'note-en': { type: 'string' },
  yes: { type: 'boolean' },
} as const;

const FIND = new Set(['cari', 'find']);
const ADD = new Set(['tambah', 'add']);
/** At most this many matches are listed: more means the search needs more words. */
const SHOWN_MATCHES = 15;

const withId = (v: unknown): v is FoundSource =>
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string';
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The address as the check keeps it, or undefined when it is not one. */
const address = (v: unknown) => {
  const result = webAddress.safeParse(v);
  return result.success ? result.data : undefined;
};

/** The page an address leads to, whether written with http or https, with or without www. */
const page = (v: unknown) => {
  const url = address(v);
  if (!url) return undefined;
  const { host, pathname, search } = new URL(url);
  return `${host.replace(/^www\./, '')}${pathname}${search}`;
};

export async function sourceCommand(argv: readonly string[], io: Io): Promise<number> {
  const cli = readCommandLine(argv, io, options, (t) => t.cli.source.usage);
  if ('exit' in cli) return cli.exit;
  const { t, root, values, positionals } = cli;
  const c = t.cli.common;
  const m = t.cli.source;
  const file = contentPaths(root).sources;
  if (!existsSync(file)) return fail(io, c.missingFile(shown(file)));
  if (!isInside(root, file)) return fail(io, c.outsideRoot(shown(file), shown(root)));
  const text = readFileSync(file, 'utf8');
  const parsed = parseYaml(text);
  if (parsed.errors.length || !(parsed.data == null || Array.isArray(parsed.data)))
    return fail(io, c.unreadable(shown(file)));
  const sources = ((parsed.data as unknown[] | null) ?? []).filter(withId);

  const list = (words: readonly string[]) => {
    const found = findSources(sources, words);
    if (!found.length) return io.out(m.none(words.join(' ')));
    io.out(m.found(found.length));
    for (const s of found.slice(0, SHOWN_MATCHES))
      io.out(`  ${s.id}\n      ${[str(s.published), str(s.publisher), str(s.title)].join(' · ')}\n      ${str(s.url)}`);
    if (found.length > SHOWN_MATCHES) io.out(m.more(found.length - SHOWN_MATCHES));
  };

  const [action, ...rest] = positionals;
  const prompter = new Prompter(io, t);
  try {
    if (action !== undefined && FIND.has(action)) {
      if (!rest.length) return fail(io, m.noWords);
      list(rest);
      return 0;
    }
    if (action !== undefined && !ADD.has(action)) return fail(io, `${c.unexpected(action)}\n\n${c.usage}\n${m.usage}`);
    if (rest.length) return fail(io, `${c.unexpected(rest[0]!)}\n\n${c.usage}\n${m.usage}`);
    if (action === undefined) {
      if (!prompter.interactive) return fail(io, `${c.usage}\n${m.usage}`);
      for (;;) {
        const query = await prompter.text(m.searchPrompt, { optional: true, saysEnter: true });
        if (!query) break;
        list(searchWords(query));
      }
    }
    return await add();
  } catch (e) {
    if (!(e instanceof Cancelled)) throw e;
    io.err(c.cancelled);
    return 1;
  }

  async function add(): Promise<number> {
    const taken = new Set(sources.map((s) => s.id));
    const known = new Map(sources.map((s) => [page(s.url), s.id] as const));
    // What is wrong with an answer, for each field: the schema's rules, with the editor's words.
    const checks = {
      url: (v: string) => {
        if (!address(v)) return t.schema.errors.address;
        const id = known.get(page(v));
        return id ? m.duplicateUrl(id) : undefined;
      },
      title: () => undefined,
      publisher: () => undefined,
      date: (v: string) => (isoDayOrMonth.safeParse(v).success ? undefined : t.schema.errors.dayOrMonth),
      language: (v: string) => (isLocale(v) ? undefined : m.badLanguage(v)),
      archive: (v: string) => (address(v) ? undefined : t.schema.errors.address),
      via: (v: string) => (address(v) ? undefined : t.schema.errors.address),
      id: (v: string) => (!isSlug(v) ? t.schema.errors.slug : taken.has(v) ? m.idTaken(v) : undefined),
      'note-id': () => undefined,
      'note-en': () => undefined,
    } as const;
    type Field = keyof typeof checks;
    const { given, problems } = checkOptions<Field>(checks, values, c.required);
    if (!given['note-id'] !== !given['note-en'] && !problems.length)
      problems.push(`--note-id, --note-en: ${m.noteBoth}`);
    if (problems.length) return fail(io, problems.join('\n'));
    const required = ['url', 'title', 'publisher', 'date', 'language'] as const;
    const missing = required.filter((f) => given[f] === undefined);
    if (missing.length && !prompter.interactive)
      return fail(io, c.notInteractive(missing.map((f) => `--${f}`).join(' ')));

    // Questions for what the options left out; the optional ones only in a session of questions.
    const asking = prompter.interactive && missing.length > 0;
    const ask = async (field: (typeof required)[number], more: { completions?: string[]; suggested?: string } = {}) =>
      given[field] ?? (await prompter.required(m.prompts[field], { check: checks[field], ...more }));
    const url = address(await ask('url'))!;
    const title = await ask('title');
    const publisher = await ask('publisher', {
      completions: [...new Set(sources.map((s) => str(s.publisher)).filter(Boolean))],
    });
    const published = await ask('date');
    const language = await ask('language', { suggested: 'id' });
    const archive =
      given.archive ??
      (asking ? await prompter.text(m.prompts.archive, { optional: true, check: checks.archive }) : undefined);
    const suggested = newSourceId({ publisher, published, title }, taken);
    const id =
      given.id ?? (asking ? await prompter.required(m.prompts.id, { check: checks.id, suggested }) : suggested);

    const entry: NewSource = {
      id,
      publisher,
      title,
      url,
      archive: archive === undefined ? undefined : address(archive),
      via: given.via === undefined ? undefined : address(given.via),
      published,
      language,
      note: given['note-id'] && given['note-en'] ? { id: given['note-id'], en: given['note-en'] } : undefined,
    };
    const edit = addSource(text, entry);
    if (prompter.interactive) io.out(c.checking);
    const found = problemsOfEdit(root, file, edit.text);
    if (found.length) {
      io.err(c.refused(found.length, shown(file)));
      for (const p of found) io.err(formatProblem(p));
      return 1;
    }
    if (prompter.interactive && !values.yes) {
      io.out(`\n${c.preview(shown(file))}\n${itemLines(edit.text, edit.line)}\n`);
      if (!(await prompter.yesNo(c.confirm, true))) {
        io.out(c.cancelled);
        return 0;
      }
    }
    if (!isInside(root, file)) return fail(io, c.outsideRoot(shown(file), shown(root)));
    writeFileSync(file, edit.text);
    io.out(c.written(`${shown(file)}:${edit.line}`));
    const schemas = refreshSchemas(root);
    if (schemas.length) io.out(c.schemasUpdated(schemas.map(shown).join(', ')));
    io.out(m.cite(id));
    return 0;
  }
}

function fail(io: Io, message: string): number {
  io.err(`✗ ${message}`);
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const io = terminalIo();
  sourceCommand(process.argv.slice(2), io).then((code) => {
    io.close();
    process.exit(code);
  });
}
