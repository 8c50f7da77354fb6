// Writes Brotli and gzip copies of every text file after the build (src/lib/serving/precompress.ts).
// Listed last in astro.config.mjs: it compresses what the other steps wrote (the search index,
// module preloads, /embed.js, the 404 pages).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { precompress } from '../lib/serving/precompress';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function precompressFiles(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const r = await precompress(fileURLToPath(dir));
        logger.info(`${r.files} text files, ${kB(r.bytes)}: ${kB(r.br)} Brotli, ${kB(r.gz)} gzip`);
      },
    },
  };
}
