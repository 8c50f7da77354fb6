// All content, validated, kept in memory between calls until a file under the content folder
// changes. The remark plugin and the MDX components look things up here (the data collections are
// not available to the Container API in tests), and `astro dev` sees edits without a restart.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot, loadContent } from './load';
import type { GlossaryEntry, Source, Timeline } from './schema';

type Loaded = ReturnType<typeof loadContent>;

export interface Registry extends Loaded {
  sources: ReadonlyMap<string, Source>;
  glossary: ReadonlyMap<string, GlossaryEntry>;
  timelines: ReadonlyMap<string, Timeline>;
}

/** Every file's path, size and modification time: cheap to compute, changes with any edit. */
function signature(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((d) => {
      const path = join(dir, d.name);
      if (d.isDirectory()) return signature(path);
      const s = statSync(path);
      return `${path}:${s.size}:${s.mtimeMs}`;
    })
    .join('\n');
}

const cache = new Map<string, { signature: string; checkedAt: number; registry: Registry }>();

/**
 * Files are looked at again at most this often: a build renders thousands of components within a
 * second (re-reading the folder for each would make builds quadratic in the number of articles),
 * while an editor's save in `astro dev` is seen at the next page load.
 */
const RECHECK_MS = 500;

export function contentRegistry(root: string = contentRoot()): Registry {
  const hit = cache.get(root);
  const now = performance.now();
  if (hit && now - hit.checkedAt < RECHECK_MS) return hit.registry;
  const sig = signature(root);
  if (hit && hit.signature === sig) {
    hit.checkedAt = now;
    return hit.registry;
  }
  const loaded = loadContent(root);
  const { content } = loaded;
  const registry: Registry = {
    ...loaded,
    sources: new Map(content.sources.map((s) => [s.id, s])),
    glossary: new Map(content.glossary.map((g) => [g.id, g])),
    timelines: new Map(content.timelines.map((t) => [t.id, t])),
  };
  cache.set(root, { signature: sig, checkedAt: now, registry });
  return registry;
}
