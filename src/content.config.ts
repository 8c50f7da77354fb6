// The content collections, all four filled from the content registry (src/lib/content/registry.ts),
// the one place that reads and validates content/ (or CONTENT_ROOT). Nothing here parses or
// validates again. In `astro dev` the loaders follow every change under the content folder
// (new, renamed, deleted and fixed files) so pages show it on the next reload, without a restart.
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot } from './lib/content/paths';
import { contentRegistry, storeFilePath, type Registry } from './lib/content/registry';
import { articleSchema, glossaryEntrySchema, sourceSchema, timelineEntrySchema } from './lib/content/schema';

type Kind = 'articles' | 'sources' | 'glossary' | 'timelines';

interface Item {
  id: string;
  data: Record<string, unknown>;
  /** The article's file, which Astro's MDX integration renders. */
  file?: string;
  body?: string;
  /** What digest is made of: an entry is rewritten only when this changes. */
  text: string;
}

function itemsOf(kind: Kind, registry: Registry): Item[] {
  const { content } = registry;
  switch (kind) {
    case 'articles':
      return content.articles.map((a) => ({
        id: `${a.lang}/${a.slug}`,
        data: { ...a.data },
        file: a.file,
        body: a.body,
        // The path too: the same text moved elsewhere (another CONTENT_ROOT) must not keep the old path.
        text: `${a.file}\n${a.source}\n${JSON.stringify(a.data)}`,
      }));
    case 'sources':
    case 'glossary':
    case 'timelines':
      return content[kind].map((item) => ({ id: item.id, data: { ...item }, text: JSON.stringify(item) }));
  }
}

function sync(kind: Kind, { store, generateDigest, config }: LoaderContext, recheck: boolean) {
  const registry = contentRegistry(contentRoot(), { recheck });
  const items = itemsOf(kind, registry);
  const root = fileURLToPath(config.root);
  for (const item of items) {
    const filePath = item.file && storeFilePath(root, item.file);
    const changed = store.set({
      id: item.id,
      data: item.data,
      digest: generateDigest(item.text),
      ...(filePath ? { body: item.body, filePath, deferredRender: true } : {}),
    });
    // An entry kept from the cache of an earlier run still needs its module in this run's import map.
    if (!changed && filePath) store.addModuleImport(filePath);
  }
  const ids = new Set(items.map((i) => i.id));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
}

/** A collection filled from the registry. The data is already validated: it is stored as it is. */
function fromRegistry(kind: Kind): Loader {
  return {
    name: `content-registry-${kind}`,
    load: async (context) => {
      sync(kind, context, false);
      const root = resolve(contentRoot());
      context.watcher?.add(root);
      context.watcher?.on('all', (_event: string, path: string) => {
        if (resolve(path).startsWith(root + sep)) sync(kind, context, true);
      });
    },
  };
}

export const collections = {
  articles: defineCollection({ loader: fromRegistry('articles'), schema: articleSchema }),
  sources: defineCollection({ loader: fromRegistry('sources'), schema: sourceSchema }),
  glossary: defineCollection({ loader: fromRegistry('glossary'), schema: glossaryEntrySchema }),
  timelines: defineCollection({ loader: fromRegistry('timelines'), schema: timelineEntrySchema }),
};
