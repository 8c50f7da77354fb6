// What every kind of content file shares when it is read: problems collected per file, YAML read
// with the line of every value, lists of entries validated one by one, the ids a reference may
// name, and how a file's name is shown in messages.
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import type { ZodType, ZodTypeDef } from 'zod';
import { checkMessages } from '../../i18n/messages';
import { withPastedHint } from './pasted';
import { asIfTranslated, isPending, pendingMessage } from './pending';
import type { Problem } from './problems';
import { uniqueIds, type Citation } from './schema';
import { parseYaml, type ParsedYaml } from './yaml';
import { zodProblems } from './zod-problems';

/** Reports a problem at a line of the file being read. */
export type Report = (line: number, field: string, message: string) => void;

export class Collector {
  readonly problems: Problem[] = [];
  error(file: string, line: number, field: string, message: string) {
    this.problems.push({ file, line, field, message, severity: 'error' });
  }
  warn(file: string, line: number, field: string, message: string) {
    this.problems.push({ file, line, field, message, severity: 'warning' });
  }
  pending(file: string, line: number, field: string, message: string) {
    this.problems.push({ file, line, field, message, severity: 'pending' });
  }
}

export const display = (file: string) => relative(process.cwd(), file) || file;
export const isFolder = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/**
 * The ids a reference may name. `broken` holds ids of entries that exist but are invalid (already
 * reported), `unreadable` says the whole file could not be read: references to either are not
 * reported again, since the mistake is elsewhere.
 */
export interface Known {
  ids: ReadonlySet<string>;
  broken: ReadonlySet<string>;
  unreadable: boolean;
  /** Entries awaiting their translation: valid, but not published (./pending.ts). */
  pending?: ReadonlySet<string>;
}

/** True when a reference to `id` is a mistake of its own (not caused by a broken file). */
export const isUnknown = (known: Known, id: string) => !known.ids.has(id) && !known.unreadable && !known.broken.has(id);

export function readYamlSyntax(file: string, out: Collector, firstLine = 1, source?: string): ParsedYaml | undefined {
  const parsed = parseYaml(source ?? readFileSync(file, 'utf8'), firstLine);
  // Only the first: after a syntax error the parser's later complaints are mostly its consequences.
  const [first] = parsed.errors;
  if (first) out.error(display(file), first.line, 'YAML', first.message);
  return parsed.errors.length ? undefined : parsed;
}

export function readYaml<T>(
  file: string,
  schema: ZodType<T, ZodTypeDef, unknown>,
  out: Collector,
  firstLine = 1,
  source?: string,
  /** What the schema is given in place of the file's data (entries awaiting a translation filled in). */
  prepare: (data: unknown) => unknown = (data) => data,
) {
  const parsed = readYamlSyntax(file, out, firstLine, source);
  if (!parsed) return undefined;
  if (parsed.data == null) {
    out.error(display(file), firstLine, checkMessages().fields.file, checkMessages().files.empty);
    return undefined;
  }
  const result = schema.safeParse(prepare(parsed.data));
  if (result.success) return { data: result.data, raw: parsed.data, lineOf: parsed.lineOf };
  out.problems.push(...zodProblems(result.error, parsed.data, display(file), parsed.lineOf));
  return { data: undefined, raw: parsed.data, lineOf: parsed.lineOf };
}

/**
 * A file holding a list of entries with ids (sources.yaml, glossary.yaml), validated entry by entry:
 * one bad entry is reported alone and the others stay known.
 */
export function loadList<T extends { id: string }>(
  file: string,
  itemSchema: ZodType<T, ZodTypeDef, unknown>,
  what: { entry: string; example: string },
  out: Collector,
  checkEntry?: (entry: T, index: number, lineOf: ParsedYaml['lineOf']) => void,
): { items: T[]; known: Known } {
  const name = display(file);
  const none = { items: [], known: { ids: new Set<string>(), broken: new Set<string>(), unreadable: true } };
  const parsed = readYamlSyntax(file, out);
  if (!parsed) return none;
  if (parsed.data == null || (Array.isArray(parsed.data) && parsed.data.length === 0)) {
    out.error(name, 1, checkMessages().fields.file, checkMessages().files.emptyList(what.entry, what.example));
    return none;
  }
  if (!Array.isArray(parsed.data)) {
    out.error(
      name,
      1,
      checkMessages().fields.file,
      checkMessages().files.notList(what.entry, what.example),
    );
    return none;
  }
  const valid: (T & { index: number })[] = [];
  const broken = new Set<string>();
  const pending = new Set<string>();
  parsed.data.forEach((raw: unknown, index) => {
    // An entry awaiting its translation is checked as if it had it, then kept off the site.
    const waiting = isPending(raw) ? asIfTranslated(raw) : undefined;
    const result = itemSchema.safeParse(waiting ? waiting.data : raw);
    if (result.success) {
      checkEntry?.(result.data, index, parsed.lineOf);
      if (waiting) {
        pending.add(result.data.id);
        out.pending(
          name,
          parsed.lineOf([index, 'translation']),
          `[${index}](${result.data.id})`,
          pendingMessage(waiting.missing, `${name}#${result.data.id}`),
        );
      } else valid.push({ ...result.data, index });
    } else {
      out.problems.push(...zodProblems(result.error, raw, name, parsed.lineOf, [index]));
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id === 'string') broken.add(id);
    }
  });
  // The list's own rule, on the entries that passed theirs, each at its place in the file.
  const byIndex = new Map(valid.map((v) => [v.index, v]));
  const entries = parsed.data.map((_, index) => byIndex.get(index));
  const list = uniqueIds(what.entry).safeParse(entries);
  if (!list.success) out.problems.push(...zodProblems(list.error, entries, name, parsed.lineOf));
  const items = valid.map(({ index: _, ...item }) => item as unknown as T);
  return { items, known: { ids: new Set(items.map((i) => i.id)), broken, unreadable: false, pending } };
}

export const unknownSource = (id: string) =>
  withPastedHint(checkMessages().files.unknownSource(id), id);

export function checkCitations(
  citations: readonly Citation[] | undefined,
  sources: Known,
  file: string,
  line: (i: number) => number,
  field: string,
  out: Collector,
) {
  citations?.forEach((c, i) => {
    if (isUnknown(sources, c.source)) out.error(file, line(i), `${field}[${i}].source`, unknownSource(c.source));
  });
}
