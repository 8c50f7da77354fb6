// The JSON Schemas editor programs validate content with (src/lib/content/json-schema.ts) against the
// check itself (`loadContent`): on every fixture content folder, both must find the same files and
// entries valid. Where they cannot agree by nature (a rule between fields, or between files, that
// JSON Schema cannot state) the difference is listed below with its reason, and the schema's
// documentation of that field names the rule: a difference that appears or disappears fails.
import Ajv, { type ValidateFunction } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { isRealDay, isRealMonth } from '../../src/lib/content/dates';
import {
  checkOnly,
  contentJsonSchemas,
  REAL_DAY,
  REAL_DAY_OR_MONTH,
  schemaFileTexts,
  schemaRefs,
  type CheckOnlyRule,
  type SchemaKind,
} from '../../src/lib/content/json-schema';
import { loadContent } from '../../src/lib/content/load';
import { dataFiles, readSchemaRefs } from '../../src/lib/content/schema-files';
import { parseYaml } from '../../src/lib/content/yaml';

/** Ajv as strict as it goes; the keywords yaml-language-server reads for messages and completion are annotations. */
function newAjv() {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  for (const keyword of ['patternErrorMessage', 'errorMessage', 'enumDescriptions']) ajv.addKeyword(keyword);
  return ajv;
}

const fixtureFolders = ['tests/fixtures/content', 'tests/fixtures/json-schema', 'tests/fixtures/editing'].flatMap(
  (dir) => readdirSync(dir).map((name) => join(dir, name)),
);

/**
 * The part of a file a problem is about: an entry of sources.yaml or glossary.yaml (`[3]`), a
 * milestone or reporter of a timeline (`milestones[2]`), or the file as a whole.
 */
function unitOfField(field: string, kind: SchemaKind): string {
  const m = kind === 'timeline' ? /^(milestones|reporters)\[(\d+)\]/.exec(field) : /^()\[(\d+)\]/.exec(field);
  return m ? `${m[1]}[${m[2]}]` : 'file';
}
function unitOfPath(instancePath: string, kind: SchemaKind): string {
  const [first, second] = instancePath.split('/').slice(1);
  if (kind !== 'timeline') return first === undefined ? 'file' : `[${first}]`;
  return (first === 'milestones' || first === 'reporters') && second !== undefined ? `${first}[${second}]` : 'file';
}

interface Difference {
  file: string;
  unit: string;
  /** Who finds it invalid: the check alone, or the schema alone. */
  invalidFor: 'check' | 'schema';
  rule: CheckOnlyRule;
  reason: string;
}

const known: Difference[] = [
  // A quote must state the figure: a rule between a number and free text.
  ...['figure-not-quoted', 'report-not-quoted'].map((name) => ({
    file: `tests/fixtures/content/bad-timelines/timelines/${name}.yaml`,
    unit: 'milestones[0]',
    invalidFor: 'check' as const,
    rule: 'figureQuoted' as const,
    reason: 'whether a quote states a figure is read in its words ("87 persen", "75,01%"), not its shape',
  })),
  // Figures, amounts and dates in a text must be in the quotes it cites: free text again.
  ...[
    ['tests/fixtures/content/bad-timelines/timelines/summary-figure-not-quoted.yaml', 'milestones[0]'],
    ['tests/fixtures/content/bad-glossary/glossary.yaml', '[3]'],
  ].map(([file, unit]) => ({
    file: file!,
    unit: unit!,
    invalidFor: 'check' as const,
    rule: 'textFiguresQuoted' as const,
    reason: 'which figures a sentence states, and whether a quote gives them, is read in their words',
  })),
  ...[
    ['tests/fixtures/content/bad-timelines/timelines/duplicate-id.yaml', 'milestones[2]'],
    ['tests/fixtures/json-schema/cross-field/sources.yaml', '[1]'],
    ['tests/fixtures/json-schema/cross-field/glossary.yaml', '[1]'],
    ['tests/fixtures/json-schema/cross-field/timelines/a.yaml', 'milestones[7]'],
    ['tests/fixtures/json-schema/cross-field/timelines/b.yaml', 'reporters[1]'],
  ].map(([file, unit]) => ({
    file: file!,
    unit: unit!,
    invalidFor: 'check' as const,
    rule: 'uniqueIds' as const,
    reason: 'JSON Schema can say items are unique, not that one field of each is',
  })),
  {
    file: 'tests/fixtures/content/bad-timelines/timelines/two-lines.yaml',
    unit: 'reporters[1]',
    invalidFor: 'check',
    rule: 'oneLine',
    reason: 'draft-07 cannot count the items that match (maxContains came later, and editors do not read it)',
  },
  {
    file: 'tests/fixtures/json-schema/cross-field/timelines/a.yaml',
    unit: 'milestones[3]',
    invalidFor: 'check',
    rule: 'reporterInFile',
    reason: "one schema serves every timeline, so it accepts any timeline's reporters",
  },
  {
    file: 'tests/fixtures/json-schema/cross-field/timelines/a.yaml',
    unit: 'milestones[4]',
    invalidFor: 'check',
    rule: 'reportWithinWeek',
    reason: 'JSON Schema cannot compare two dates',
  },
  {
    file: 'tests/fixtures/json-schema/cross-field/timelines/a.yaml',
    unit: 'milestones[5]',
    invalidFor: 'check',
    rule: 'projectionAfter',
    reason: 'JSON Schema cannot compare two dates',
  },
  {
    file: 'tests/fixtures/json-schema/cross-field/timelines/c.yaml',
    unit: 'file',
    invalidFor: 'check',
    rule: 'nextOther',
    reason: "one schema serves every timeline: it cannot know which file it is reading, so it accepts this one's id",
  },
  {
    file: 'tests/fixtures/json-schema/cross-field/sources.yaml',
    unit: '[2]',
    invalidFor: 'schema',
    rule: 'addressParsed',
    reason: 'browsers read "http:example.org/a" as http://example.org/a; the pattern asks for the usual "://"',
  },
  {
    file: 'tests/fixtures/json-schema/cross-field/sources.yaml',
    unit: '[3]',
    invalidFor: 'check',
    rule: 'addressParsed',
    reason: 'a pattern sees the characters of an address, not whether its host ("[bad") can be read',
  },
];

