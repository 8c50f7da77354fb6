// Stops `astro build` and `astro dev` when content is invalid, listing every problem as
// `file:line: field: message`. In dev it re-checks on every change under content/ and shows
// the problems in the browser's error overlay until they are fixed.
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { contentRoot, loadContent } from '../lib/content/load';
import { ContentError, errorsIn, formatProblem } from '../lib/content/problems';

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { problems } = loadContent();
        for (const warning of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(warning));
        if (errorsIn(problems).length) throw new ContentError(problems);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(contentRoot());
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(root)) return;
          const { problems } = loadContent();
          if (!errorsIn(problems).length) return;
          const error = new ContentError(problems);
          logger.error(error.message);
          server.hot.send({ type: 'error', err: { message: error.message, stack: '' } });
        });
      },
    },
  };
}
