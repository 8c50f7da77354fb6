// What the server tests share: a copy of the fixture site (tests/fixtures/site/) with its Brotli and
// gzip files written by the build's own step and one large file, and raw HTTP requests: paths go
// out exactly as written (fetch would resolve `/./` and `%2e%2e`) and bodies come back as sent.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { precompress } from '../../src/lib/serving/precompress';

export const fixtureSite = join(import.meta.dirname, '../fixtures/site');

/** Bytes of /big.bin: far more than a socket buffers, so an aborted download leaves its file mid-read. */
export const bigFileSize = 8 * 1024 * 1024;
/** Bytes of /medium.bin: enough to keep a file open for a while, few enough to send hundreds at once. */
export const mediumFileSize = 512 * 1024;

export async function prepareSite() {
  const dir = mkdtempSync(join(tmpdir(), 'serve-site-'));
  cpSync(fixtureSite, dir, { recursive: true });
  writeFileSync(join(dir, 'big.bin'), randomBytes(bigFileSize));
  writeFileSync(join(dir, 'medium.bin'), randomBytes(mediumFileSize));
  await precompress(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with the path sent as it is; the body as it arrived (not decompressed). */
export function request(
  origin: string,
  path: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((done, fail) => {
    const req = httpRequest({ hostname, port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/** Starts a download and drops the connection as soon as its first bytes arrive. */
export function abortedDownload(origin: string, path: string): Promise<void> {
  const { hostname, port } = new URL(origin);
  return new Promise((done, fail) => {
    const req = httpRequest({ hostname, port, path, agent: false }, (res) => {
      res.on('error', () => undefined); // "aborted": the point of the exercise.
      res.once('data', () => {
        req.destroy();
        done();
      });
    });
    req.on('error', (error) => (req.destroyed ? done() : fail(error)));
    req.end();
  });
}
