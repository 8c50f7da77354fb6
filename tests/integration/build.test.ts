import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The environment of a user's shell, without what vitest adds (NODE_ENV=test, MODE=test, VITEST_*…). */
const added = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'BASE_URL', 'ASSETS_PREFIX', 'TZ']);
const env = (fixture: string) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !added.has(key) && !key.startsWith('VITEST'))),
  CONTENT_ROOT: `tests/fixtures/content/${fixture}`,
  ASTRO_TELEMETRY_DISABLED: '1',
});

function build(fixture: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'guard-'));
  const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: env(fixture),
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { outDir, status: run.status, output: run.stdout + run.stderr };
}

// The real `astro build`, pointed at content folders with bad files: it must stop, name each file,
// line and field, and write no pages.
describe('astro build with invalid content', () => {
  it.each([
    [
      'bad-articles',
      5,
      [
        'tests/fixtures/content/bad-articles/articles/en/bad-date.mdx:6: published: must be a real date',
        'tests/fixtures/content/bad-articles/articles/id/wrong-lang.mdx:4: lang: is "en"',
      ],
    ],
    [
      'bad-timelines',
      12,
      [
        'tests/fixtures/content/bad-timelines/timelines/unknown-source.yaml:11: milestones[0](first).citations[1].source: unknown source id "no-such-source"',
        'tests/fixtures/content/bad-timelines/timelines/progress-out-of-range.yaml:15: milestones[1](too-much).progress.value: must be between 0 and 100',
      ],
    ],
  ])(
    '%s: fails with %i problems, each naming file and field',
    (fixture, count, lines) => {
      const { outDir, status, output } = build(fixture);
      try {
        expect(status, output).not.toBe(0);
        expect(output).toContain(`Invalid content: ${count} problems. Nothing was built.`);
        for (const line of lines) expect(output).toContain(line);
        expect(readdirSync(outDir)).toEqual([]);
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});

describe('astro build with valid content', () => {
  it('publishes articles, leaves drafts out, and sends readers of an untranslated one home', () => {
    const { outDir, status, output } = build('with-draft');
    try {
      expect(status, output).toBe(0);
      expect(existsSync(join(outDir, 'en/articles/example/index.html'))).toBe(true);
      expect(existsSync(join(outDir, 'id/articles/contoh/index.html'))).toBe(true);
      expect(existsSync(join(outDir, 'en/articles/unfinished/index.html'))).toBe(false);
      // Without a translation, the language switcher leads to the other language's home page.
      const lonely = readFileSync(join(outDir, 'en/articles/lonely/index.html'), 'utf8');
      expect(lonely).toMatch(/<a class="language-switcher" href="\/id\/" hreflang="id"/);
      expect(output).toContain('"lonely" has no Indonesian translation yet');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('astro dev', () => {
  it('shows drafts to editors', async () => {
    // Its own process group, so stopping it stops the server npx started too.
    const dev = spawn('npx', ['astro', 'dev', '--port', '4472'], { env: env('with-draft'), detached: true });
    try {
      let status = 0;
      for (let i = 0; i < 120 && status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 500));
        status = await fetch('http://localhost:4472/en/articles/unfinished/').then(
          (r) => r.status,
          () => 0,
        );
      }
      expect(status).toBe(200);
    } finally {
      process.kill(-dev.pid!, 'SIGTERM');
    }
  }, 90_000);

  it('refuses to start, naming file and field', async () => {
    const dev = spawn('npx', ['astro', 'dev', '--port', '4471'], { env: env('bad-articles'), detached: true });
    let output = '';
    dev.stdout.on('data', (d) => (output += d));
    dev.stderr.on('data', (d) => (output += d));
    const timeout = setTimeout(() => process.kill(-dev.pid!, 'SIGTERM'), 60_000);
    const code = await new Promise<number | null>((done) => dev.on('exit', done));
    clearTimeout(timeout);
    expect(code, output).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/content/bad-articles/articles/en/unknown-field.mdx:8: autor: is not a known field',
    );
  }, 90_000);
});