describe('the JSON Schemas and the check', () => {
  const ajv = newAjv();

  it('find the same files and entries valid in every fixture, but for the known differences', () => {
    const differences: Omit<Difference, 'rule' | 'reason'>[] = [];
    for (const root of fixtureFolders) {
      const schemas = contentJsonSchemas(readSchemaRefs(root));
      const validators = new Map<SchemaKind, ValidateFunction>();
      const errors = loadContent(root).problems.filter((p) => p.severity === 'error');
      for (const { file, kind } of dataFiles(root)) {
        const byCheck = new Set(errors.filter((p) => p.file === file).map((p) => unitOfField(p.field, kind)));
        const bySchema = new Set<string>();
        const parsed = parseYaml(readFileSync(file, 'utf8'));
        // A syntax error is the YAML parser's, which editor programs and the check share.
        if (parsed.errors.length) bySchema.add('file');
        else {
          if (!validators.has(kind)) validators.set(kind, ajv.compile(schemas[kind]));
          const validate = validators.get(kind)!;
          if (!validate(parsed.data)) for (const e of validate.errors!) bySchema.add(unitOfPath(e.instancePath, kind));
        }
        for (const unit of byCheck) if (!bySchema.has(unit)) differences.push({ file, unit, invalidFor: 'check' });
        for (const unit of bySchema) if (!byCheck.has(unit)) differences.push({ file, unit, invalidFor: 'schema' });
      }
    }
    const key = (d: Omit<Difference, 'rule' | 'reason'>) => `${d.file} ${d.unit}: invalid for the ${d.invalidFor} only`;
    expect(differences.map(key).sort()).toEqual(known.map(key).sort());
  }, 30_000);

  it('agree on many files: the fixtures hold every kind of mistake', () => {
    const files = fixtureFolders.flatMap(dataFiles);
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(known.map((d) => [d.rule, d.file, d.unit] as const))(
    'document "%s", which only the check sees (%s %s), on the field it concerns',
    (rule) => {
      const fields = Object.values(checkOnly).flatMap((group) => Object.values(group ?? {}).flat());
      expect(fields).toContain(rule);
      const documented = JSON.stringify(contentJsonSchemas({ sources: undefined, reporters: [], timelines: [] }));
      for (const lang of ['id', 'en'] as const)
        expect(documented).toContain(JSON.stringify(messages(lang).schema.checkOnly.rules[rule]).slice(1, -1));
    },
  );
});

describe('the JSON Schemas', () => {
  const refs = readSchemaRefs('tests/fixtures/editing/content');
  const schemas = contentJsonSchemas(refs);

  it('are valid draft-07 schemas', () => {
    const ajv = newAjv();
    for (const schema of Object.values(schemas)) expect(() => ajv.compile(schema)).not.toThrow();
    expect(schemas.timeline.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('document every field in Indonesian, then English', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const { properties } = node as { properties?: Record<string, { description?: string }> };
      for (const [name, field] of Object.entries(properties ?? {})) {
        const parts = field.description?.split('\n\n') ?? [];
        if (parts.length !== 2 || parts.some((p) => !p.trim())) undocumented.push(`${path}.${name}`);
      }
      // The cross-field rules (allOf: if/then) restate fields already documented.
      for (const [key, value] of Object.entries(node)) if (key !== 'allOf') walk(value, `${path}/${key}`);
    };
    for (const [kind, schema] of Object.entries(schemas)) walk(schema, kind);
    expect(undocumented).toEqual([]);
    const source = (schemas.sources.items as { properties: Record<string, { description: string }> }).properties;
    expect(source.title!.description).toBe(
      `${messages('id').schema.fields.source.title}\n\n${messages('en').schema.fields.source.title}`,
    );
  });

  it('enumerate the sources, with what each is, the reporters and the timelines', () => {
    const defs = schemas.timeline.definitions as Record<string, { enum?: string[]; enumDescriptions?: string[] }>;
    expect(defs.sourceId!.enum).toContain('katadata-2024-03-14-rampung-sebelum-lebaran');
    expect(defs.sourceId!.enum).toHaveLength(7);
    const katadata = defs.sourceId!.enum!.indexOf('katadata-2024-03-14-rampung-sebelum-lebaran');
    expect(defs.sourceId!.enumDescriptions![katadata]).toBe(
      '2024-03-14 · Katadata · Migrasi TikTok Shop ke Tokopedia Rampung sebelum Lebaran',
    );
    expect(defs.reporterId!.enum).toEqual(['isy-karim', 'zulkifli-hasan']);
    expect(defs.timelineId!.enum).toEqual(['lanjutan', 'migrasi']);
    expect(schemas.glossary.definitions).toEqual(schemas.timeline.definitions);
  });

  it('accept any well-formed id where the check names none unknown (sources.yaml unreadable or empty)', () => {
    for (const sources of [undefined, null, [], { not: 'a list' }]) {
      const { timeline } = contentJsonSchemas(schemaRefs({ sources, timelines: [] }));
      const defs = timeline.definitions as Record<string, { enum?: unknown; pattern?: string }>;
      expect(defs.sourceId!.enum).toBeUndefined();
      expect(defs.sourceId!.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    }
  });

  it('describe the values of enumerations in both languages', () => {
    const text = JSON.stringify(schemas.timeline);
    expect(text).toContain(
      `"enumDescriptions":["${['regulation', 'business', 'progress', 'deadline', 'enforcement']
        .map(
          (k) =>
            `${messages('id').schema.values.milestoneKind[k as 'progress']} / ${messages('en').schema.values.milestoneKind[k as 'progress']}`,
        )
        .join('","')}"]`,
    );
  });

  it('are written the same way every time', () => {
    expect(schemaFileTexts(refs)).toEqual(schemaFileTexts(readSchemaRefs('tests/fixtures/editing/content')));
    expect(schemaFileTexts(refs).timeline.endsWith('}\n')).toBe(true);
  });
});

describe('the date patterns', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('accept exactly the real days, leap years included, as the check decides', () => {
    const day = new RegExp(REAL_DAY);
    const disagree: string[] = [];
    const years = [0, 4, 100, 400, 1900, 1996, 2000, 2023, 2024, 2100, 2400, 9996, 9999];
    for (const year of years)
      for (let month = 0; month <= 13; month++)
        for (let d = 0; d <= 32; d++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
          if (day.test(text) !== isRealDay(text)) disagree.push(text);
        }
    expect(disagree).toEqual([]);
    expect(day.test('2024-02-29')).toBe(true);
    expect(day.test('2023-02-29')).toBe(false);
    expect(day.test('2100-02-29')).toBe(false);
  });

  it('accept a real day or a month, nothing else', () => {
    const dayOrMonth = new RegExp(REAL_DAY_OR_MONTH);
    for (const text of ['2024-04', '2024-02-29', '2024-12', '0001-01'])
      expect(dayOrMonth.test(text), text).toBe(isRealDay(text) || isRealMonth(text));
    for (const text of ['2024-13', '2024-00', '2024-4', '24-04', '2024-04-31', '2024-04-01T00:00', ' 2024-04', '2024'])
      expect(dayOrMonth.test(text), text).toBe(false);
  });
});
