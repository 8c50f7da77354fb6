// The content guard in `astro dev`, driven the way Vite drives it (a watcher's events, a hot channel
// that reaches open pages): a content mistake reloads open pages, which then show the list of
// problems. It never sends Vite's error payload, whose overlay shows an empty stack over the list and,
// buffered while no page is open, greets every page opened later.
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentGuard } from '../../src/integrations/content-guard';

describe('content-guard in astro dev', () => {
  let root = '';
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  });

  it('a content mistake reloads open pages, and sends no error overlay', () => {
    root = mkdtempSync(join(tmpdir(), 'guard-'));
    cpSync('tests/fixtures/content/with-draft', root, { recursive: true });
    vi.stubEnv('CONTENT_ROOT', root);
    const sent: { type: string }[] = [];
    const watcher = new EventEmitter();
    const server = {
      watcher,
      hot: { send: (payload: { type: string }) => sent.push(payload) },
      moduleGraph: { getModuleById: () => undefined, invalidateModule: () => undefined },
    };
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const setup = contentGuard().hooks['astro:server:setup'] as (options: unknown) => void;
    setup({ server, logger });

    const file = join(root, 'articles/en/example.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('published: 2024-03-04', 'published: 2024-02-30'));
    watcher.emit('all', 'change', file);

    expect(logger.error).toHaveBeenCalledWith(expect.stringMatching(/^Invalid content: 1 problem\./));
    expect(sent.map((p) => p.type)).toEqual(['full-reload']);
  });
});
