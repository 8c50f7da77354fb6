// Serves the built site (dist/) the way the CDN it is deployed to does, for `npm start`, the browser
// tests and the benchmark. Files, MIME types, ETags and 304s, byte ranges and the precompressed
// `.br`/`.gz` files (chosen by Accept-Encoding) come from sirv; this file is the glue a CDN adds:
//
// - one decoded, normalised path per request (src/lib/serving/request-path.ts), by which both the
//   `_headers` rules and the file are found;
// - the headers from dist/_headers on every response: 200, 206, 301, 304, 404, 405, HEAD;
// - GET and HEAD only (405 otherwise); dist/_headers itself is not served, however it is spelt;
// - one byte range per request, checked here (416 when it cannot be met), since sirv throws on some;
// - the precompressed file the Accept-Encoding weights accept (`br;q=0` is no Brotli);
// - errors never cached for a year, even under /_astro/;
// - `/a` → 301 `/a/` when `/a/index.html` exists (a path on this site, never another host);
// - the nearest 404.html up the tree for a missing path, with status 404;
// - a file stream is closed when its client goes away, and an error reading it ends that one
//   response, never the server; every request runs inside an error boundary (500, never a crash).
//
//   tsx src/cli/serve.ts [--port 4321] [--root dist] [--host 127.0.0.1]
import { createReadStream, existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { acceptedEncodings } from '../lib/serving/accept-encoding';
import { headersFor, parseHeadersFile } from '../lib/serving/headers-file';
import { rangeOf } from '../lib/serving/range';
import { encodePath, requestPath } from '../lib/serving/request-path';

const statOf = (path: string): Stats | undefined => {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
};
const isFile = (path: string) => statOf(path) !== undefined;

/** Text types are sent as UTF-8 (sirv names the charset only for HTML); unknown types as bytes. */
function contentTypeOf(path: string): string {
  const type = lookup(path) ?? 'application/octet-stream';
  const text = /^text\/|[/+](?:xml|json)$|\/javascript$/.test(type);
  return text ? `${type}; charset=utf-8` : type;
}

function setContentType(res: ServerResponse, path: string) {
  if (!extname(path)) return; // A page (`/a/`): sirv's text/html;charset=utf-8.
  res.setHeader('content-type', contentTypeOf(path));
}

/**
 * sirv streams a file with `createReadStream(file).pipe(res)`, which leaves the file open when the
 * client aborts and throws when it cannot be opened (EMFILE). Each stream piped into a response is
 * closed with it, and its errors end that response.
 */
function closeStreamsWithResponse(res: ServerResponse) {
  res.on('pipe', (source: Readable) => {
    source.on('error', () => res.destroy());
    res.once('close', () => source.destroy());
  });
}

/**
 * An error is never cached like the file it stands in for: a 4xx or 5xx under a rule that makes
 * files immutable for a year (/_astro/) is sent with `no-cache` instead. Every response goes through
 * writeHead (Node's implicit headers too), so this sees them all.
 */
function neverCacheErrorsForLong(res: ServerResponse) {
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status >= 400 && /immutable/i.test(String(res.getHeader('cache-control') ?? '')))
      res.setHeader('cache-control', 'no-cache');
    return writeHead(status, ...rest);
  }) as typeof res.writeHead;
}

/** sirv's ETag for a file, so a range answer and a whole one name the same version. */
const etagOf = (stats: Stats) => `W/"${stats.size}-${stats.mtime.getTime()}"`;

