// The one validated content store. Everything that reads content/ asks here: `npm run check:content`,
// the content guard that stops `astro build`, `astro dev` (its middleware shows problems on every
// page until they are fixed), the collections' loaders, the remark plugin and the components.
//
// The content is read and validated once and kept until a file under the content folder changes.
// The cache lives on globalThis: Astro loads this module more than once in one process (for the
// config and integrations, and again through Vite for pages and collections), and all of them must
// share one store, validated once per change.
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { checkMessages, messageLocale } from '../../i18n/messages';
import { filesUnder } from '../files';
import { loadContent, type Content } from './load';
import { contentPaths, contentRoot } from './paths';
import { errorsIn } from './problems';
import type { GlossaryEntry, Source, Timeline } from './schema';

type Loaded = ReturnType<typeof loadContent>;

export interface Registry extends Loaded {
  sources: ReadonlyMap<string, Source>;
  glossary: ReadonlyMap<string, GlossaryEntry>;
  timelines: ReadonlyMap<string, Timeline>;
  /** True when there is no error (warnings allowed). */
  valid: boolean;
  /** Changes whenever the content is read again: lets callers see that something changed. */
  version: number;
}

/**
 * Every file's path, size and modification time: cheap to compute, changes with any edit. The
 * schemas for editor programs (`skip`) are left out: they are made from the content, not part of it.
 */
function signature(dir: string, skip?: string): string {
  return filesUnder(dir)
    .filter((path) => skip === undefined || !path.startsWith(skip + sep))
    .map((path) => {
      const s = statSync(path);
      return `${path}:${s.size}:${s.mtimeMs}`;
    })
    .join('\n');
}

interface Entry {
  signature: string;
  checkedAt: number;
  registry: Registry;
}
const store = ((globalThis as { __contentRegistry?: { entries: Map<string, Entry>; version: number } })
  .__contentRegistry ??= { entries: new Map(), version: 0 });

/**
 * Files are looked at again at most this often: a build renders thousands of components within a
 * second (re-reading the folder for each would make builds quadratic in the number of articles),
 * while an editor's save in `astro dev` is seen at the next page load. Watchers, which know a file
 * just changed, ask with `recheck`.
 */
const RECHECK_MS = 500;

export function contentRegistry(root: string = contentRoot(), options: { recheck?: boolean } = {}): Registry {
  // Problems are worded in the check's language: a store per folder and language.
  const key = `${resolve(root)}\u0000${messageLocale()}`;
  const hit = store.entries.get(key);
  const now = performance.now();
  if (hit && !options.recheck && now - hit.checkedAt < RECHECK_MS) return hit.registry;
  const sig = signature(root, contentPaths(root).schemas);
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
    valid: errorsIn(loaded.problems).length === 0,
    version: ++store.version,
  };
  store.entries.set(key, { signature: sig, checkedAt: now, registry });
  return registry;
}

/** An article's path as Astro's collections store it: relative to the project, with forward slashes. */
export const storeFilePath = (projectRoot: string, file: string) =>
  relative(projectRoot, resolve(file)).split(sep).join('/');

/** "8 articles, 1 timelines, 55 sources, 24 glossary entries": what a store holds, for messages. */
export const counted = (content: Content) =>
  checkMessages().outcome.counted(
    content.articles.length,
    content.timelines.length,
    content.sources.length,
    content.glossary.length,
  );
