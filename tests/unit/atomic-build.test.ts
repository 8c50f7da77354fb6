import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAtomically } from '../../src/lib/atomic-build';

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
