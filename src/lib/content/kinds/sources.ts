// content/sources.yaml: the source registry, each entry validated on its own.
import { existsSync } from 'node:fs';
import { contentPaths } from '../paths';
import { display, loadList, type Collector } from '../read';
import { sourceSchema } from '../schema';

export function loadSources(root: string, out: Collector) {
  const file = contentPaths(root).sources;
  if (!existsSync(file)) {
    out.error(display(file), 1, '', 'the source registry is missing: create it with at least one source');
    return { items: [], known: { ids: new Set<string>(), broken: new Set<string>(), unreadable: true } };
  }
  return loadList(file, sourceSchema, { entry: 'source', example: 'see "Adding a source" in content/README.md' }, out);
}
