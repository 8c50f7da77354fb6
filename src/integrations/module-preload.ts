// Astro writes each page's scripts as <script type="module" src> where their components are, and
// their shared chunks are found only once those files arrive: a chain of round trips on a slow
// phone connection. This adds <link rel="modulepreload"> for every module a page will run, and
// every module those import, to the page's <head>, so the browser fetches them all at once.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** A module's URL path and the URL paths of everything it imports statically, in load order. */
function moduleGraph(root: string, src: string, seen: Set<string>): void {
  if (seen.has(src) || !src.startsWith('/')) return;
  seen.add(src);
  const code = readFileSync(join(root, src), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    moduleGraph(root, new URL(m[1]!, `http://site${src}`).pathname, seen);
  }
}

export function modulePreload(): AstroIntegration {
  return {
    name: 'module-preload',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const modules = new Set<string>();
          for (const m of html.matchAll(/<script type="module" src="([^"]+)"/g)) moduleGraph(root, m[1]!, modules);
          if (!modules.size) continue;
          const links = [...modules].map((src) => `<link rel="modulepreload" href="${src}">`).join('');
          writeFileSync(file, html.replace('</head>', `${links}</head>`));
        }
      },
    },
  };
}
