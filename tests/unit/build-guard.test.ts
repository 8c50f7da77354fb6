import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The real `astro build`, pointed at a content folder with bad files: it must stop, name each file
// and field, and write no pages.
describe('astro build with invalid content', () => {
  it('fails naming the file and field of every problem', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'guard-'));
    try {
      const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
        env: { ...process.env, CONTENT_ROOT: 'tests/fixtures/content/bad-articles', ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      const output = run.stdout + run.stderr;
      expect(run.status, output).not.toBe(0);
      expect(output).toContain('Invalid content: 5 problems. Nothing was built.');
      expect(output).toContain(
        'tests/fixtures/content/bad-articles/articles/en/bad-date.mdx:6: published: must be a real date',
      );
      expect(output).toContain('tests/fixtures/content/bad-articles/articles/id/wrong-lang.mdx:4: lang: is "en"');
      expect(spawnSync('ls', [outDir], { encoding: 'utf8' }).stdout.trim()).toBe('');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
