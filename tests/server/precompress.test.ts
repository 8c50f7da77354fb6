// The build step that writes Brotli and gzip copies of every text file (src/lib/serving/precompress.ts),
// run on a copy of the fixture site.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress, textExtensions, type PrecompressResult } from '../../src/lib/serving/precompress';
import { fixtureSite } from './helpers';

let dir: string;
let result: PrecompressResult;
const files = (root: string) => readdirSync(root, { recursive: true }).map(String).sort();
const originals = () => files(fixtureSite).filter((name) => statSync(join(fixtureSite, name)).isFile());

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  cpSync(fixtureSite, dir, { recursive: true });
  result = await precompress(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompress', () => {
  it('writes a .br and a .gz that decompress to the original, for every text file they make smaller', () => {
    const text = originals().filter((name) => textExtensions.has(extname(name)) && name !== 'robots.txt');
    expect(text.length).toBeGreaterThanOrEqual(7);
    for (const name of text) {
      const original = readFileSync(join(dir, name));
      const br = readFileSync(join(dir, `${name}.br`));
      const gz = readFileSync(join(dir, `${name}.gz`));
      expect(brotliDecompressSync(br).equals(original), name).toBe(true);
      expect(gunzipSync(gz).equals(original), name).toBe(true);
      expect(br.length, `${name}: Brotli at its best level beats gzip at its best`).toBeLessThan(gz.length);
    }
  });

  it('leaves alone what it cannot make smaller, what is not text, and _headers', () => {
    for (const name of ['robots.txt', 'pagefind/en_1234567.pf_fragment', '_headers'])
      for (const ext of ['br', 'gz']) expect(existsSync(join(dir, `${name}.${ext}`)), `${name}.${ext}`).toBe(false);
  });

  it('reports the bytes a client gets with each encoding', () => {
    const text = originals().filter((name) => textExtensions.has(extname(name)));
    const size = (name: string) => statSync(join(dir, name)).size;
    const sent = (name: string, ext: string) =>
      existsSync(join(dir, `${name}.${ext}`)) ? size(`${name}.${ext}`) : size(name);
    expect(result).toEqual({
      files: text.length,
      bytes: text.reduce((sum, name) => sum + size(name), 0),
      br: text.reduce((sum, name) => sum + sent(name, 'br'), 0),
      gz: text.reduce((sum, name) => sum + sent(name, 'gz'), 0),
    });
  });
});
