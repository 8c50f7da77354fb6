// Shared by the integration tests: the environment of a user's shell, and a small valid site.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixtures = 'tests/fixtures/content';

/** The environment of a user's shell, without what vitest adds (NODE_ENV=test, MODE=test, VITEST_*…). */
const added = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'BASE_URL', 'ASSETS_PREFIX', 'TZ']);
export const shellEnv = (contentRoot: string): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !added.has(key) && !key.startsWith('VITEST'))),
  CONTENT_ROOT: contentRoot,
  ASTRO_TELEMETRY_DISABLED: '1',
});

/**
 * A valid content folder in a new temporary folder: the with-draft fixture (articles in both
 * languages, a draft, an untranslated one) plus a timeline, a glossary and the article that uses
 * everything the safe subset of MDX allows (en/safe-markdown).
 */
export function validSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'site-content-'));
  cpSync(`${fixtures}/with-draft`, root, { recursive: true });
  for (const part of ['glossary.yaml', 'timelines', 'articles/en/safe-markdown.mdx'])
    cpSync(`${fixtures}/unsafe-mdx/${part}`, join(root, part), { recursive: true });
  writeFileSync(
    join(root, 'sources.yaml'),
    readFileSync(`${fixtures}/with-draft/sources.yaml`, 'utf8') +
      readFileSync(`${fixtures}/unsafe-mdx/sources.yaml`, 'utf8'),
  );
  return root;
}

/** Runs a command without blocking the test worker (a build takes a minute on a busy machine). */
export function run(args: string[], environment: NodeJS.ProcessEnv = process.env) {
  return new Promise<{ status: number | null; stdout: string; output: string }>((done) => {
    const child = spawn('npx', args, { env: environment });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (d) => ((stdout += d), (output += d)));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => done({ status, stdout, output }));
  });
}
