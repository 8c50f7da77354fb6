// The JSON Schemas of the content's data files (sources.yaml, glossary.yaml, timelines/*.yaml), made
// from the Zod schemas of ./schema.ts by zod-to-json-schema, for the editors' editor program: VS Code's
// YAML extension, and any other yaml-language-server client, reads the schema a file names on its
// first line (`# yaml-language-server: $schema=…`) to complete fields, show their documentation (in
// Indonesian and English, from the message catalogue) and flag mistakes while the editor types.
//
// JSON Schema says less than the check. What it can say is added here, each in one place:
// - the parts of the Zod schemas that are code (real dates, web addresses, one-line quotes, text that
//   is not only spaces) as patterns, in `override`;
// - the ids a reference may name (sources, reporters, timelines) as enumerations, from the content
//   folder (`SchemaRefs`): refreshed by `npm run check:content`, `npm run dev` and the commands that
//   add content (src/lib/content/schema-files.ts);
// - the cross-field rules of the check that JSON Schema can state (`if`/`then`), in `crossField`.
// What it cannot say (a quote states the figure, ids are unique…) is named in the documentation of
// the field it concerns (`checkOnly`), and listed as a known difference by the test that holds the
// schemas to the check (tests/unit/json-schema.test.ts).
//
// Pure: the caller reads the ids and writes the files.
import { basename } from 'node:path';
import { z, type ZodTypeAny, type ZodTypeDef } from 'zod';
import { ignoreOverride, zodToJsonSchema } from 'zod-to-json-schema';
import { messages, type Messages } from '../../i18n/messages';
import { SLUG, SLUG_MAX } from '../urls';
import { contentPaths } from './paths';
import {
  citationSchema,
  glossaryEntrySchema,
  isoDay,
  isoDayOrMonth,
  milestoneSchema,
  QUOTE_MAX,
  reporterSchema,
  reportSchema,
  sourceSchema,
  timelineSchema,
  webAddress,
} from './schema';

type Json = Record<string, unknown>;
type Docs = Messages['schema'];
type Fields = Docs['fields'];
type Group = Exclude<keyof Fields, 'localized'>;
export type CheckOnlyRule = keyof Docs['checkOnly']['rules'];

/** The ids a reference in a data file may name, read from the content folder. */
export interface SchemaRefs {
  /**
   * Every entry of sources.yaml with an id, broken ones too (the check does not report a reference
   * to a source that is itself reported); undefined when sources.yaml cannot be read or is empty, as
   * then the check names no reference unknown either.
   */
  sources: readonly { id: string; publisher?: unknown; title?: unknown; published?: unknown }[] | undefined;
  /** The reporter ids of every timeline (one schema serves all timelines). */
  reporters: readonly string[];
  /** The timelines' ids: their file names in timelines/. */
  timelines: readonly string[];
}

/** The schemas' folder in a content folder, by its name. */
const FOLDER = basename(contentPaths('').schemas);

/** Where each kind of file finds its schema, relative to the file: the value of its modeline. */
export const schemaLocations = {
  sources: `${FOLDER}/sources.schema.json`,
  glossary: `${FOLDER}/glossary.schema.json`,
  timeline: `../${FOLDER}/timeline.schema.json`,
} as const;
export type SchemaKind = keyof typeof schemaLocations;

/** The first line of a data file, naming its schema for yaml-language-server. */
export const modeline = (kind: SchemaKind) => `# yaml-language-server: $schema=${schemaLocations[kind]}`;

/** A schema's file name in the schemas' folder. */
export const schemaFileName = (kind: SchemaKind) => basename(schemaLocations[kind]);

// --- Patterns for what Zod checks with code ---------------------------------------------------

