// Astro writes each page's scripts as <script type="module" src> where their components are, and
// their shared chunks are found only once those files arrive: a chain of round trips on a slow
// phone connection. This adds <link rel="modulepreload"> for every module a page will run, and
// every module those import, to the page's <head>, so the browser fetches them all at once.
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../lib/files';
import { moduleGraph, moduleScripts } from '../lib/serving/module-graph';

export function modulePreload(): AstroIntegration {
  return {
    name: 'module-preload',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of filesUnder(root).filter((f) => f.endsWith('.html'))) {
          const html = readFileSync(file, 'utf8');
          const modules = moduleGraph(moduleScripts(html), (src) => readFileSync(join(root, src), 'utf8'));
          if (!modules.length) continue;
          const links = modules.map((src) => `<link rel="modulepreload" href="${src}">`).join('');
          writeFileSync(file, html.replace('</head>', `${links}</head>`));
        }
      },
    },
  };
}
