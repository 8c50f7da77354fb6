// Checks a change before it is written: the content folder is copied to a temporary folder with the
// changed file in it, and read there by the check itself (`loadContent`, as `npm run check:content`
// does). The problems the change brings are returned, with the paths of the real folder; problems
// that were there before (an article being drafted elsewhere) do not stop it.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { loadContent } from '../lib/content/load';
import { errorsIn, type Problem } from '../lib/content/problems';
import { schemasFolder } from '../lib/content/schema-files';

/** A problem without the positions an insertion shifts: the same mistake before and after it. */
const key = (p: Problem) => [p.file, p.field, p.message].map((s) => s.replace(/\[\d+\]/g, '[]')).join('\u0000');

/** The errors the check finds in `root` with `file` (a file of `root`) holding `text`, that it did not find before. */
export function problemsOfEdit(root: string, file: string, text: string): Problem[] {
  const copy = mkdtempSync(join(tmpdir(), 'content-edit-'));
  const schemas = resolve(schemasFolder(root));
  try {
    cpSync(root, copy, { recursive: true, filter: (path) => !(resolve(path) + sep).startsWith(schemas + sep) });
    writeFileSync(join(copy, relative(root, file)), text);
    const after = errorsIn(loadContent(copy).problems);
    if (!after.length) return [];
    const shownCopy = relative(process.cwd(), copy);
    const shownRoot = relative(process.cwd(), root) || root;
    const real = (s: string) => s.replaceAll(shownCopy, shownRoot);
    const mapped = after.map((p) => ({ ...p, file: real(p.file), message: real(p.message) }));
    const before = new Map<string, number>();
    for (const p of errorsIn(loadContent(root).problems)) before.set(key(p), (before.get(key(p)) ?? 0) + 1);
    return mapped.filter((p) => {
      const count = before.get(key(p)) ?? 0;
      before.set(key(p), count - 1);
      return count <= 0;
    });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