const MONTH_DAY =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
/** Years with a 29 February: divisible by 4 but not by 100, or by 400. */
const LEAP_YEAR = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
/** A day that exists, as `isRealDay` (./dates.ts) decides. */
export const REAL_DAY = `^(?:\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)$`;
/** A day that exists or a month, as `isRealDay || isRealMonth` decide. */
export const REAL_DAY_OR_MONTH = `^(?:\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29|\\d{4}-(?:0[1-9]|1[0-2]))$`;
/** http(s) and no character an address never carries raw (schema.ts, UNSAFE_IN_ADDRESS); spaces around are trimmed. */
const ADDRESS = '^\\s*[hH][tT][tT][pP][sS]?://[^\\s"\'<>`\\u0000-\\u001f\\u007f]+\\s*$';
/** Text that is not only spaces (Zod trims before it counts). */
const NOT_BLANK = '\\S';
/** One line of text, not blank, with spaces (and a folded scalar's final newline) around it. */
const ONE_LINE = '^\\s*[^\\r\\n]*\\S[^\\r\\n]*\\s*$';

// --- Documentation -----------------------------------------------------------------------------

const catalogues = [messages('id').schema, messages('en').schema] as const;

/** Indonesian first, then English: each schema serves editors of both languages. */
const both = (pick: (docs: Docs) => string) => catalogues.map(pick).join('\n\n');
/** Error messages are one line in an editor's problem list. */
const bothInline = (pick: (docs: Docs) => string) => catalogues.map(pick).join(' / ');

/** The Zod objects whose fields are documented, each under its group of the catalogue. */
const progressSchema = milestoneSchema.shape.progress.unwrap();
const projectionSchema = milestoneSchema.shape.projection.unwrap();
const glossaryObject = glossaryEntrySchema._def.schema;
/** The timeline's fields, inside the rules between them (schema.ts, timelineRules). */
const timelineObject = timelineSchema._def.schema;
const groups = new Map<ZodTypeDef, Group>([
  [sourceSchema._def, 'source'],
  [glossaryObject._def, 'glossaryEntry'],
  [citationSchema._def, 'citation'],
  [timelineObject._def, 'timeline'],
  [reporterSchema._def, 'reporter'],
  [milestoneSchema._def, 'milestone'],
  [progressSchema._def, 'progress'],
  [projectionSchema._def, 'projection'],
  [reportSchema._def, 'report'],
]);

// The catalogue documents exactly the fields of each object: a field added to a Zod schema without
// documentation (or documentation left for a field that is gone) does not compile.
type Same<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
const documented: [
  Same<Fields['source'], typeof sourceSchema.shape>,
  Same<Fields['glossaryEntry'], typeof glossaryObject.shape>,
  Same<Fields['citation'], typeof citationSchema.shape>,
  Same<Fields['timeline'], typeof timelineObject.shape>,
  Same<Fields['reporter'], typeof reporterSchema.shape>,
  Same<Fields['milestone'], typeof milestoneSchema.shape>,
  Same<Fields['progress'], typeof progressSchema.shape>,
  Same<Fields['projection'], typeof projectionSchema.shape>,
  Same<Fields['report'], typeof reportSchema.shape>,
] = [true, true, true, true, true, true, true, true, true];
void documented;

/**
 * The check's rules JSON Schema cannot state, by the field they concern: the field's documentation
 * names them, so an editor knows what the editor program does not flag.
 */
export const checkOnly: { [G in Group]?: { [F in keyof Fields[G]]?: readonly CheckOnlyRule[] } } = {
  source: { id: ['uniqueIds'], url: ['addressParsed'], archive: ['addressParsed'], via: ['addressParsed'] },
  glossaryEntry: {
    id: ['uniqueIds'],
    term: ['textFiguresQuoted'],
    role: ['textFiguresQuoted'],
    short: ['textFiguresQuoted'],
    details: ['textFiguresQuoted'],
  },
  timeline: { title: ['textFiguresQuoted'], summary: ['textFiguresQuoted'], next: ['nextOther'] },
  reporter: { id: ['uniqueIds'], line: ['oneLine'] },
  milestone: {
    id: ['uniqueIds'],
    title: ['textFiguresQuoted'],
    label: ['textFiguresQuoted'],
    summary: ['textFiguresQuoted'],
    note: ['textFiguresQuoted'],
  },
  progress: { value: ['figureQuoted'], by: ['reporterInFile'] },
  report: { value: ['figureQuoted'], by: ['reporterInFile'], date: ['reportWithinWeek'] },
  projection: { date: ['projectionAfter'], label: ['textFiguresQuoted'] },
};

