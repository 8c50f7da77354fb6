// Keeps invalid content from being published, and tells editors about it while they write.
//
// `astro build`: reads the content registry (every file validated, every article parsed and
// compiled) before Astro writes anything, and stops with `file:line: field: message` for each error.
//
// `astro dev`: starts even when content is invalid, and prints the problems once each time they
// change. The pages show them too (src/middleware.ts throws them on every request until they are
// fixed). It also records where it listens, for `npm run new`, and makes sure a new article can be
// rendered without a restart (see below).
import type { AstroIntegration } from 'astro';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forgetDevServer, recordDevServer } from '../lib/dev-server';
import { contentRoot } from '../lib/content/load';
import { ContentError, errorsIn, formatProblem, formatProblems } from '../lib/content/problems';
import { contentRegistry, type Registry } from '../lib/content/registry';

const summary = ({ content }: Registry) =>
  `${content.articles.length} articles, ${content.timelines.length} timelines, ${content.sources.length} sources, ${content.glossary.length} glossary entries`;

/**
 * Astro's map from article files to their compiled modules (`astro:content-module-imports`) is a
 * virtual module when `.astro/content-modules.mjs` did not exist at startup (a fresh clone), and
 * Vite never reloads it: an article added later answers HTTP 500 ("Unexpected error while
 * rendering") until a restart. Invalidating it whenever Astro rewrites that file fixes this.
 */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];
function invalidateContentModules(server: DevServer) {
  const module = server.moduleGraph.getModuleById('\0astro:content-module-imports');
  if (module) server.moduleGraph.invalidateModule(module);
}

export function contentGuard(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        projectRoot = fileURLToPath(config.root);
        const registry = contentRegistry();
        for (const warning of registry.problems.filter((p) => p.severity === 'warning'))
          logger.warn(formatProblem(warning));
        if (registry.valid) return;
        // A dev server starts anyway: its pages show the problems until they are fixed.
        if (command === 'dev') logger.error(new ContentError(registry.problems, 'dev').message);
        else throw new ContentError(registry.problems);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(contentRoot());
        const dotAstro = resolve(projectRoot, '.astro') + sep;
        let printed = formatProblems(errorsIn(contentRegistry().problems));
        server.watcher.on('all', (_event, path) => {
          const file = resolve(path);
          if (file === `${dotAstro}content-modules.mjs`) invalidateContentModules(server);
          // Astro has written the collections (and reloads open pages): the change is live.
          if (file === `${dotAstro}data-store.json`) {
            invalidateContentModules(server);
            const registry = contentRegistry();
            const problems = errorsIn(registry.problems).length;
            logger.info(
              problems
                ? `content store updated; ${problems} problem${problems === 1 ? '' : 's'} still to fix (listed above)`
                : `content is valid and up to date (${summary(registry)})`,
            );
          }
          if (!file.startsWith(root + sep)) return;
          const registry = contentRegistry(root, { recheck: true });
          const now = formatProblems(errorsIn(registry.problems));
          if (now === printed) return;
          printed = now;
          // Open pages reload once Astro has written the collections (above).
          if (registry.valid) return logger.info('content problems fixed');
          const error = new ContentError(registry.problems, 'dev');
          logger.error(error.message);
          server.hot.send({ type: 'error', err: { message: error.message, stack: '' } });
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
