// In `astro dev`, while content has errors, every page answers with the list of them (HTTP 500), so a
// reload never shows a page built from stale or half-valid content. The page listens to the dev
// server and reloads itself once the content is fixed. The terminal already printed the problems
// once (src/integrations/content-guard.ts), so nothing is logged here.
// A build never gets here with invalid content: the content guard stops it first.
import { defineMiddleware } from 'astro:middleware';
import { contentProblemsPage } from './lib/content/problems-page';
import { contentRegistry } from './lib/content/registry';

export const onRequest = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) {
    const registry = contentRegistry();
    if (!registry.valid)
      return new Response(contentProblemsPage(registry.problems), {
        status: 500,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
  }
  return next();
});
