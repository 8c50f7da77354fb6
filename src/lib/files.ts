// The one way the project lists files under a folder: every file at any depth, as paths joined to
// the folder, sorted. (Used for built sites, the content folder's signature and the source tree.)
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}
