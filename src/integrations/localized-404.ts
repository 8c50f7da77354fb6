// Static hosts look for the nearest `404.html` (Cloudflare Pages) or one set per folder (Netlify
// redirects); Astro writes /id/404/ as /id/404/index.html. This moves each language's not-found
// page to /<lang>/404.html after the build so a missing /id/... page answers in Indonesian, and the
// embeds' own (src/pages/embed/404.astro) to /embed/404.html, so a missing embed answers under the
// embeds' policy with a page that runs no script.
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { locales } from '../i18n/locales';

export function localized404(): AstroIntegration {
  return {
    name: 'localized-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const folder of [...locales, 'embed']) {
          const from = `${root}${folder}/404/index.html`;
          if (!existsSync(from)) continue;
          renameSync(from, `${root}${folder}/404.html`);
          rmdirSync(`${root}${folder}/404`);
        }
      },
    },
  };
}
