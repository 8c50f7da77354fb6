// Builds /embed.js, the loader newsrooms include on their pages, from src/scripts/embed/loader.ts:
// a standalone, minified script at a stable address (Astro's own bundles get hashed names).
// `astro dev` serves it fresh on every request; `astro build` writes it into the output.
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../scripts/embed/loader.ts', import.meta.url));

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

export function embedLoader(): AstroIntegration {
  return {
    name: 'embed-loader',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/embed.js', (_req, res) => {
          bundle().then(
            (code) => res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(code),
            (error: Error) => res.writeHead(500).end(error.message),
          );
        });
      },
      'astro:build:done': async ({ dir }) => {
        writeFileSync(new URL('embed.js', dir), await bundle());
      },
    },
  };
}
