// A build that either replaces the site or leaves it alone. The site is built into a new folder next
// to the output folder and swapped in only when the build succeeds; a failed or interrupted build
// removes its folder, and the previous site stays as it was (or there is none, never an empty one).
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { escapeRegExp } from './escape';

export interface AtomicBuild {
  /** Where the site is published: `dist`. */
  outDir: string;
  /** Builds into `dir`; resolves true on success. */
  build: (dir: string) => Promise<boolean>;
}

/** The folder a build writes into before it is swapped in (git- and prettier-ignored as `dist-*`). */
export const stagingDir = (outDir: string) => `${outDir.replace(/\/+$/, '')}-next-${process.pid}`;

/** Whether a process with this id is running (one we may not signal is running too). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Cleans up after builds that were killed outright (SIGKILL, a power cut), whose process no longer
 * runs: their `<outDir>-next-<pid>` folders (half-built sites) are removed; an `<outDir>-old-<pid>`
 * (the previous site, moved aside for the swap) is put back when the swap never finished, and
 * removed when it did. A build that is still running keeps its folders. Returns what it removed.
 */
export function removeStaleStaging(outDir: string): string[] {
  const out = outDir.replace(/\/+$/, '');
  const parent = dirname(out);
  if (!existsSync(parent)) return [];
  const pattern = new RegExp(`^${escapeRegExp(basename(out))}-(next|old)-(\\d+)$`);
  const removed: string[] = [];
  for (const entry of readdirSync(parent).sort()) {
    const [, kind, pid] = pattern.exec(entry) ?? [];
    if (!pid || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    const folder = join(parent, entry);
    if (kind === 'old' && !existsSync(out)) renameSync(folder, out);
    else {
      rmSync(folder, { recursive: true, force: true });
      removed.push(folder);
    }
  }
  return removed;
}

export async function buildAtomically({ outDir, build }: AtomicBuild): Promise<boolean> {
  const staging = stagingDir(outDir);
  const cleanUp = () => rmSync(staging, { recursive: true, force: true });
  removeStaleStaging(outDir);
  cleanUp();
  let ok = false;
  try {
    ok = await build(staging);
  } finally {
    if (!ok) cleanUp();
  }
  if (!ok) return false;
  const old = `${outDir.replace(/\/+$/, '')}-old-${process.pid}`;
  const hadSite = existsSync(outDir);
  if (hadSite) renameSync(outDir, old);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadSite) renameSync(old, outDir);
    cleanUp();
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
  return true;
}
