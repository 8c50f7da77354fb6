// Turns zod's issues into problems an editor can act on: the field as a readable path and a message
// that says what is wrong and what would be right.
import type { ZodError, ZodIssue } from 'zod';
import { withPastedHint } from './pasted';
import type { Problem } from './problems';

type Path = readonly (string | number)[];
const languageNames: Record<string, string> = { id: 'Indonesian (id)', en: 'English (en)' };
/** zod's type names in an editor's words: "must be a list, not text". */
const typeNames: Record<string, string> = {
  array: 'a list (lines starting with "- ")',
  object: 'a set of fields (name: value)',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  date: 'a date',
  null: 'empty',
};

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

function messageFor(issue: ZodIssue, input: unknown): string {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.received === 'undefined') {
        const last = issue.path.at(-1);
        if (typeof last === 'string' && languageNames[last])
          return `is missing its ${languageNames[last]} text: add it`;
        return 'is required: add it';
      }
      return `must be ${typeNames[issue.expected] ?? issue.expected}, not ${typeNames[issue.received] ?? issue.received}`;
    }
    case 'invalid_union': {
      // Our only unions are dates (Date | string): report the string branch's reason.
      const inner = issue.unionErrors.flatMap((e) => e.issues).find((i) => i.code !== 'invalid_type');
      return inner ? messageFor(inner, input) : `has the wrong type (${JSON.stringify(value)})`;
    }
    case 'invalid_enum_value':
      return `must be one of ${issue.options.map((o) => `"${String(o)}"`).join(', ')}, not ${JSON.stringify(issue.received)}`;
    case 'too_big':
      if (issue.type === 'string' && typeof value === 'string')
        return `is ${value.length} characters long; ${issue.message.startsWith('String') ? `the limit is ${issue.maximum}` : issue.message}`;
      return typeof value === 'number' ? `${issue.message}; found ${value}` : issue.message;
    case 'too_small':
      return typeof value === 'number' ? `${issue.message}; found ${value}` : issue.message;
    case 'custom':
      // A rule of the schema's own (superRefine) words its message whole: `params: { found: false }`.
      return value === undefined || issue.params?.found === false
        ? issue.message
        : `${issue.message}; found ${JSON.stringify(value)}`;
    default:
      return issue.message;
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
        message: 'is not a known field: remove it or fix its spelling',
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