function fieldDescription(group: Group, field: string): string {
  const rules = (checkOnly[group] as Record<string, readonly CheckOnlyRule[]> | undefined)?.[field] ?? [];
  return both((docs) => {
    const text = (docs.fields[group] as Record<string, string>)[field]!;
    if (!rules.length) return text;
    return `${text} (${docs.checkOnly.label}: ${rules.map((r) => docs.checkOnly.rules[r]).join('; ')}.)`;
  });
}

/** Descriptions of the values of an enumeration, in its order, for completion lists. */
function valueDescriptions<K extends keyof Docs['values']>(kind: K, values: readonly string[]): string[] {
  return values.map((v) => bothInline((docs) => (docs.values[kind] as Record<string, string>)[v]!));
}

// --- Cross-field rules of the check that JSON Schema can state ---------------------------------

/** Rules between fields the check applies (schema.ts: timelineRules, the refine of glossaryEntrySchema), stated here so the editor program flags them as well. */
const crossField: { [G in Group]?: Json[] } = {
  milestone: [
    // A milestone of kind "progress" needs a progress value.
    {
      if: { properties: { kind: { const: 'progress' } }, required: ['kind'] },
      then: { required: ['progress'], errorMessage: bothInline((d) => d.errors.progressNeeded) },
    },
    // Reports compare figures: the milestone needs its own progress.
    {
      if: { properties: { reports: { type: 'array', minItems: 1 } }, required: ['reports'] },
      then: { required: ['progress'], errorMessage: bothInline((d) => d.errors.reportsNeedProgress) },
    },
  ],
  // A qualifier words a hedged figure: estimate: true.
  progress: [
    {
      if: { required: ['qualifier'] },
      then: {
        properties: { estimate: { const: true, errorMessage: bothInline((d) => d.errors.qualifierNeedsEstimate) } },
      },
    },
  ],
  // A person needs their role at the time (the refine of glossaryEntrySchema).
  glossaryEntry: [
    {
      if: { properties: { kind: { const: 'person' } }, required: ['kind'] },
      then: { required: ['role'], errorMessage: bothInline((d) => d.errors.roleNeeded) },
    },
  ],
};

// --- Conversion --------------------------------------------------------------------------------

const slugSchema = (): Json => ({
  type: 'string',
  pattern: SLUG.source,
  maxLength: SLUG_MAX,
  patternErrorMessage: bothInline((d) => d.errors.slug),
});

/** The Zod schemas that are code, by their definition: each gets its pattern (a new object each time). */
const patterns = new Map<ZodTypeDef, () => Json>([
  [isoDay._def, () => ({ type: 'string', pattern: REAL_DAY, patternErrorMessage: bothInline((d) => d.errors.day) })],
  [
    isoDayOrMonth._def,
    () => ({
      type: 'string',
      pattern: REAL_DAY_OR_MONTH,
      patternErrorMessage: bothInline((d) => d.errors.dayOrMonth),
    }),
  ],
  [
    webAddress._def,
    () => ({ type: 'string', pattern: ADDRESS, patternErrorMessage: bothInline((d) => d.errors.address) }),
  ],
  [
    citationSchema.shape.quote._def,
    () => ({
      type: 'string',
      minLength: 1,
      maxLength: QUOTE_MAX,
      pattern: ONE_LINE,
      patternErrorMessage: bothInline((d) => d.errors.quote),
    }),
  ],
]);