/** The request handler for a built site in `rootDir`. */
export function siteHandler(rootDir: string) {
  const root = resolve(rootDir);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const files = sirv(root, {
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders: setContentType,
  });

  /** Lets sirv answer for `filePath`, or calls `missing` when it has no such file. */
  const send = (req: IncomingMessage, res: ServerResponse, filePath: string, missing: () => void) => {
    req.url = encodePath(filePath);
    files(req, res, missing);
  };

  /** The file sirv sends for `path` when it sends no compressed copy: `path`, `path.html` or `path/index.html`. */
  const plainFile = (path: string): string | undefined => {
    const base = join(root, path.replace(/\/+$/, ''));
    return [base, join(base, 'index'), `${base}.html`, join(base, 'index.html')].find(isFile);
  };

  /** The nearest 404.html at or above the missing path's folder, sent with status 404. */
  const notFound = (req: IncomingMessage, res: ServerResponse, path: string) => {
    const folders = path.split('/').slice(1, -1);
    for (let n = folders.length; n >= 0; n--) {
      const page = `/${[...folders.slice(0, n), '404.html'].join('/')}`;
      if (!isFile(join(root, page))) continue;
      // The page is the body of a 404, not a resource of its own: no 304 for it, no byte range.
      delete req.headers['if-none-match'];
      delete req.headers.range;
      const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
      res.writeHead = ((_status: number, ...rest: unknown[]) => writeHead(404, ...rest)) as typeof res.writeHead;
      send(req, res, page, () => res.writeHead(404).end());
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
  };

  /**
   * A Range request for an existing file, answered here (sirv throws on `bytes=50-10` and reads
   * `bytes=0-0` as the whole file): one range is sent as asked from the file as it is, an
   * unsatisfiable one gets 416, any other is ignored (the whole file, by sirv). True when answered.
   */
  const sendRange = (req: IncomingMessage, res: ServerResponse, path: string): boolean => {
    const header = req.headers.range;
    delete req.headers.range;
    const file = plainFile(path);
    const stats = file ? statOf(file) : undefined;
    if (!file || !stats) return false;
    // If-Range names the version the client has part of; sirv's ETags are weak, so only a date can match.
    const ifRange = req.headers['if-range'];
    if (ifRange !== undefined && ifRange !== stats.mtime.toUTCString()) return false;
    const range = rangeOf(header, stats.size);
    if (range.kind === 'whole') return false;
    if (req.headers['if-none-match'] === etagOf(stats)) {
      res.writeHead(304).end();
      return true;
    }
    if (range.kind === 'unsatisfiable') {
      res
        .writeHead(416, { 'content-range': `bytes */${stats.size}`, 'content-type': 'text/plain; charset=utf-8' })
        .end('Range not satisfiable\n');
      return true;
    }
    const { start, end } = range;
    res.writeHead(206, {
      'content-type': contentTypeOf(file),
      'content-length': end - start + 1,
      'content-range': `bytes ${start}-${end}/${stats.size}`,
      'accept-ranges': 'bytes',
      etag: etagOf(stats),
      'last-modified': stats.mtime.toUTCString(),
      vary: 'Accept-Encoding',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file, { start, end }).pipe(res);
    return true;
  };

  const handle = (req: IncomingMessage, res: ServerResponse, path: string, search: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
        .end('Method not allowed\n');
      return;
    }
    // The rules file is for the host, never for readers: not as /_headers/, /_headers/. or any spelling.
    if (path.replace(/\/+$/, '') === '/_headers') return notFound(req, res, path.replace(/\/+$/, ''));
    if (!path.endsWith('/') && isFile(join(root, path, 'index.html'))) {
      res.writeHead(301, { location: `${encodePath(path)}/${search}` }).end();
      return;
    }
    if (req.headers.range !== undefined && sendRange(req, res, path)) return;
    // sirv reads any mention of "br" or "gzip" as accepted: it is told only what the weights accept.
    req.headers['accept-encoding'] = acceptedEncodings(req.headers['accept-encoding']).join(', ');
    send(req, res, path, () => notFound(req, res, path));
  };

  /**
   * Every request runs inside this boundary: whatever goes wrong ends that one response (500 with
   * the path's headers, or the connection when the headers are already out), never the server.
   */
  return (req: IncomingMessage, res: ServerResponse) => {
    let path = '/';
    const setRuleHeaders = () => {
      for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
    };
    try {
      closeStreamsWithResponse(res);
      neverCacheErrorsForLong(res);
      const target = requestPath(req.url ?? '/');
      path = target.path;
      setRuleHeaders();
      handle(req, res, path, target.search);
    } catch (error) {
      console.error(`${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      setRuleHeaders();
      res.setHeader('cache-control', 'no-store');
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Internal server error\n');
    }
  };
}

/** Serves `rootDir` on `port` (0: any free port; the server's address says which). */
export function serve(rootDir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer(siteHandler(rootDir));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4321' },
      root: { type: 'string', default: 'dist' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  if (!existsSync(join(values.root, 'index.html'))) {
    console.error(`No built site in ${values.root}/: run npm run build first.`);
    process.exit(1);
  }
  const server = await serve(values.root, Number(values.port), values.host);
  const { port } = server.address() as AddressInfo;
  console.log(`Serving ${values.root}/ at http://localhost:${port}/  (Ctrl+C to stop)`);
}
