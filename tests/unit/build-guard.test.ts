import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
      6,
      [
        'tests/fixtures/content/bad-timelines/timelines/unknown-source.yaml:11: milestones[0](first).sources[1]: unknown source id "no-such-source"',
        'tests/fixtures/content/bad-timelines/timelines/progress-out-of-range.yaml:15: milestones[1](too-much).progress.value: must be between 0 and 100',
      ],
    ],
  ])(
    '%s: fails with %i problems, each naming file and field',
    (fixture, count, lines) => {
      const outDir = mkdtempSync(join(tmpdir(), 'guard-'));
      try {
        const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
          env: { ...process.env, CONTENT_ROOT: `tests/fixtures/content/${fixture}`, ASTRO_TELEMETRY_DISABLED: '1' },
          encoding: 'utf8',
          timeout: 120_000,
        });
        const output = run.stdout + run.stderr;
        expect(run.status, output).not.toBe(0);
        expect(output).toContain(`Invalid content: ${count} problems. Nothing was built.`);
        for (const line of lines) expect(output).toContain(line);
        expect(readdirSync(outDir)).toEqual([]);
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
