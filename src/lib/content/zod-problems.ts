// Turns zod's issues into problems an editor can act on: the field as a readable path and a message
// that says what is wrong and what would be right.
import type { ZodError, ZodIssue } from 'zod';
import { checkMessages } from '../../i18n/messages';
import { SLUG_MAX } from '../urls';
import { withPastedHint } from './pasted';
import { QUOTE_MAX } from './schema';
import type { Problem } from './problems';

type Path = readonly (string | number)[];
/** `milestones[3](pelaporan-87).sources[0]`: array items that have an id are named by it. */
export function fieldLabel(path: Path, input: unknown): string {
  let label = '';
  let node: unknown = input;
  for (const key of path) {
    if (typeof key === 'number') {
      label += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && id) label += `(${id})`;
    } else {
      label += label ? `.${key}` : key;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return label;
}

function valueAt(input: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as never)[key] : undefined),
    input,
  );
}

/**
 * The schema's own messages are names of the catalogue's (`.min(1, 'notEmpty')`), so that they are
 * worded in the check's language when they are reported, not when the schema was made.
 */
function keyed(message: string): string | undefined {
  const m = checkMessages().schema;
  const byKey: Record<string, () => string> = {
    slug: () => m.slug,
    slugMax: () => m.slugMax(SLUG_MAX),
    notEmpty: () => m.notEmpty,
    titleMax: () => m.titleMax,
    descriptionMax: () => m.descriptionMax,
    day: () => m.day,
    dayOrMonth: () => m.dayOrMonth,
    quoteMax: () => m.quoteMax(QUOTE_MAX),
    quoteOneLine: () => m.quoteOneLine,
    authors: () => m.authors,
    percent: () => m.percent,
    citations: () => m.citations,
    milestones: () => m.milestones,
    personRole: () => m.personRole,
  };
  return byKey[message]?.();
}

function messageFor(issue: ZodIssue, input: unknown): string {
  const m = checkMessages().schema;
  const value = valueAt(input, issue.path);
  const own = keyed(issue.message) ?? issue.message;
  const typeName = (t: string) => m.types[t] ?? t;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.received === 'undefined') {
        const last = issue.path.at(-1);
        if (last === 'id' || last === 'en') {
          // A text in both languages lacks one: `title.en`. (An entry's own `id` is a slug, not a language.)
          const parent = valueAt(input, issue.path.slice(0, -1));
          if (parent && typeof parent === 'object' && ('id' in parent || 'en' in parent)) return m.missingLanguage(last);
        }
        return m.required;
      }
      return m.wrongType(typeName(issue.expected), typeName(issue.received));
    }
    case 'invalid_union': {
      // Our only unions are dates (Date | string): report the string branch's reason.
      const inner = issue.unionErrors.flatMap((e) => e.issues).find((i) => i.code !== 'invalid_type');
      return inner ? messageFor(inner, input) : m.otherType(JSON.stringify(value));
    }
    case 'invalid_enum_value':
      return m.oneOf(issue.options.map((o) => `"${String(o)}"`).join(', '), JSON.stringify(issue.received));
    case 'too_big':
      if (issue.type === 'string' && typeof value === 'string')
        return m.length(value.length, keyed(issue.message) ?? m.limit(Number(issue.maximum)));
      return typeof value === 'number' ? m.found(own, String(value)) : own;
    case 'too_small':
      return typeof value === 'number' ? m.found(own, String(value)) : own;
    case 'custom':
      // A rule of the schema's own (superRefine) words its message whole: `params: { found: false }`.
      return value === undefined || issue.params?.found === false ? own : m.found(own, JSON.stringify(value));
    default:
      return own;
  }
}

export function zodProblems(
  error: ZodError,
  input: unknown,
  file: string,
  lineOf: (path: Path) => number,
  basePath: Path = [],
): Problem[] {
  return error.issues.flatMap((issue) => {
    const path = [...basePath, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line: lineOf([...path, key]),
        field: fieldLabel([...path, key], wrap(input, basePath)),
        message: checkMessages().schema.unknownField,
        severity: 'error' as const,
      }));
    }
    // A rule may name the line of another field than the one it is about (`params: { at: path }`).
    const at = issue.code === 'custom' && Array.isArray(issue.params?.at) ? [...basePath, ...(issue.params.at as Path)] : path;
    return [
      {
        file,
        line: lineOf(at),
        field: fieldLabel(path, wrap(input, basePath)) || '(file)',
        // A value pasted from a document may hold curly quotes or invisible characters: say so.
        message: withPastedHint(messageFor(issue, input), valueAt(input, issue.path)),
        severity: 'error' as const,
      },
    ];
  });
}

/** Re-nests `input` under `basePath` so labels computed on the full path find ids. */
function wrap(input: unknown, basePath: Path): unknown {
  return basePath.reduceRight<unknown>((inner, key) => {
    if (typeof key === 'number') {
      const arr: unknown[] = [];
      arr[key] = inner;
      return arr;
    }
    return { [key]: inner };
  }, input);
}
