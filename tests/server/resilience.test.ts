// `npm start`'s server as a process of its own, the way users run it, with a low limit on open files
// (ulimit -n) so that leaking one file per aborted download would take it down within a few dozen
// downloads: it must survive 500 aborts and more requests at once than it can open files, and end
// up with as many open files as it started with. Linux only: open files are counted in /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abortedDownload, mediumFileSize, prepareSite, request } from './helpers';

const repoRoot = join(import.meta.dirname, '../..');
const FILE_LIMIT = 128;

let site: Awaited<ReturnType<typeof prepareSite>>;
let server: ChildProcess;
let origin: string;
let exited: string | null = null;

const openFiles = () => readdirSync(`/proc/${server.pid}/fd`).length;

/** Starts the CLI under `ulimit -n` and resolves with its address once it says it is serving. */
function startServer(root: string): Promise<string> {
  const command = `ulimit -n ${FILE_LIMIT} && exec "${process.execPath}" --import tsx src/cli/serve.ts --port 0 --root "${root}"`;
  server = spawn('sh', ['-c', command], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  server.once('exit', (code, signal) => (exited = `exited (${signal ?? code}): ${stderr.trim()}`));
  return new Promise((done, fail) => {
    server.once('exit', () => fail(new Error(exited ?? 'server exited')));
    createInterface({ input: server.stdout! }).on('line', (line) => {
      const address = /at (http:\/\/localhost:\d+)\//.exec(line)?.[1];
      if (address) done(address.replace('localhost', '127.0.0.1'));
    });
  });
}

describe.runIf(process.platform === 'linux')('npm start under load, with at most 128 open files', () => {
  let baseline = 0;

  beforeAll(async () => {
    site = await prepareSite();
    origin = await startServer(site.dir);
    // Warm up (modules loaded, first stream opened and closed), then count.
    expect((await request(origin, '/en/')).status).toBe(200);
    baseline = openFiles();
  });

  afterAll(() => {
    server.kill();
    site.remove();
  });

  // Hundreds of transfers on a machine shared with other work: seconds, but not always under vitest's 5.
  it(
    'survives 500 aborted downloads, and its open files come back to where they started',
    { timeout: 120_000 },
    async () => {
      for (let batch = 0; batch < 20; batch++)
        await Promise.all(Array.from({ length: 25 }, () => abortedDownload(origin, '/big.bin')));
      await expect.poll(openFiles, { timeout: 15_000, interval: 50 }).toBeLessThanOrEqual(baseline);
      expect(exited).toBeNull();
      expect((await request(origin, '/en/')).status).toBe(200);
    },
  );

  it('serves as many downloads at once as its open files allow, every one whole', { timeout: 120_000 }, async () => {
    // Each download holds a socket and a file: 40 of them fit under the limit beside what it has open.
    const results = await Promise.all(Array.from({ length: 40 }, () => request(origin, '/medium.bin')));
    for (const res of results) {
      expect(res.status).toBe(200);
      expect(res.body.length).toBe(mediumFileSize);
    }
    await expect.poll(openFiles, { timeout: 15_000, interval: 50 }).toBeLessThanOrEqual(baseline);
  });

  it(
    'survives three times more downloads at once than it can open files, sends no partial file, and serves on',
    { timeout: 120_000 },
    async () => {
      // Past the limit some connections are refused or cut; none may end as a short 200 or take the server down.
      const results = await Promise.allSettled(
        Array.from({ length: 3 * FILE_LIMIT }, () => request(origin, '/medium.bin')),
      );
      for (const res of results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))) {
        expect(res.status).toBe(200);
        expect(res.body.length).toBe(mediumFileSize);
      }
      await expect.poll(openFiles, { timeout: 15_000, interval: 50 }).toBeLessThanOrEqual(baseline);
      expect(exited).toBeNull();
      expect((await request(origin, '/en/')).status).toBe(200);
    },
  );

  // Raw requests, written as they go on the wire: what fetch or http.request would refuse to send.
  const malformed = [
    'GET /en/ HTTP/1.1\r\nHost: x\r\nRange: bytes=50-10\r\nConnection: close\r\n\r\n',
    'GET /big.bin HTTP/1.1\r\nHost: x\r\nRange: bytes=9999999999999999999999-1\r\nConnection: close\r\n\r\n',
    'GET /en/ HTTP/1.1\r\nHost: x\r\nRange: bytes=-\r\nConnection: close\r\n\r\n',
    'GET /en/ HTTP/1.1\r\nHost: x\r\nRange: bytes=5-1, 9-3\r\nIf-Range: \xff\r\nConnection: close\r\n\r\n',
    'GET /en/ HTTP/1.1\r\nHost: x\r\nAccept-Encoding: br;q=9, gzip;q=-1, ;;;\r\nConnection: close\r\n\r\n',
    'PURGE /en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'get /en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'GET /en/ HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n',
    'GET /en/ HTTP/1.1\r\nHost: x\r\nX-Long: ' + 'a'.repeat(20_000) + '\r\n\r\n',
    'GET /%zz/%00/..%2f..%2f HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'GET http://other.example/en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'GET /en/ HTTP/9.9\r\n\r\n',
    'GET /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n',
    '\x00\x01\x02\r\n\r\n',
  ];

  it('answers malformed ranges, methods and headers one by one, and serves on', { timeout: 60_000 }, async () => {
    const { host, port } = new URL(origin);
    const raw = (text: string) =>
      new Promise<string>((done) => {
        const socket = connect({ host: host.split(':')[0]!, port: Number(port) });
        let answer = '';
        socket.setTimeout(5_000, () => socket.destroy());
        socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
        socket.on('error', () => undefined);
        socket.on('close', () => done(answer.split('\r\n')[0] ?? ''));
        socket.write(Buffer.from(text, 'latin1'));
      });
    const firstLines = [];
    for (const text of malformed) firstLines.push(await raw(text));
    // Each gets an answer of its own (the bad range 416, the unknown method 405, the broken request 400…).
    expect(firstLines.slice(0, 2)).toEqual([
      'HTTP/1.1 416 Range Not Satisfiable',
      'HTTP/1.1 416 Range Not Satisfiable',
    ]);
    expect(firstLines[5]).toBe('HTTP/1.1 405 Method Not Allowed');
    expect(
      firstLines.every((line) => /^HTTP\/1\.1 [2-5]\d\d /.test(line)),
      firstLines.join('\n'),
    ).toBe(true);
    expect(exited).toBeNull();
    expect((await request(origin, '/en/')).status).toBe(200);
  });
});
