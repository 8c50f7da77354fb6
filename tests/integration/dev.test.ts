import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { escapeText } from '../../src/lib/escape';
import { run, shellEnv, validSite } from './helpers';

// A real `astro dev` on a temporary copy of a valid site, changed the way an editor changes it. The
// test never sleeps: it waits for what the dev server prints (its own log lines) and for its answers.
const port = 4621;
const origin = `http://localhost:${port}`;
const root = validSite();
const display = relative(process.cwd(), root);
let dev: ChildProcess;
let output = '';

/**
 * Resolves once the server prints something matching `pattern` after `from` (an offset in its
 * output). Gives up after two minutes, showing what it printed (a deadline, not a wait).
 */
function printed(pattern: RegExp, from: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const look = () => {
      if (!pattern.test(output.slice(from))) return;
      clearTimeout(deadline);
      dev.stdout?.off('data', look);
      dev.stderr?.off('data', look);
      dev.off('exit', gone);
      resolve();
    };
    const gone = () => reject(new Error(`the dev server stopped before printing ${pattern}:\n${output}`));
    const deadline = setTimeout(
      () => reject(new Error(`no ${pattern} after 120 s; the server printed:\n${output.slice(from)}`)),
      120_000,
    );
    // Registered after the listeners that collect the output, so `output` already holds the new text.
    dev.stdout?.on('data', look);
    dev.stderr?.on('data', look);
    dev.once('exit', gone);
    look();
  });
}

/** Does something to the content and waits until the server has taken it in. */
async function change(action: () => void | Promise<unknown>, until: RegExp) {
  const from = output.length;
  await action();
  await printed(until, from);
}

const live = /content is valid and up to date/;
/** The problem was printed, and the collections have taken in the broken state. */
const invalid = /Invalid content: \d+ problems?\.[\s\S]*content store updated; \d+ problems? still to fix/;
const get = async (path: string) => {
  const response = await fetch(origin + path);
  return { status: response.status, html: await response.text() };
};
const article = (lang: string, slug: string) => join(root, 'articles', lang, `${slug}.mdx`);

beforeAll(async () => {
  // As on a fresh clone: without this file when the server starts, Astro's map of article modules is
  // a virtual module (see invalidateContentModules in src/integrations/content-guard.ts).
  rmSync('.astro/content-modules.mjs', { force: true });
  // Its own process group, so stopping it stops the server npx started too.
  dev = spawn('npx', ['astro', 'dev', '--port', String(port)], { env: shellEnv(root), detached: true });
  dev.stdout!.on('data', (d) => (output += d));
  dev.stderr!.on('data', (d) => (output += d));
  await printed(/watching for file changes/, 0);
});

// A failed step shows what the server printed during it.
beforeEach(() => {
  const from = output.length;
  onTestFailed(() => console.log(`astro dev printed:\n${output.slice(from)}`));
});

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  rmSync(root, { recursive: true, force: true });
});

describe('astro dev follows the content folder without a restart', () => {
  it('shows drafts, with a badge', async () => {
    const { status, html } = await get('/en/articles/unfinished/');
    expect(status).toBe(200);
    expect(html).toContain('Draft: shown in the preview only, not published');
  });

  it('npm run new prints the running server’s address, and the new article and its translation are served', async () => {
    let created = { status: null as number | null, stdout: '' };
    await change(async () => {
      created = await run(['tsx', 'src/cli/new-article.ts', '--root', root, '--lang', 'en', '--slug', 'fresh-article']);
    }, live);
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(`Your preview is running:\n  ${origin}/en/articles/fresh-article/`);
    const fresh = await get('/en/articles/fresh-article/');
    expect(fresh.status).toBe(200);
    expect(fresh.html).toMatch(/<h1[^>]*>Article title<\/h1>/);
    expect(fresh.html).toContain('Draft: shown in the preview only, not published');

    await change(async () => {
      created = await run([
        'tsx',
        'src/cli/new-article.ts',
        '--root',
        root,
        '--translate',
        article('en', 'fresh-article'),
      ]);
    }, live);
    expect(created.stdout).toContain(`${origin}/id/articles/fresh-article/`);
    expect((await get('/id/articles/fresh-article/')).status).toBe(200);
  });

  it('a renamed article moves to its new address', async () => {
    await change(() => renameSync(article('en', 'fresh-article'), article('en', 'renamed-article')), live);
    expect((await get('/en/articles/fresh-article/')).status).toBe(404);
    expect((await get('/en/articles/renamed-article/')).status).toBe(200);
  });

  it('a broken timeline shows its one error on every page and every reload, until it is fixed', async () => {
    const file = join(root, 'timelines/t.yaml');
    const good = readFileSync(file, 'utf8');
    await change(() => writeFileSync(file, good.replace('date: 2024-03-04', 'date: 2024-02-30')), invalid);
    // As the problems page writes it: the check's line, escaped as HTML text.
    const problem = escapeText(
      `${display}/timelines/t.yaml:5: milestones[0](m1).date: must be a real date written YYYY-MM-DD, or a month written YYYY-MM (for example 2024-04); found "2024-02-30"`,
    );
    for (const path of ['/en/articles/safe-markdown/', '/en/articles/safe-markdown/', '/id/']) {
      const { status, html } = await get(path);
      expect(status).toBe(500);
      expect(html).toContain('Invalid content: 1 problem. Every page shows this list until they are fixed.');
      expect(html, html).toContain(problem);
    }
    // Printed once, though three pages were asked for.
    expect(output.split('timelines/t.yaml:5: milestones[0](m1).date').length - 1).toBe(1);

    await change(() => writeFileSync(file, good), live);
    expect((await get('/en/articles/safe-markdown/')).status).toBe(200);
  });

  it('an MDX mistake shows until it is fixed', async () => {
    const file = article('en', 'renamed-article');
    const good = readFileSync(file, 'utf8');
    await change(() => writeFileSync(file, `${good}\nPrices fell <100 rupiah.\n`), invalid);
    const { status, html } = await get('/en/');
    expect(status).toBe(500);
    expect(html, html).toContain(
      escapeText(
        `${display}/articles/en/renamed-article.mdx:18: <: a literal < in text is written &lt; (here "<1" is read as the start of a tag)`,
      ),
    );
    await change(() => writeFileSync(file, good), live);
    expect((await get('/en/articles/renamed-article/')).status).toBe(200);
  });
});
