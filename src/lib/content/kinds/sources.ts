// content/sources.yaml: the source registry, each entry validated on its own.
import { existsSync } from 'node:fs';
import { checkMessages } from '../../../i18n/messages';
import { contentPaths } from '../paths';
import { display, loadList, type Collector } from '../read';
import { sourceSchema } from '../schema';

export function loadSources(root: string, out: Collector) {
  const file = contentPaths(root).sources;
  if (!existsSync(file)) {
    out.error(display(file), 1, '', checkMessages().files.noSources);
    return { items: [], known: { ids: new Set<string>(), broken: new Set<string>(), unreadable: true } };
  }
  return loadList(file, sourceSchema, checkMessages().files.source, out);
}
