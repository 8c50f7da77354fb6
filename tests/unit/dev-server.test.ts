import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { forgetDevServer, recordDevServer, runningDevServer } from '../../src/lib/dev-server';

// How `npm run new` finds the running dev server's address (with a real server: tests/integration/dev.test.ts).
describe('the running dev server, as npm run new finds it', () => {
  const project = mkdtempSync(join(tmpdir(), 'dev-server-'));
  afterEach(() => forgetDevServer(project, 'content'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('is found for its own content folder only, until it stops', () => {
    expect(runningDevServer(project, 'content')).toBeUndefined();
    recordDevServer(project, 'content', 'http://localhost:4623');
    expect(runningDevServer(project, 'content')).toBe('http://localhost:4623');
    expect(runningDevServer(project, 'tests/fixtures/content/valid')).toBeUndefined();
    forgetDevServer(project, 'content');
    expect(runningDevServer(project, 'content')).toBeUndefined();
  });

  it('a record left by a server that died is ignored', () => {
    // The id of a process that has exited.
    const gone = Number(
      spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout,
    );
    recordDevServer(project, 'content', 'http://localhost:4623');
    const dir = join(project, '.astro', 'dev-server');
    const file = join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), pid: gone }));
    expect(runningDevServer(project, 'content')).toBeUndefined();
  });
});
