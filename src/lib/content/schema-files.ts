// The JSON Schemas of a content folder on disk (`<content>/schemas/`, named by the first line of
// each data file): read the ids they enumerate, write them when they changed. Run by
// `npm run schemas`, `npm run check:content`, `npm run dev` (src/integrations/content-guard.ts) and
// the commands that add content, so that they follow the sources, reporters and timelines the
// editor adds. Outside `npm run schemas`, they are refreshed only where the folder exists: a test
// fixture or a scratch copy without one stays as it is.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isInside } from './inside';
import { schemaFileName, schemaFileTexts, schemaRefs, type SchemaKind, type SchemaRefs } from './json-schema';
import { contentPaths } from './paths';
import { parseYaml } from './yaml';

/** The data of a YAML file, or undefined when it is missing or cannot be read. */
function readData(file: string): unknown {
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  const parsed = parseYaml(readFileSync(file, 'utf8'));
  return parsed.errors.length ? undefined : parsed.data;
}

/**
 * The data files of a content folder, with the kind of schema each names: sources.yaml and
 * glossary.yaml where they are, then every timeline file, by name.
 */
export function dataFiles(root: string): { file: string; kind: SchemaKind }[] {
  const paths = contentPaths(root);
  const files: { file: string; kind: SchemaKind }[] = [];
  if (existsSync(paths.sources)) files.push({ file: paths.sources, kind: 'sources' });
  if (existsSync(paths.glossary)) files.push({ file: paths.glossary, kind: 'glossary' });
  if (existsSync(paths.timelines))
    for (const name of readdirSync(paths.timelines).sort()) {
      const file = join(paths.timelines, name);
      if (/\.ya?ml$/.test(name) && statSync(file).isFile()) files.push({ file, kind: 'timeline' });
    }
  return files;
}

/** The ids the schemas of a content folder enumerate. */
export function readSchemaRefs(root: string): SchemaRefs {
  const timelines = dataFiles(root)
    .filter((f) => f.kind === 'timeline')
    .map(({ file }) => ({ id: basename(file).replace(/\.ya?ml$/, ''), data: readData(file) }));
  return schemaRefs({ sources: readData(contentPaths(root).sources), timelines });
}

export const schemasFolder = (root: string) => contentPaths(root).schemas;

/** Each schema file of a content folder with the text it should hold. */
export function plannedSchemaFiles(root: string): { kind: SchemaKind; path: string; text: string }[] {
  const texts = schemaFileTexts(readSchemaRefs(root));
  return (Object.keys(texts) as SchemaKind[]).map((kind) => ({
    kind,
    path: join(schemasFolder(root), schemaFileName(kind)),
    text: texts[kind],
  }));
}

/** The schema files whose text is not what it should be (missing ones included). */
export function staleSchemaFiles(root: string): string[] {
  return plannedSchemaFiles(root)
    .filter((f) => !existsSync(f.path) || readFileSync(f.path, 'utf8') !== f.text)
    .map((f) => f.path);
}

/**
 * Writes the schema files that changed, and returns their paths. Without `create`, only where the
 * schemas folder exists. Never writes outside the content folder (a schemas folder that is a link
 * elsewhere is left alone).
 */
export function refreshSchemas(root: string, options: { create?: boolean } = {}): string[] {
  const folder = schemasFolder(root);
  if (!existsSync(folder) && !options.create) return [];
  if (!isInside(root, folder)) return [];
  const stale = plannedSchemaFiles(root).filter((f) => !existsSync(f.path) || readFileSync(f.path, 'utf8') !== f.text);
  if (stale.length) mkdirSync(folder, { recursive: true });
  for (const file of stale) if (isInside(root, file.path)) writeFileSync(file.path, file.text);
  return stale.map((f) => f.path);
}
