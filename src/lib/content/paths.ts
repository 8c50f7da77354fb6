// Where content lives: the content folder (CONTENT_ROOT, or content/) and its parts.
import { join } from 'node:path';

/** The content folder: `content/`, or another one named by CONTENT_ROOT (tests, benchmarks). */
export function contentRoot(): string {
  return process.env.CONTENT_ROOT || 'content';
}

/** The module alias of the content folder's images (set by src/integrations/content-guard.ts). */
export const CONTENT_IMAGES = '@content-images';

export const contentPaths = (root: string) => ({
  sources: join(root, 'sources.yaml'),
  glossary: join(root, 'glossary.yaml'),
  timelines: join(root, 'timelines'),
  articles: join(root, 'articles'),
  images: join(root, 'images'),
  /** JSON Schemas for editor programs, made from the data files (src/lib/content/schema-files.ts). */
  schemas: join(root, 'schemas'),
});
