// Whether a path stays inside a folder, also through symbolic links: the commands that write content
// write only inside the content folder, whatever the input names.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/** The real path of `path`, or of its closest existing parent with the rest appended. */
function real(path: string): string {
  const full = resolve(path);
  if (existsSync(full)) return realpathSync(full);
  const parent = dirname(full);
  return parent === full ? full : resolve(real(parent), relative(parent, full));
}

/** True when `path` is `folder` itself or inside it, once links are followed. */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(real(folder), real(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
