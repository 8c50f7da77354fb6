// Keeps invalid content from being published, and tells editors about it while they write.
//
// `astro build`: reads the content registry (every file validated, every article parsed and
// compiled) before Astro writes anything, and stops with `file:line: field: message` for each error.
//
// `astro dev`: starts even when content is invalid, and prints the problems once each time they
// change. The pages show them too (src/middleware.ts answers every request with them until they
// are fixed). It says when a change is live, makes sure a new article renders without a restart (see
// followStore), records where the server listens, for `npm run new`, and keeps the content folder's
// JSON Schemas for editor programs current (src/lib/content/schema-files.ts).
import type { AstroIntegration } from 'astro';
import { checkMessages } from '../i18n/messages';
import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forgetDevServer, recordDevServer } from '../lib/dev-server';
import { CONTENT_IMAGES, contentPaths, contentRoot } from '../lib/content/paths';
import { ContentError, errorsIn, formatProblem, formatProblems } from '../lib/content/problems';
import { contentRegistry, counted, storeFilePath } from '../lib/content/registry';
import { refreshSchemas } from '../lib/content/schema-files';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/**
 * What follows a content change in `astro dev`. The collections' loaders take it in at once; Astro
 * then writes two files, each after its own 500 ms pause: `.astro/data-store.json` (the
 * collections; Astro reloads open pages when it changes) and `.astro/content-modules.mjs` (which
 * file renders each article). The change is live once both are written. This prints that moment,
 * and fixes what Astro misses:
 * - the module Vite makes of content-modules.mjs is a virtual one when the file did not exist at
 *   startup (a fresh clone), and Vite never reloads it: a new article answered HTTP 500 ("Unexpected
 *   error while rendering") until a restart. It is invalidated whenever the file is rewritten;
 * - when content-modules.mjs is written after data-store.json, pages reloaded in between could not
 *   render a new article: they are reloaded again.
 */
function followStore(server: DevServer, projectRoot: string, announce: () => void) {
  const dotAstro = resolve(projectRoot, '.astro') + sep;
  const modulesFile = `${dotAstro}content-modules.mjs`;
  let pending = false;
  let storeWritten = false;
  const modulesListEveryArticle = () => {
    const text = existsSync(modulesFile) ? readFileSync(modulesFile, 'utf8') : '';
    return contentRegistry().content.articles.every((a) =>
      text.includes(JSON.stringify(storeFilePath(projectRoot, a.file))),
    );
  };
  const settle = () => {
    if (!pending || !storeWritten || !modulesListEveryArticle()) return;
    pending = false;
    announce();
  };
  return {
    /** A file under the content folder changed. */
    contentChanged() {
      pending = true;
      storeWritten = false;
    },
    /** Any file changed: the two Astro writes are among them. */
    fileChanged(file: string) {
      if (file !== modulesFile && file !== `${dotAstro}data-store.json`) return;
      const module = server.moduleGraph.getModuleById('\0astro:content-module-imports');
      if (module) server.moduleGraph.invalidateModule(module);
      if (file === modulesFile) {
        if (storeWritten) server.hot.send({ type: 'full-reload', path: '*' });
      } else storeWritten = true;
      settle();
    },
  };
}

export interface ContentGuardOptions {
  /**
   * What an invalid build does once it has printed the problems: end the process with status 1
   * (`astro build`, so Astro adds no "unhandled error" and no stack trace to the list), or throw
   * the ContentError (a caller that runs the hook itself, such as a test).
   */
  onInvalidBuild?: 'exit' | 'throw';
}

export function contentGuard({ onInvalidBuild = 'exit' }: ContentGuardOptions = {}): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        projectRoot = fileURLToPath(config.root);
        // <Figure src="…"> finds its image in the content folder in use (CONTENT_ROOT), through an
        // alias its import.meta.glob can name (src/components/mdx/Figure.astro).
        updateConfig({
          vite: { resolve: { alias: { [CONTENT_IMAGES]: resolve(contentPaths(contentRoot()).images) } } },
        });
        const registry = contentRegistry();
        for (const notice of registry.problems.filter((p) => p.severity !== 'error'))
          logger.warn(formatProblem(notice));
        if (registry.valid) return;
        // A dev server starts anyway: its pages show the problems until they are fixed.
        if (command === 'dev') return logger.error(new ContentError(registry.problems, 'dev').message);
        const error = new ContentError(registry.problems);
        if (onInvalidBuild === 'throw') throw error;
        // The list is the whole message: thrown, Astro would add "An unhandled error occurred while
        // running the astro:config:setup hook" and an empty stack trace to it.
        logger.error(error.message);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(contentRoot());
        // The schemas editor programs read follow the ids of the sources, reporters and timelines;
        // they are written from the content, so their own changes are not content changes.
        const schemas = resolve(contentPaths(root).schemas);
        refreshSchemas(root);
        let printed = formatProblems(errorsIn(contentRegistry().problems));
        const store = followStore(server, projectRoot, () => {
          const registry = contentRegistry();
          const problems = errorsIn(registry.problems).length;
          logger.info(
            problems
              ? checkMessages().dev.stillToFix(problems)
              : checkMessages().dev.upToDate(counted(registry.content)),
          );
        });
        server.watcher.on('all', (_event, path) => {
          const file = resolve(path);
          store.fileChanged(file);
          if (!file.startsWith(root + sep) || file.startsWith(schemas + sep)) return;
          store.contentChanged();
          const registry = contentRegistry(root, { recheck: true });
          refreshSchemas(root);
          const now = formatProblems(errorsIn(registry.problems));
          if (now === printed) return;
          printed = now;
          // Open pages reload once Astro has written the collections (followStore).
          if (registry.valid) return logger.info(checkMessages().dev.fixed);
          logger.error(new ContentError(registry.problems, 'dev').message);
          // Open pages reload and show the list (src/middleware.ts). Not Vite's error overlay: it
          // would show an empty stack over the list, and greet every page opened later with it too.
          server.hot.send({ type: 'full-reload', path: '*' });
        });
      },
      'astro:server:start': ({ address }) => {
        recordDevServer(projectRoot, contentRoot(), `http://localhost:${address.port}`);
      },
      'astro:server:done': () => {
        forgetDevServer(projectRoot, contentRoot());
      },
    },
  };
}
