// Indexes the built site with Pagefind after every `astro build`, whatever the output folder, so
// the index can never be missing or stale (the build empties its output folder first). Pagefind
// keeps one index per <html lang>, so each language's search finds only pages in that language.
// Only elements marked data-pagefind-body are indexed: articles, timelines, the glossary. Within
// them, what is not the text is left out, so results' excerpts read as the text: bylines and update
// boxes are marked data-pagefind-ignore where they are drawn, and citation marks ("[Source 3]",
// drawn by the MDX <Cite> component) are left out here by their selector.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { folders } from '../lib/urls';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = fileURLToPath(new URL(`.${folders.searchIndex}`, dir));
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['sup.cite'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages into ${output}`);
        await pagefind.close();
      },
    },
  };
}
