// The scripts newsrooms include on their pages, at stable addresses (Astro's own bundles get
// hashed names): /embed.js, built from src/scripts/embed/loader.ts as a standalone minified script,
// and our copy of pym.js (src/lib/embed/pym-asset.ts). `astro dev` serves them on every request;
// `astro build` writes them into the output.
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pymAsset } from '../lib/embed/pym-asset';
import { paths } from '../lib/urls';

const entry = fileURLToPath(new URL('../scripts/embed/loader.ts', import.meta.url));
const javascript = { 'content-type': 'text/javascript; charset=utf-8' };

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
  const pym = pymAsset();
  return {
    name: 'embed-loader',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(paths.embedLoader(), (_req, res) => {
          bundle().then(
            (code) => res.writeHead(200, javascript).end(code),
            (error: Error) => res.writeHead(500).end(error.message),
          );
        });
        server.middlewares.use(pym.path, (_req, res) => res.writeHead(200, javascript).end(pym.code));
      },
      'astro:build:done': async ({ dir }) => {
        writeFileSync(new URL(paths.embedLoader().slice(1), dir), await bundle());
        writeFileSync(new URL(pym.path.slice(1), dir), pym.code);
      },
    },
  };
}
