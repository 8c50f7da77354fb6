// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { attributeEscaping } from './src/integrations/attribute-escaping.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { embedLoader } from './src/integrations/embed-loader.ts';
import { headersFile } from './src/integrations/headers-file.ts';
import { localized404 } from './src/integrations/localized-404.ts';
import { modulePreload } from './src/integrations/module-preload.ts';
import { precompressFiles } from './src/integrations/precompress.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { rehypeSafeArticle } from './src/lib/mdx/rehype-safe-article.ts';
import { remarkArticle } from './src/lib/mdx/remark-article.ts';

// The public address of the site, used for canonical links, feeds, the sitemap and oEmbed.
// Set SITE_URL when building for a real host: `SITE_URL=https://example.org npm run build`.
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Two pages at a time: social cards are drawn in worker threads while pages render.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  i18n: {
    locales: ['id', 'en'],
    defaultLocale: 'id',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // remarkArticle numbers citations, checks each article and computes its reading time (see the file);
  // rehypeSafeArticle is the second wall: only Markdown's elements and the components reach the page.
  // precompressFiles stays last: it compresses what the steps before it wrote. attributeEscaping makes
  // Astro escape every attribute, URLs with `&` included (see the file).
  integrations: [
    attributeEscaping(),
    contentGuard(),
    mdx({ remarkPlugins: [remarkArticle], rehypePlugins: [rehypeSafeArticle] }),
    localized404(),
    modulePreload(),
    embedLoader(),
    searchIndex(),
    headersFile(),
    precompressFiles(),
  ],
  devToolbar: { enabled: false },
  // Terser with three passes makes the timeline's script ~6% smaller than esbuild's minifier, and
  // its getters-are-pure, arrow and method rewrites another ~1% (0.4 kB gzip of d3 and the chart,
  // measured): together they keep the timeline's page and the embed within 45 kB gzip of JavaScript.
  vite: {
    build: {
      assetsInlineLimit: 0,
      // Pages list the modules they load themselves (src/integrations/module-preload.ts), so Vite's
      // preload helper (~0.6 kB gzip in every script with a dynamic import) is left out.
      modulePreload: false,
      rollupOptions: { output: { experimentalMinChunkSize: 400 } },
      minify: 'terser',
      terserOptions: {
        module: true,
        ecma: 2020,
        compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true },
      },
    },
    // A file saved in place is first emptied, then written: without this, `astro dev` could read
    // (and report) a content file half-saved. Events wait until the file's size holds for 60 ms.
    server: { watch: { awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 } } },
  },
});