/** References to ids, by the group and field that holds them: replaced by their enumeration. */
const references: { [G in Group]?: { [F in keyof Fields[G]]?: 'sourceId' | 'reporterId' | 'timelineId' } } = {
  citation: { source: 'sourceId' },
  progress: { by: 'reporterId' },
  report: { by: 'reporterId' },
  timeline: { next: 'timelineId' },
};

function postProcess(schema: Json | undefined, def: ZodTypeDef & { typeName?: string }): Json | undefined {
  if (!schema) return schema;
  const d = def as { typeName?: string; checks?: { kind: string }[]; shape?: () => Record<string, unknown> };
  if (d.typeName === 'ZodString' && d.checks?.some((c) => c.kind === 'trim') && schema.pattern === undefined) {
    schema.pattern = NOT_BLANK;
    schema.patternErrorMessage = bothInline((docs) => docs.errors.text);
  }
  if (d.typeName === 'ZodString' && schema.pattern === SLUG.source)
    schema.patternErrorMessage = bothInline((docs) => docs.errors.slug);
  if (d.typeName !== 'ZodObject') return schema;
  const properties = schema.properties as Record<string, Json>;
  const group = groups.get(def);
  if (!group) {
    // { id, en }: text in both languages.
    if (Object.keys(properties).sort().join() === 'en,id')
      for (const lang of ['id', 'en'] as const) properties[lang]!.description = both((docs) => docs.fields.localized[lang]);
    return schema;
  }
  for (const field of Object.keys(properties)) {
    const reference = (references[group] as Record<string, string> | undefined)?.[field];
    if (reference) properties[field] = { $ref: `#/definitions/${reference}` };
    properties[field]!.description = fieldDescription(group, field);
  }
  const rules = [...(crossField[group] ?? []), ...(PENDABLE.has(group) ? [oneLanguageFirst(properties)] : [])];
  if (rules.length) schema.allOf = rules;
  return schema;
}

/** The entries that may be written in one language first (`translation: pending`, schema.ts). */
const PENDABLE = new Set<Group>(['milestone', 'glossaryEntry']);

const isLocalized = (node: Json) =>
  !!node.properties && Object.keys(node.properties as object).sort().join() === 'en,id';

/**
 * `translation: pending` (./pending.ts): each of the entry's texts in two languages may lack one of
 * them, so they require one language at least; without the mark, both (a rule on the entry, since a
 * text cannot see its entry). Returns that rule; the texts are changed in place.
 */
function oneLanguageFirst(properties: Record<string, Json>): Json {
  const both = (node: Json): Json | undefined => {
    if (isLocalized(node)) {
      delete node.required;
      node.minProperties = 1;
      return { type: 'object', required: ['id', 'en'], errorMessage: bothInline((d) => d.errors.bothLanguages) };
    }
    const inner = Object.entries((node.properties as Record<string, Json> | undefined) ?? {}).flatMap(
      ([key, value]) => {
        const rule = both(value);
        return rule ? [[key, rule] as const] : [];
      },
    );
    return inner.length ? { type: 'object', properties: Object.fromEntries(inner) } : undefined;
  };
  return { if: { not: { required: ['translation'] } }, then: both({ properties }) ?? {} };
}

function convert(schema: ZodTypeAny): Json {
  const { $schema: _, ...json } = zodToJsonSchema(schema, {
    $refStrategy: 'none',
    effectStrategy: 'input',
    override: (def) => patterns.get(def)?.() ?? ignoreOverride,
    postProcess: (json, def) => postProcess(json as Json | undefined, def) as typeof json,
  }) as Json;
  return json;
}

function enumeration(ids: readonly string[], error: string, descriptions?: string[]): Json {
  return { type: 'string', enum: ids, ...(descriptions ? { enumDescriptions: descriptions } : {}), errorMessage: error };
}

