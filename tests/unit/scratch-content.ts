// Scratch copies of a fixture content folder for the commands that write content, and what a
// command wrote: every file under a folder with its text, to compare before and after.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Io } from '../../src/cli/editor-cli';
import { refreshSchemas } from '../../src/lib/content/schema-files';
import { filesUnder } from '../../src/lib/files';

/** A copy of the editing fixture in `<base>/content/`, with its JSON Schemas, as content/ has them. */
export function scratchContent(fixture = 'tests/fixtures/editing/content'): { base: string; root: string } {
  const base = mkdtempSync(join(tmpdir(), 'editors-'));
  const root = join(base, 'content');
  cpSync(fixture, root, { recursive: true });
  refreshSchemas(root, { create: true });
  return { base, root };
}

/** Every file under `dir`, by its path relative to it, with its text. */
export function filesWithText(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((path) => [relative(dir, path), readFileSync(path, 'utf8')]));
}

// Each test file that edits content gets a temporary folder of its own (os.tmpdir() reads TMPDIR),
// so that what one command leaves there is not confused with another file's running at once.
process.env.TMPDIR = mkdtempSync(join(tmpdir(), 'editing-tests-'));

/** The names in the temporary folder: a command must leave nothing there. */
export const tmpEntries = () => new Set(readdirSync(tmpdir()));

/** An Io that records what a command says and answers its questions from a list (none: no terminal). */
export function scriptedIo(answers?: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
  const io: Io = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env,
    ask: answers
      ? async (question) => {
          asked.push(question);
          return answers.shift();
        }
      : undefined,
  };
  return { io, out, err, asked, said: () => [...out, ...err].join('\n') };
}
