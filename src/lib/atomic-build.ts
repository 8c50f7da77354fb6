// A build that either replaces the site or leaves it alone. The site is built into a new folder next
// to the output folder and swapped in only when the build succeeds; a failed or interrupted build
// removes its folder, and the previous site stays as it was (or there is none, never an empty one).
import { existsSync, renameSync, rmSync } from 'node:fs';

export interface AtomicBuild {
  /** Where the site is published: `dist`. */
  outDir: string;
  /** Builds into `dir`; resolves true on success. */
  build: (dir: string) => Promise<boolean>;
}

/** The folder a build writes into before it is swapped in (git- and prettier-ignored as `dist-*`). */
export const stagingDir = (outDir: string) => `${outDir.replace(/\/+$/, '')}-next-${process.pid}`;

export async function buildAtomically({ outDir, build }: AtomicBuild): Promise<boolean> {
  const staging = stagingDir(outDir);
  const cleanUp = () => rmSync(staging, { recursive: true, force: true });
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