function definitions(refs: SchemaRefs): Json {
  const sources = [...new Map((refs.sources ?? []).map((s) => [s.id, s])).values()].sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  const reporters = [...new Set(refs.reporters)].sort();
  const timelines = [...new Set(refs.timelines)].sort();
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    sourceId: {
      ...(sources.length
        ? enumeration(
            sources.map((s) => s.id),
            bothInline((d) => d.errors.unknownSource),
            sources.map((s) => [text(s.published), text(s.publisher), text(s.title)].filter(Boolean).join(' · ')),
          )
        : slugSchema()),
      description: both((d) => d.fields.citation.source),
    },
    reporterId: {
      ...(reporters.length ? enumeration(reporters, bothInline((d) => d.errors.unknownReporter)) : slugSchema()),
      description: fieldDescription('progress', 'by'),
    },
    timelineId: {
      ...(timelines.length ? enumeration(timelines, bothInline((d) => d.errors.unknownTimeline)) : slugSchema()),
      description: fieldDescription('timeline', 'next'),
    },
  };
}

/** Values of enumerations that have descriptions of their own in completion lists. */
function describeValues(json: unknown): void {
  if (!json || typeof json !== 'object') return;
  const node = json as Json;
  const values = node.enum as string[] | undefined;
  if (Array.isArray(values) && !node.enumDescriptions) {
    const key = values.join();
    const kinds: [string, keyof Docs['values']][] = [
      [milestoneSchema.shape.kind.options.join(), 'milestoneKind'],
      [progressSchema.shape.qualifier.unwrap().options.join(), 'qualifier'],
      [sourceSchema.shape.language.options.join(), 'language'],
      [glossaryObject.shape.kind.removeDefault().options.join(), 'glossaryKind'],
    ];
    const kind = kinds.find(([k]) => k === key)?.[1];
    if (kind) node.enumDescriptions = valueDescriptions(kind, values);
  }
  for (const value of Object.values(node)) describeValues(value);
}

function file(kind: SchemaKind, body: Json, defs?: Json): Json {
  describeValues(body);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment:
      'Made by `npm run schemas` from src/lib/content/schema.ts and the ids in this content folder; `npm run check:content` and `npm run dev` keep it current. Do not edit.',
    title: bothInline((d) => d.files[kind].title),
    description: both((d) => d.files[kind].description),
    ...body,
    ...(defs ? { definitions: defs } : {}),
  };
}

/** The three schemas, by kind of file. */
export function contentJsonSchemas(refs: SchemaRefs): Record<SchemaKind, Json> {
  const defs = definitions(refs);
  return {
    // The check refuses an empty registry or glossary (kinds/sources.ts, kinds/glossary.ts).
    sources: file('sources', convert(z.array(sourceSchema).min(1))),
    glossary: file('glossary', convert(z.array(glossaryEntrySchema).min(1)), defs),
    timeline: file('timeline', convert(timelineSchema), defs),
  };
}

/** The schemas as the files hold them: stable JSON, so that writing them again changes nothing. */
export function schemaFileTexts(refs: SchemaRefs): Record<SchemaKind, string> {
  const schemas = contentJsonSchemas(refs);
  return Object.fromEntries(
    Object.entries(schemas).map(([kind, schema]) => [kind, `${JSON.stringify(schema, null, 2)}\n`]),
  ) as Record<SchemaKind, string>;
}

/** The ids the schemas enumerate, from the data files as parsed (`undefined` for a file that cannot be read). */
export function schemaRefs(files: { sources: unknown; timelines: readonly { id: string; data: unknown }[] }): SchemaRefs {
  const withId = (v: unknown): v is { id: string } =>
    typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string';
  const sources = Array.isArray(files.sources) && files.sources.length ? files.sources.filter(withId) : undefined;
  const reporters = files.timelines.flatMap(({ data }) => {
    const list = (data as { reporters?: unknown } | null)?.reporters;
    return Array.isArray(list) ? list.filter(withId).map((r) => r.id) : [];
  });
  return { sources, reporters, timelines: files.timelines.map((t) => t.id) };
}
