// The content collections. Articles are MDX files loaded by Astro's glob loader; the data files
// (sources, glossary, timelines) go through the same validator as `npm run check:content`, which
// also checks the references between files. Everything lives in content/ (or CONTENT_ROOT).
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'zod';
import { contentPaths, contentRoot, loadContent, type Content } from './lib/content/load';
import { ContentError, errorsIn } from './lib/content/problems';
import { articleSchema, glossaryEntrySchema, sourceSchema, timelineSchema } from './lib/content/schema';

type DataKind = 'sources' | 'glossary' | 'timelines';

/** Loads one kind of data file after validating all content; an error anywhere stops the load. */
function validatedData(kind: DataKind): Loader {
  return {
    name: `validated-${kind}`,
    async load({ store, parseData, watcher, logger }) {
      const sync = async () => {
        const { content, problems } = loadContent();
        if (errorsIn(problems).length) throw new ContentError(problems);
        store.clear();
        for (const item of content[kind] as Content[DataKind]) {
          store.set({ id: item.id, data: await parseData({ id: item.id, data: { ...item } }) });
        }
      };
      await sync();
      watcher?.add(contentRoot());
      watcher?.on('change', (path) => {
        if (/\.ya?ml$/.test(path)) sync().catch((e: Error) => logger.error(e.message));
      });
    },
  };
}

const root = contentRoot();

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*/*.{md,mdx}', base: contentPaths(root).articles }),
    schema: articleSchema,
  }),
  sources: defineCollection({ loader: validatedData('sources'), schema: sourceSchema }),
  glossary: defineCollection({ loader: validatedData('glossary'), schema: glossaryEntrySchema }),
  timelines: defineCollection({
    loader: validatedData('timelines'),
    schema: timelineSchema.extend({ id: z.string() }),
  }),
};
