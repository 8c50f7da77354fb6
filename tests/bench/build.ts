// Builds the site from a content folder into a temporary output folder and times it.
//
// Each build runs in its own copy of the project (src/, public/, configs; node_modules linked),
// because `astro build` writes generated modules to <root>/.astro/ and its content cache to
// node_modules/.astro/: building 2,000 generated articles in the shared checkout would race with
// other builds there and leave them a stale cache. A fresh cache also makes every build a cold
// build, which is what the figures are meant to show.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { filesUnder } from '../../src/lib/files';

export const repoRoot = join(import.meta.dirname, '../..');

const projectFiles = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A copy of the project in `dir` whose content cache stays inside `dir`. */
export function prepareProject(dir: string) {
  mkdirSync(dir, { recursive: true });
  for (const name of projectFiles) cpSync(join(repoRoot, name), join(dir, name), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // The linked node_modules/ would share Astro's and Vite's caches; this config keeps them in the copy.
  writeFileSync(
    join(dir, 'astro.bench.config.mjs'),
    [
      `import config from './astro.config.mjs';`,
      `export default { ...config, cacheDir: './.bench-cache/astro/', vite: { ...config.vite, cacheDir: './.bench-cache/vite/' } };`,
    ].join('\n'),
  );
}

export interface BuildResult {
  ms: number;
  pages: number;
  outDir: string;
}

const countPages = (dir: string): number => filesUnder(dir).filter((path) => path.endsWith('.html')).length;

const running = new Map<ChildProcess, Promise<void>>();
let stopped = false;

/** Stops any build still running (after Ctrl+C or a failure elsewhere), waits until it is gone, starts no more. */
export async function stopBuilds() {
  stopped = true;
  for (const child of running.keys()) killGroup(child);
  await Promise.all(running.values());
}

// Builds run in their own process group so a stop also reaches Pagefind's binary.
function killGroup(child: ChildProcess) {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Runs `astro build` (which also writes social cards and the Pagefind index) and times all of it.
 * A build that takes longer than `timeoutMs` is stopped and reported as such.
 */
export async function buildSite(project: string, contentRoot: string, outDir: string, log: string, timeoutMs: number) {
  if (stopped) throw new Error('builds were stopped');
  const out = createWriteStream(log);
  const started = performance.now();
  let timedOut = false;
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        join(repoRoot, 'node_modules/astro/astro.js'),
        'build',
        '--config',
        'astro.bench.config.mjs',
        '--outDir',
        outDir,
      ],
      {
        cwd: project,
        env: { ...process.env, CONTENT_ROOT: contentRoot, ASTRO_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    running.set(child, new Promise((gone) => child.once('close', () => gone())));
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutMs);
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', fail);
    child.on('close', (status) => {
      clearTimeout(timer);
      running.delete(child);
      done(status);
    });
  });
  const ms = performance.now() - started;
  await new Promise<void>((done) => out.end(done));
  if (timedOut) throw new Error(`did not finish within ${Math.round(timeoutMs / 60_000)} minutes (stopped)`);
  if (code !== 0) {
    const tail = readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`astro build failed (exit ${code}) for ${contentRoot}; the end of its log:\n${tail}`);
  }
  return { ms, pages: countPages(outDir), outDir } satisfies BuildResult;
}
