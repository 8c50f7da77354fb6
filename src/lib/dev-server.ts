// Where a running `npm run dev` serves a content folder, so `npm run new` can print the address that
// works (the port may not be 4321). The dev server writes a small file when it starts listening and
// removes it when it stops; a file left by a server that died is recognised by its process id.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface DevServerFile {
  pid: number;
  origin: string;
  contentRoot: string;
}

/** One file per content folder, so servers previewing different folders do not overwrite each other. */
function fileFor(projectRoot: string, contentRoot: string): string {
  const key = createHash('sha1').update(resolve(contentRoot)).digest('hex').slice(0, 12);
  return join(projectRoot, '.astro', 'dev-server', `${key}.json`);
}

export function recordDevServer(projectRoot: string, contentRoot: string, origin: string): void {
  const file = fileFor(projectRoot, contentRoot);
  mkdirSync(join(file, '..'), { recursive: true });
  const record: DevServerFile = { pid: process.pid, origin, contentRoot: resolve(contentRoot) };
  writeFileSync(file, JSON.stringify(record));
}

export function forgetDevServer(projectRoot: string, contentRoot: string): void {
  rmSync(fileFor(projectRoot, contentRoot), { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The origin of the dev server running for this content folder, if there is one. */
export function runningDevServer(projectRoot: string, contentRoot: string): string | undefined {
  try {
    const record = JSON.parse(readFileSync(fileFor(projectRoot, contentRoot), 'utf8')) as DevServerFile;
    return isRunning(record.pid) ? record.origin : undefined;
  } catch {
    return undefined;
  }
}
