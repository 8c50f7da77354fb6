// Writes `<file>.br` and `<file>.gz` next to every text file of a built site, at Brotli's and gzip's
// best levels, so a server can send them as they are (sirv does, by Accept-Encoding) instead of
// compressing on every request, or not at all. A compressed copy that is not smaller is not written.
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { filesUnder } from '../files';

/** Text formats the site serves. Pagefind's index files (.pf_*, .pagefind) are gzip already. */
export const textExtensions = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.csv', '.svg', '.txt']);

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export const compressors = {
  br: (data: Buffer) =>
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  gz: (data: Buffer) => gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
};

export interface PrecompressResult {
  files: number;
  bytes: number;
  br: number;
  gz: number;
}

const textFiles = (dir: string): string[] => filesUnder(dir).filter((path) => textExtensions.has(extname(path)));

/**
 * Compresses every text file under `dir`, a few at a time (zlib runs them on libuv's threads), and
 * returns the byte totals: raw, and what would be sent with each encoding.
 */
export async function precompress(dir: string, concurrency = 4): Promise<PrecompressResult> {
  const files = textFiles(dir);
  const total: PrecompressResult = { files: files.length, bytes: 0, br: 0, gz: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const data = await readFile(file);
      total.bytes += data.length;
      for (const [ext, compress] of Object.entries(compressors) as [
        keyof typeof compressors,
        typeof compressors.br,
      ][]) {
        const packed = await compress(data);
        const smaller = packed.length < data.length;
        if (smaller) await writeFile(`${file}.${ext}`, packed);
        total[ext] += smaller ? packed.length : data.length;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return total;
}
