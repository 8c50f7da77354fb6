import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAtomically, removeStaleStaging } from '../../src/lib/atomic-build';

// `npm run build` builds into a new folder and swaps it in only on success (the real command is
// exercised in tests/integration/build.test.ts).
describe('buildAtomically', () => {
  let parent: string;
  let outDir: string;
  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'atomic-'));
    outDir = join(parent, 'dist');
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  const previousSite = () => {
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'previous');
  };
  const writeHalf = (dir: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'half');
  };

  it('a failed build leaves the previous site as it was, and no folder of its own', async () => {
    previousSite();
    const ok = await buildAtomically({ outDir, build: async (dir) => (writeHalf(dir), false) });
    expect(ok).toBe(false);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('a build that throws does the same', async () => {
    previousSite();
    const build = async (dir: string) => {
      writeHalf(dir);
      throw new Error('interrupted');
    };
    await expect(buildAtomically({ outDir, build })).rejects.toThrow('interrupted');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('without a previous site, a failed build leaves none (never an empty folder)', async () => {
    await buildAtomically({ outDir, build: async (dir) => (writeHalf(dir), false) });
    expect(existsSync(outDir)).toBe(false);
  });

  it('a successful build replaces the site whole', async () => {
    previousSite();
    writeFileSync(join(outDir, 'removed-page.html'), 'old');
    const ok = await buildAtomically({
      outDir,
      build: async (dir) => {
        expect(dir).not.toBe(outDir);
        mkdirSync(dir);
        writeFileSync(join(dir, 'index.html'), 'new');
        return true;
      },
    });
    expect(ok).toBe(true);
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});

describe('what builds killed outright left behind', () => {
  let parent: string;
  let outDir: string;
  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'atomic-stale-'));
    outDir = join(parent, 'dist');
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  /** The id of a process that has ended: a child that has exited. */
  const deadPid = () => {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    return Number(child.stdout);
  };
  const folder = (name: string, text = name) => {
    mkdirSync(join(parent, name), { recursive: true });
    writeFileSync(join(parent, name, 'index.html'), text);
  };

  it('the next build removes a killed build’s staging folder, and keeps a running one’s', async () => {
    const dead = deadPid();
    folder('dist', 'previous');
    folder(`dist-next-${dead}`);
    folder(`dist-next-${process.ppid}`); // a build still running (this test's parent process)
    folder('dist-next-notapid');
    const ok = await buildAtomically({ outDir, build: async (dir) => (folder(relative(parent, dir), 'new'), true) });
    expect(ok).toBe(true);
    expect(readdirSync(parent).sort()).toEqual(['dist', `dist-next-${process.ppid}`, 'dist-next-notapid'].sort());
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
  });

  it('a swap killed half-way: the previous site is put back, not removed', () => {
    const dead = deadPid();
    folder(`dist-old-${dead}`, 'previous');
    expect(removeStaleStaging(outDir)).toEqual([]);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('a swap killed after it finished: the moved-aside site is removed', () => {
    const dead = deadPid();
    folder('dist', 'current');
    folder(`dist-old-${dead}`, 'previous');
    expect(removeStaleStaging(outDir)).toEqual([join(parent, `dist-old-${dead}`)]);
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});
