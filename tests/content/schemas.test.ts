// The JSON Schemas of content/ (content/schemas/) are current and named by every data file, and
// VS Code is set up to use them. A content test (the `content` project): it reads content/. When it fails because a source,
// reporter or timeline was added without the schemas following, `npm run schemas` (or
// `npm run check:content`) brings them up to date.
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modeline, schemaLocations, type SchemaKind } from '../../src/lib/content/json-schema';
import { contentPaths, contentRoot } from '../../src/lib/content/paths';
import { dataFiles, plannedSchemaFiles, staleSchemaFiles } from '../../src/lib/content/schema-files';
import { parseYaml } from '../../src/lib/content/yaml';

const root = contentRoot();
const paths = contentPaths(root);
const files = dataFiles(root);

describe('content/schemas/', () => {
  it('is current: making the schemas again changes nothing (else run npm run schemas)', () => {
    expect(staleSchemaFiles(root)).toEqual([]);
  });

  it.each(files)('$file names its schema on its first line', ({ file, kind }) => {
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe(modeline(kind));
  });

  it('finds the content valid, as the check does', () => {
    const ajv = new Ajv({ allErrors: true, strictRequired: false });
    for (const keyword of ['patternErrorMessage', 'errorMessage', 'enumDescriptions']) ajv.addKeyword(keyword);
    const schemas = new Map(plannedSchemaFiles(root).map((f) => [f.kind, ajv.compile(JSON.parse(f.text))]));
    for (const { file, kind } of files) {
      const validate = schemas.get(kind)!;
      expect(validate(parseYaml(readFileSync(file, 'utf8')).data), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(
        true,
      );
    }
  });
});

describe('VS Code', () => {
  const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8'));
  const extensions = JSON.parse(readFileSync('.vscode/extensions.json', 'utf8'));

  it('recommends the YAML extension, which reads the schemas', () => {
    expect(extensions.recommendations).toContain('redhat.vscode-yaml');
  });

  it('gives the data files their schemas even without the first line, and reads YAML as the check does', () => {
    const associations = settings['yaml.schemas'] as Record<string, string>;
    const byKind = (kind: SchemaKind) => {
      const file = relative('.', join(kind === 'timeline' ? paths.timelines : root, schemaLocations[kind]));
      return associations[`./${file}`];
    };
    expect(byKind('sources')).toBe('content/sources.yaml');
    expect(byKind('glossary')).toBe('content/glossary.yaml');
    expect(byKind('timeline')).toBe('content/timelines/*.yaml');
    expect(settings['yaml.yamlVersion']).toBe('1.2');
  });
});
